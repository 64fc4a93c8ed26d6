package se.dialogcoder.exchange;

/**
 * An exchange file (REFI-QDA project or codebook) that cannot be read or written, told in plain words: the message
 * names the file and the reason.
 */
public final class ExchangeException extends Exception {
    public ExchangeException(String message) {
        super(message);
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
