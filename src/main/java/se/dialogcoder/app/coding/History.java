package se.dialogcoder.app.coding;

import se.dialogcoder.app.Project;
import java.util.ArrayDeque;
import java.util.Deque;
import se.dialogcoder.store.StoreException;

/**
 * Global undo and redo for one open project, for the whole session: every coding and codebook action and every
 * change of a document's facts is a {@link Change}, performed, undone and redone as committed transactions. A change that fails is rolled back
 * and leaves the history as it was.
 */
public final class History {
    private final Project project;
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private Runnable listener = () -> { };

    public History(Project project) {
        this.project = project;
    }

    /** Called after every perform, undo and redo (from the thread that did it). */
    public void setListener(Runnable listener) {
        this.listener = listener == null ? () -> { } : listener;
    }

    public synchronized void perform(Change change) throws StoreException {
        project.write(tx -> {
            change.apply(tx);
            return null;
        });
        undo.push(change);
        redo.clear();
        listener.run();
    }

    public synchronized boolean undo() throws StoreException {
        return undoStep() != CodingEffect.NOTHING;
    }

    /** Undoes the newest change; says what it did to codings ({@link CodingEffect#NOTHING} when there was none). */
    public synchronized CodingEffect undoStep() throws StoreException {
        Change c = undo.peek();
        if (c == null) {
            return CodingEffect.NOTHING;
        }
        project.write(tx -> {
            c.revert(tx);
            return null;
        });
        redo.push(undo.pop());
        listener.run();
        return c.codingEffect(false);
    }

    public synchronized boolean redo() throws StoreException {
        return redoStep() != CodingEffect.NOTHING;
    }

    /** Redoes the newest undone change; says what it did to codings ({@link CodingEffect#NOTHING} when none). */
    public synchronized CodingEffect redoStep() throws StoreException {
        Change c = redo.peek();
        if (c == null) {
            return CodingEffect.NOTHING;
        }
        project.write(tx -> {
            c.apply(tx);
            return null;
        });
        undo.push(redo.pop());
        listener.run();
        return c.codingEffect(true);
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }
}
