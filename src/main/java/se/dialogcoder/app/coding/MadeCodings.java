package se.dialogcoder.app.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.dialogcoder.model.Coding;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;

/**
 * The codings an undoable change made: undo deletes them, keeping any memo written on them meanwhile, and redo puts
 * them back with the same ids, offsets, coder, time and memos.
 */
final class MadeCodings {
    private final List<Coding> codings = new ArrayList<>();
    private final Map<Long, String> memos = new HashMap<>();

    boolean isEmpty() {
        return codings.isEmpty();
    }

    void add(Coding coding) {
        codings.add(coding);
    }

    List<Coding> list() {
        return List.copyOf(codings);
    }

    /** Redo: the same codings again, with the memos they had when they were undone. */
    void restore(UnitOfWork tx) throws StoreException {
        for (Coding c : codings) {
            tx.codings().restore(c, memos.get(c.id()));
        }
    }

    /** Undo: deletes the codings, remembering their memos for a redo. */
    void remove(UnitOfWork tx) throws StoreException {
        memos.clear();
        for (Coding c : codings) {
            String memo = tx.codings().memo(c.id());
            if (memo != null) {
                memos.put(c.id(), memo);
            }
        }
        tx.codings().deleteAll(codings.stream().map(Coding::id).toList());
    }
}
