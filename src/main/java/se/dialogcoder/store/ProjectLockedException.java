package se.dialogcoder.store;

import se.dialogcoder.model.UserMessage;

/** The project is open for writing in another DialogCoder window or process; it can be opened read-only. */
public final class ProjectLockedException extends StoreException {
    public ProjectLockedException(UserMessage message) {
        super(message);
    }
}
