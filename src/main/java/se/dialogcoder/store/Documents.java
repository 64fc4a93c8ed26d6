package se.dialogcoder.store;

import java.util.List;
import java.util.Optional;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.TextUnit;

/** The documents of a project: stored text (immutable after import), units, metadata. */
public interface Documents {
    /** Stores a document and its units; returns the new document. */
    Document insert(NewDocument doc) throws StoreException;

    Optional<Document> byId(long id) throws StoreException;

    Optional<Document> byName(String name) throws StoreException;

    Optional<Document> byHash(String hash) throws StoreException;

    /** All documents, ordered by county code (unknown last) and name. */
    List<Document> list() throws StoreException;

    /** The documents a filter's document conditions (county, kind, round, attributes) admit, ordered as {@link #list}. */
    List<Document> matching(CodingFilter filter) throws StoreException;

    boolean nameExists(String name) throws StoreException;

    String text(long documentId) throws StoreException;

    List<TextUnit> units(long documentId) throws StoreException;

    /** Sets (or clears, with null) the county of a document. */
    void setCounty(long documentId, County county) throws StoreException;

    String memo(long id) throws StoreException;

    void setMemo(long id, String memo) throws StoreException;

    void setKind(long id, DocumentKind kind) throws StoreException;

    void setRound(long id, String round) throws StoreException;

    void setDialogueDate(long id, String date) throws StoreException;

    /** Free attributes of a document, by name. */
    java.util.Map<String, String> attributes(long id) throws StoreException;

    /** Sets an attribute; a null or blank value removes it. */
    void setAttribute(long id, String name, String value) throws StoreException;
}
