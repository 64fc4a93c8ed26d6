package se.dialogcoder.app;

import se.dialogcoder.model.UserMessage;

/**
 * An action refused because of what the user entered (a bad date, an empty name, a code moved under itself);
 * nothing was changed. The message is a {@link UserMessage}, shown in the user's language in the window.
 */
public final class InvalidInputException extends IllegalArgumentException implements UserMessage.Carrier {
    private final transient UserMessage message;

    public InvalidInputException(UserMessage message) {
        super(message.english());
        this.message = message;
    }

    @Override
    public UserMessage userMessage() {
        return message;
    }
}
