package se.dialogcoder.exchange;

/** A CSV file that cannot be read; the message names the file and what is wrong with it. */
public final class CsvException extends Exception {
    public CsvException(String message) {
        super(message);
    }

    public CsvException(String message, Throwable cause) {
        super(message, cause);
    }
}
