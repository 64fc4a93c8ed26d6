package se.dialogcoder.app;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.dialogcoder.model.Coding;
import se.dialogcoder.store.Tx;

/**
 * An auto-coding from a search as one undoable action. The first apply stores the previewed passages
 * ({@link SearchService#insert}) and remembers the codings it created; undo removes exactly those (keeping any
 * memo written on them meanwhile), and redo puts the same codings back: same ids, offsets, coder and time.
 */
final class AutoCoding implements Change {
    private final SearchService.AutoCodePreview preview;
    private final List<Coding> created = new ArrayList<>();
    private final Map<Long, String> memos = new HashMap<>();
    private boolean applied;

    AutoCoding(SearchService.AutoCodePreview preview) {
        this.preview = preview;
    }

    /** The codings created (empty before the first apply). */
    List<Coding> created() {
        return List.copyOf(created);
    }

    @Override
    public void apply(Tx tx) throws SQLException {
        if (!applied) {
            List<Coding> made = new ArrayList<>();
            for (long id : SearchService.insert(tx, preview)) {
                made.add(tx.codings().byId(id).orElseThrow(() -> new SQLException("coding " + id + " vanished")));
            }
            created.addAll(made);
            applied = true;
        } else {
            for (Coding c : created) {
                tx.codings().restore(c, memos.get(c.id()));
            }
        }
    }

    @Override
    public void revert(Tx tx) throws SQLException {
        memos.clear();
        for (Coding c : created) {
            String memo = tx.codings().memo(c.id());
            if (memo != null) {
                memos.put(c.id(), memo);
            }
        }
        tx.codings().deleteAll(created.stream().map(Coding::id).toList());
    }
}
