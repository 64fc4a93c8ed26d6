package se.dialogcoder.store;

import java.nio.file.Path;

/**
 * What happens to a project file of an older schema version before the engine migrates it in place (the SQLite
 * project file: {@code ProjectFile.open(Path, BeforeUpgrade)}), typically {@code Backups.keepBeforeUpgrade}: keep a
 * copy of the original somewhere the user can restore it from. It is called once per upgrade, while the project's writer lock is held (no other DialogCoder
 * can open the file for writing meanwhile), with the file exactly as the older version left it. Throwing refuses the
 * upgrade: the file is then neither migrated nor opened, and not a byte of it has changed.
 */
@FunctionalInterface
public interface BeforeUpgrade {
    /** Refuses every upgrade: for a caller that has nowhere to keep the original. */
    BeforeUpgrade REFUSE = (file, projectId, fromVersion) -> {
        throw new StoreException(se.dialogcoder.model.UserMessage.of("err.project.upgradeRefused",
                "this way of opening keeps no copy of the original; open it in DialogCoder, which keeps one among "
                + "the project''s backups first."));
    };

    /**
     * Keeps the original before it is upgraded.
     *
     * @param file the project file, as the older version left it
     * @param projectId the project's id ({@code project.uuid}), under which its backups are filed
     * @param fromVersion the file's schema version
     * @throws StoreException when the original cannot be kept; the file is then not upgraded
     */
    void keepOriginal(Path file, String projectId, int fromVersion) throws StoreException;
}
