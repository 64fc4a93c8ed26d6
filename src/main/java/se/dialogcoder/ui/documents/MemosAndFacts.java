package se.dialogcoder.ui.documents;

import se.dialogcoder.app.Project;
import java.util.Map;
import java.util.function.Consumer;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.ui.ProjectViewModel;

/**
 * Memos and a document's facts, without any controls. Memos are saved at once and are not part of undo; county,
 * kind, round, date and free attributes change as undoable steps, after which the navigator, counts and open
 * document follow (through the {@link ProjectViewModel}).
 */
public final class MemosAndFacts {
    /** What a memo belongs to. */

    private final ProjectViewModel vm;

    public MemosAndFacts(ProjectViewModel vm) {
        this.vm = vm;
    }

    /** Reads a memo ("" when there is none); the answer arrives on the FX thread. */
    public void memo(Project.MemoOf target, long id, Consumer<String> answer) {
        vm.query(s -> s.project().memo(target, id), answer);
    }

    /** Saves a memo at once (no save button); a blank memo is removed. */
    public void saveMemo(Project.MemoOf target, long id, String text) {
        vm.query(s -> {
            s.project().setMemo(target, id, text);
            return null;
        }, x -> { });
    }

    /**
     * Changes a document's county as one undoable step (nothing is recorded when it is the county it has); the
     * navigator, counts and everything else follow, also on undo and redo.
     */
    public void setCounty(Document doc, County county) {
        vm.tasks().change(s -> s.setCounty(doc.id(), county), changed -> { });
    }

    /** Changes a document's kind, round and dialogue date as one undoable step (none when nothing changed). */
    public void setDocumentFacts(Document doc, DocumentKind kind, String round, String date) {
        vm.tasks().change(s -> s.setDocumentFacts(doc.id(), kind, round, date), changed -> { });
    }

    /** Reads a document's free attributes; the answer arrives on the FX thread. */
    public void attributes(Document doc, Consumer<Map<String, String>> answer) {
        vm.query(s -> s.project().attributes(doc.id()), answer);
    }

    /**
     * Sets a free attribute of a document (a blank value removes it) as one undoable step. Views that show
     * attributes read them again when {@link ProjectViewModel#dataVersionProperty()} changes.
     */
    public void setAttribute(Document doc, String name, String value) {
        if (name == null || name.isBlank()) {
            return;
        }
        vm.tasks().change(s -> s.setAttribute(doc.id(), name, value), changed -> { });
    }
}
