package se.dialogcoder.store;

import se.dialogcoder.model.ImportCount;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodebookEntry;

/** The codebook: codes as a tree (parent before child). */
public interface Codes {
    /** What a codebook import did. */
    /** Adds a code (a new uid when {@code uid} is blank); returns it. */
    Code insert(String uid, Long parentId, String name, String nameEn, String description, String descriptionEn,
            String color, int sortOrder) throws StoreException;

    /** Puts back a code exactly as it was (same id and uid), for undo and redo. */
    void restore(Code code, String memo) throws StoreException;

    /** Writes every field of a code but its id and uid (rename, recolour, describe, move). */
    void update(Code code) throws StoreException;

    /** Deletes a code. Refused by the database while codings or sub-codes still refer to it. */
    void delete(long id) throws StoreException;

    String memo(long id) throws StoreException;

    void setMemo(long id, String memo) throws StoreException;

    /** The memos of codes that have one, by code id. */
    Map<Long, String> memos() throws StoreException;

    /** The next free sort position under a parent (null = top level). */
    int nextSortOrder(Long parentId) throws StoreException;

    Optional<Code> byId(long id) throws StoreException;

    /** All codes, parents before children, siblings in sort order. */
    List<Code> list() throws StoreException;

    /** The path of every code, names from the top down joined by " / ", e.g. "Suicidprevention / Efterlevandestöd". */
    Map<Long, String> paths() throws StoreException;

    int count() throws StoreException;

    /**
     * Adds the codes of a codebook tree. A code whose id is already in the project, or whose name already stands
     * under the same parent, is kept as it is; everything else is added. Nothing is ever removed.
     */
    ImportCount importTree(List<CodebookEntry> roots) throws StoreException;
}
