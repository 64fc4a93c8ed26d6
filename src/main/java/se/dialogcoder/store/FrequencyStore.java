package se.dialogcoder.store;

import java.nio.file.Path;

/**
 * The frequency store: where theme frequencies per county accumulate, one export run per project and round (see
 * {@code docs/frequency-store.md}). Writing a run is one transaction: an earlier run of the same project and round
 * is replaced by the new one, all or nothing. A store that cannot be written is refused with a message naming it,
 * and is not changed.
 */
public interface FrequencyStore {
    /** The file name suggested for a store in the user's documents folder. */
    String DEFAULT_FILE_NAME = "dialogcoder-frekvenser.sqlite";

    /**
     * What a write did.
     *
     * @param runId the run's id in the store
     * @param rows county × theme rows written
     * @param created the store was new
     * @param replaced an earlier run of the same project and round was replaced
     * @param migratedFrom the store version before the write, when it was older than {@code version} (0 otherwise)
     * @param version the store version after the write (the one this build writes)
     */
    record Result(Path store, long runId, String round, int rows, int counties, int themes, boolean created,
                  boolean replaced, int migratedFrom, int version) {
    }

    /**
     * Writes a run into the store, creating the store if it does not exist, migrating an older store forward.
     *
     * @throws FrequencyStoreException naming the store and the reason; the store is then as it was
     */
    Result write(Path store, FrequencyRun run) throws FrequencyStoreException;

    /**
     * Checks, without changing a byte, that a store is one this version can write.
     *
     * @return its version
     */
    int inspect(Path store) throws FrequencyStoreException;
}
