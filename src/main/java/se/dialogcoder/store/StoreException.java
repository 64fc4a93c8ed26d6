package se.dialogcoder.store;

import se.dialogcoder.model.UserMessage;

/**
 * A project-file problem told in plain words: names the file and the reason. The message is a
 * {@link UserMessage} (shown in the user's language in the window); {@link #getMessage()} is its English text.
 */
public class StoreException extends Exception implements UserMessage.Carrier {
    private final transient UserMessage message;

    public StoreException(UserMessage message) {
        this(message, null);
    }

    public StoreException(UserMessage message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public UserMessage userMessage() {
        return message;
    }
}
