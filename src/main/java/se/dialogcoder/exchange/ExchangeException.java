package se.dialogcoder.exchange;

import se.dialogcoder.model.UserMessage;

/**
 * An exchange file (REFI-QDA project or codebook, frequency store, export) that cannot be read or written, told
 * in plain words: the message names the file and the reason. It is a {@link UserMessage} (shown in the user's
 * language in the window); {@link #getMessage()} is its English text.
 */
public class ExchangeException extends Exception implements UserMessage.Carrier {
    private final transient UserMessage message;

    public ExchangeException(UserMessage message) {
        this(message, null);
    }

    public ExchangeException(UserMessage message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public UserMessage userMessage() {
        return message;
    }
}
