package se.dialogcoder.store;

import java.util.List;
import java.util.Optional;

/**
 * Where a project file pulled from a team server came from, and the pulling coder's codings as they were pulled:
 * what {@code server sync} compares the copy and the server with. Only a project file records this; a team project
 * on a server has no origin.
 */
public interface PulledCopy {
    /**
     * Where a copy came from.
     *
     * @param server the server's address, without password
     * @param projectUuid the server project's id ({@code ProjectInfo.id()} there; the copy has its own)
     * @param pulledAt when it was pulled (ISO-8601 UTC)
     * @param coder the coder it was pulled as (the connected role's coder), or null (the database's owner)
     * @param syncedAt when it was last synced, or null
     */
    record Origin(String server, String projectUuid, String pulledAt, String coder, String syncedAt) {
    }

    /**
     * One coding of the coder as the server had it when pulled (or last synced), named without row ids.
     *
     * @param memoHash SHA-256 (hex) of the coding's memo, null when it has none
     */
    record Entry(String documentHash, String codeUid, int start, int end, String createdAt, String memoHash) {
    }

    /** Where the project was pulled from; empty when it was not pulled from a server. */
    Optional<Origin> origin() throws StoreException;

    /** The coder's codings as pulled or last synced. */
    List<Entry> baseline() throws StoreException;

    /** Records where the project came from and its baseline, replacing what was recorded before. */
    void record(Origin origin, List<Entry> baseline) throws StoreException;
}
