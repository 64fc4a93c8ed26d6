package se.dialogcoder.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.ItemSet.Kind;

/** Document sets and code sets. */
public interface Sets {
    /** Creates an empty set; returns it. */
    ItemSet create(Kind kind, String name, String description) throws StoreException;

    /** Puts back a set exactly as it was (same id, name, description and members), for undo and redo. */
    void restore(ItemSet set) throws StoreException;

    /** Renames a set and sets its description. */
    void update(Kind kind, long id, String name, String description) throws StoreException;

    /** Deletes a set and its member rows (the documents and codes themselves stay). */
    void delete(Kind kind, long id) throws StoreException;

    /** Adds members (those already in the set are left as they are); returns the ids actually added. */
    List<Long> add(Kind kind, long setId, Collection<Long> members) throws StoreException;

    /** Takes members out of a set; returns the ids that were in it. */
    List<Long> remove(Kind kind, long setId, Collection<Long> members) throws StoreException;

    /** The sets of one kind with their members, by name. */
    List<ItemSet> list(Kind kind) throws StoreException;

    /** Document sets, then code sets. */
    List<ItemSet> list() throws StoreException;

    Optional<ItemSet> byId(Kind kind, long id) throws StoreException;

    /** The set of either kind with exactly this name (sets of both kinds may share none). */
    List<ItemSet> byName(String name) throws StoreException;

    /** The ids of the sets of a kind that hold a member (a document or a code). */
    List<Long> setsOf(Kind kind, long member) throws StoreException;
}
