package se.dialogcoder.exchange;

/** A codebook file that cannot be read, told in plain words with the file name. */
public final class CodebookException extends Exception {
    public CodebookException(String message) {
        super(message);
    }

    public CodebookException(String message, Throwable cause) {
        super(message, cause);
    }
}
