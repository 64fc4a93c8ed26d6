package se.dialogcoder.app.coding;

import se.dialogcoder.app.analysis.SearchService;
import java.util.List;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;

/**
 * An auto-coding from a search as one undoable action. The first apply stores the previewed passages
 * ({@link SearchService#insert}) and remembers the codings it created; undo removes exactly those (keeping any
 * memo written on them meanwhile), and redo puts the same codings back: same ids, offsets, coder and time.
 */
public final class AutoCoding implements Change {
    private final SearchService.AutoCodePreview preview;
    private final MadeCodings created = new MadeCodings();
    private boolean applied;

    public AutoCoding(SearchService.AutoCodePreview preview) {
        this.preview = preview;
    }

    /** The codings created (empty before the first apply). */
    List<Coding> created() {
        return created.list();
    }

    @Override
    public void apply(UnitOfWork tx) throws StoreException {
        if (!applied) {
            for (long id : SearchService.insert(tx, preview)) {
                created.add(tx.codings().byId(id).orElseThrow(() -> new StoreException(UserMessage.of("err.detail", "{0}", "coding " + id
                        + " vanished"))));
            }
            applied = true;
        } else {
            created.restore(tx);
        }
    }

    @Override
    public void revert(UnitOfWork tx) throws StoreException {
        created.remove(tx);
    }
}
