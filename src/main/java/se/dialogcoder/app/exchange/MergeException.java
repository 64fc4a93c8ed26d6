package se.dialogcoder.app.exchange;

import se.dialogcoder.model.UserMessage;

/**
 * A merge that cannot be done, told in plain words; nothing was changed. The message is a {@link UserMessage}
 * (shown in the user's language in the window); {@link #getMessage()} is its English text.
 */
public final class MergeException extends Exception implements UserMessage.Carrier {
    private final transient UserMessage message;

    public MergeException(UserMessage message) {
        this(message, null);
    }

    public MergeException(UserMessage message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public UserMessage userMessage() {
        return message;
    }
}
