package se.dialogcoder.store;

import se.dialogcoder.model.UserMessage;

/**
 * A full-text query that SQLite's FTS5 does not accept, told in plain words (a {@link UserMessage}, shown in the
 * user's language in the window; {@link #getMessage()} is its English text).
 */
public final class SearchSyntaxException extends IllegalArgumentException implements UserMessage.Carrier {
    private final transient UserMessage message;

    public SearchSyntaxException(UserMessage message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public UserMessage userMessage() {
        return message;
    }
}
