package se.dialogcoder.app.teamwork;

import java.util.List;

/**
 * What a {@code server sync} did: the coder's own work sent from a pulled copy to the server, and the conflicts
 * left for the user (each stays as it is on both sides: nothing is lost).
 *
 * @param project the project's name
 * @param copy the copy's file name
 * @param server the server's address (without password)
 * @param coder the coder whose work was sent
 * @param inserted codings made in the copy and now on the server
 * @param deleted codings deleted in the copy and now deleted on the server
 * @param memos coding memos changed in the copy and now changed on the server
 * @param conflicts what was not sent, and why, in document and offset order
 */
public record SyncReport(String project, String copy, String server, String coder, int inserted, int deleted,
                         int memos, List<Conflict> conflicts) {
    public SyncReport {
        conflicts = List.copyOf(conflicts);
    }

    /** True when the sync changed nothing on the server. */
    public boolean unchanged() {
        return inserted == 0 && deleted == 0 && memos == 0;
    }

    /**
     * A coding of the coder that was not sent (or not deleted), and why. It stays in the copy as it is, and the
     * server keeps its own version.
     *
     * @param document the document's name
     * @param code the code's path (levels joined by " / ")
     * @param start the passage's start (code points)
     * @param end the passage's end (exclusive)
     */
    public record Conflict(String document, String code, int start, int end, Kind kind) {
        /** What differs. */
        public String reason() {
            return kind.reason();
        }
    }

    /** Why a coding was not sent. */
    public enum Kind {
        /** The document is no longer on the server. */
        DOCUMENT_GONE("the document is no longer on the server; the coding stays in the copy"),
        /** The code is no longer on the server (the lead deleted or merged it). */
        CODE_GONE("the code is no longer on the server (deleted or merged by the lead); the coding stays in the "
                + "copy"),
        /** The coder coded the same passage with the same code on the server too, with another memo. */
        CODED_ON_BOTH("the same passage was coded with this code on the server too, with another memo; both memos "
                + "are kept where they are"),
        /** The coding's memo changed in the copy and on the server since the pull. */
        MEMO_CHANGED_ON_BOTH("the memo was changed in the copy and on the server since the pull; the copy's memo was "
                + "not sent, both texts are kept where they are"),
        /** The coding's memo changed in the copy, and the coding was deleted on the server since the pull. */
        DELETED_ON_SERVER("the memo was changed in the copy, but the coding was deleted on the server since the "
                + "pull; it stays in the copy"),
        /** The coding was deleted in the copy, but changed on the server since the pull. */
        CHANGED_ON_SERVER("the coding was deleted in the copy, but changed on the server since the pull; it was not "
                + "deleted there");

        private final String reason;

        Kind(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }

        /** The kind's name in JSON: "code-gone", "memo-changed-on-both" … */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
