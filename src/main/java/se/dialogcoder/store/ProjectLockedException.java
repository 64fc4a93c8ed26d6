package se.dialogcoder.store;

/** The project is open for writing in another DialogCoder window or process; it can be opened read-only. */
public final class ProjectLockedException extends StoreException {
    public ProjectLockedException(String message) {
        super(message);
    }
}
