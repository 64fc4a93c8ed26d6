package se.dialogcoder.store;

import java.util.List;
import java.util.Optional;
import se.dialogcoder.model.Coder;

/** The coders of a project. */
public interface Coders {
    /** The coder of that name, created if new. */
    Coder getOrCreate(String name) throws StoreException;

    /** The coder of exactly that name (surrounding blanks ignored), if there is one. */
    Optional<Coder> byName(String name) throws StoreException;

    List<Coder> list() throws StoreException;
}
