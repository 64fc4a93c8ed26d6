package se.dialogcoder.store;

import se.dialogcoder.model.UserMessage;

/** The server refused the login: the password is missing or wrong (asking for it and trying again may help). */
public final class LoginRefusedException extends StoreException {
    public LoginRefusedException(UserMessage message, Throwable cause) {
        super(message, cause);
    }
}
