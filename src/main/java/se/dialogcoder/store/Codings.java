package se.dialogcoder.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.NewCoding;
import se.dialogcoder.model.Span;

/** Codings: a passage of a document (code-point offsets) coded with a code by a coder. */
public interface Codings {
    /** Codes a passage; refuses offsets outside the document's text. */
    Coding insert(long documentId, long codeId, long coderId, int start, int end) throws StoreException;

    /**
     * Stores a coding copied from another project (a merge): its creation time and memo are kept, its offsets
     * checked against the document like {@link #insert}.
     */
    Coding insertCopy(long documentId, long codeId, long coderId, int start, int end, String createdAt, String memo) throws StoreException;

    /** Puts back a coding exactly as it was (same id), for undo and redo. */
    void restore(Coding coding, String memo) throws StoreException;

    void delete(long id) throws StoreException;

    void setCode(long id, long codeId) throws StoreException;

    /** Moves a coding's boundaries (within its document). */
    void setRange(long id, int start, int end) throws StoreException;

    String memo(long id) throws StoreException;

    void setMemo(long id, String memo) throws StoreException;

    /** Codings of a code (all documents), in document order. */
    List<Coding> forCode(long codeId) throws StoreException;

    /**
     * Stores many codings of one coder (one prepared statement, inside the caller's transaction) and returns their
     * ids in the order given. Every passage is checked against its document's length first; one bad passage
     * stores nothing.
     */
    List<Long> insertAll(List<NewCoding> codings, long coderId) throws StoreException;

    /** The spans already coded with a code by a coder, per document id. */
    Map<Long, Set<Span>> spansOf(long codeId, long coderId) throws StoreException;

    /** Number of codings per code id. */
    java.util.Map<Long, Integer> countsByCode() throws StoreException;

    /** Number of codings per document id. */
    java.util.Map<Long, Integer> countsByDocument() throws StoreException;

    /** Number of one coder's codings per code id (blind coding shows only one's own). */
    java.util.Map<Long, Integer> countsByCode(long coderId) throws StoreException;

    /** Number of one coder's codings per document id. */
    java.util.Map<Long, Integer> countsByDocument(long coderId) throws StoreException;

    /** Every coding of the project, by document and offsets. */
    List<Coding> all() throws StoreException;

    /** The memos of codings that have one, by coding id. */
    java.util.Map<Long, String> memos() throws StoreException;

    /** Removes codings by id (the undo of an insert); returns how many were removed. */
    int deleteAll(List<Long> ids) throws StoreException;

    Optional<Coding> byId(long id) throws StoreException;

    List<Coding> forDocument(long documentId) throws StoreException;

    /**
     * Every coding made by the given coders, ordered by document, code, coder and offsets (for agreement
     * statistics).
     */
    List<Coding> byCoders(Collection<Long> coderIds) throws StoreException;

    int count() throws StoreException;

    /** Number of one coder's codings. */
    int count(long coderId) throws StoreException;

    /**
     * Marks a coding as made by accepting a code suggestion with this score (0–1); the mark goes with the coding when
     * the coding is deleted.
     */
    void markSuggested(long codingId, double score) throws StoreException;

    /** The scores of the visible codings made by accepting a suggestion, by coding id. */
    Map<Long, Double> suggested() throws StoreException;
}
