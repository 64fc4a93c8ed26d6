package se.dialogcoder.store;

import se.dialogcoder.model.FrequencyHistory;
import se.dialogcoder.model.FrequencyWrite;
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
     * Writes a run into the store, creating the store if it does not exist, migrating an older store forward.
     *
     * @throws FrequencyStoreException naming the store and the reason; the store is then as it was
     */
    FrequencyWrite write(Path store, FrequencyRun run) throws FrequencyStoreException;

    /**
     * Checks, without changing a byte, that a store is one this version can write.
     *
     * @return its version
     */
    int inspect(Path store) throws FrequencyStoreException;

    /**
     * Reads every run of a store, without changing a byte (for comparing rounds).
     *
     * @throws FrequencyStoreException naming the store and the reason (missing, not a store, newer, damaged)
     */
    FrequencyHistory read(Path store) throws FrequencyStoreException;
}
