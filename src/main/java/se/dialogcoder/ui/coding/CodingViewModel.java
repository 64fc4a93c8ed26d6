package se.dialogcoder.ui.coding;

import se.dialogcoder.app.Settings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.dialogcoder.app.coding.CodingEffect;
import se.dialogcoder.app.coding.ProjectSession;
import se.dialogcoder.app.analysis.SearchService;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodePointText;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.ui.ProjectViewModel;
import se.dialogcoder.ui.OpenDocument;

/**
 * Every coding action on the open document: code the selection (also with the keys 1–9 and in vivo), recode,
 * resize, remove, auto-code, undo and redo. The quick path: only the commit runs in the background; the counts and
 * the open document follow from what changed, without reading the project again.
 */
public final class CodingViewModel {
    private final Settings settings;
    /** A session action that may fail with a message for the user. */
    private interface Step {
        CodingEffect run(ProjectSession s) throws Exception;
    }

    private final ProjectViewModel vm;
    private final DocumentViewModel documents;
    private CodePointText codePoints;

    public CodingViewModel(ProjectViewModel vm, DocumentViewModel documents, Settings settings) {
        this.settings = settings;
        this.vm = vm;
        this.documents = documents;
    }

    /** Codes the current selection with a code. Does nothing without a selection. */
    public void applyCode(long codeId) {
        int[] sel = documents.selectionProperty().get();
        OpenDocument doc = documents.openDocumentProperty().get();
        if (sel == null || doc == null || sel[1] <= sel[0]) {
            return;
        }
        int[] range = vm.snapToWordsProperty().get() ? WordSnap.snap(codePoints(doc.text()), sel[0], sel[1]) : sel;
        String who = vm.coderProperty().get();
        ProjectSession s = vm.session();
        if (s == null) {
            return;
        }
        DocumentViewModel.Mark before = documents.mark();
        // the hot path: only the commit runs in the background; lists and counts are updated from what changed
        vm.background().run(() -> s.code(doc.document().id(), codeId, who, range[0], range[1]), coding -> {
            follow(before, new CodingEffect(List.of(coding), List.of(), true));
            documents.selectedCodingProperty().set(coding);
        });
    }

    /** Codes the selection with the code pinned to key {@code n} (1–9). */
    public void applyPinned(int n) {
        List<Code> pinned = pinnedCodes();
        if (n >= 1 && n <= pinned.size() && pinned.get(n - 1) != null) {
            applyCode(pinned.get(n - 1).id());
        }
    }

    /**
     * Codes pinned to the keys 1–9, element {@code n - 1} for key {@code n}: the user's pins for this project, else
     * the top-level themes in order. A key without a code (its code was deleted, or nothing was pinned there while a
     * later key was) is null; the list ends with the last key that has a code.
     */
    public List<Code> pinnedCodes() {
        ProjectInfo info = vm.projectProperty().get();
        List<String> pins = info == null ? null : settings.pins.get(info.id());
        List<Code> out = new ArrayList<>();
        if (pins != null) {
            for (String uid : pins.subList(0, Math.min(9, pins.size()))) {
                out.add(vm.codes().stream().filter(c -> c.uid().equals(uid)).findFirst().orElse(null));
            }
            while (!out.isEmpty() && out.get(out.size() - 1) == null) {
                out.remove(out.size() - 1);
            }
        }
        if (out.isEmpty()) {
            vm.codes().stream().filter(c -> c.parentId() == null).limit(9).forEach(out::add);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Pins a code to key {@code n} (1–9) for this project; every other key keeps its code. When the code had
     * another key, the two keys swap codes; when it had none, the code that was on key {@code n} loses its key.
     */
    public void pin(Code code, int n) {
        ProjectInfo info = vm.projectProperty().get();
        if (info == null || code == null || n < 1 || n > 9) {
            return;
        }
        List<Code> keys = new ArrayList<>(pinnedCodes());
        while (keys.size() < 9) {
            keys.add(null);
        }
        int old = -1;
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) != null && keys.get(i).id() == code.id()) {
                old = i;
            }
        }
        if (old == n - 1) {
            return;
        }
        Code displaced = keys.set(n - 1, code);
        if (old >= 0) {
            keys.set(old, displaced);
        }
        List<String> uids = new ArrayList<>(keys.stream().map(c -> c == null ? "" : c.uid()).toList());
        while (uids.get(uids.size() - 1).isEmpty()) {
            uids.remove(uids.size() - 1);
        }
        settings.pins.put(info.id(), uids);
        vm.saveSettings();
    }

    /** Codes the selection with a new code named after the selected words. */
    public void codeInVivo() {
        int[] sel = documents.selectionProperty().get();
        OpenDocument doc = documents.openDocumentProperty().get();
        if (sel == null || doc == null || sel[1] <= sel[0]) {
            return;
        }
        int[] range = vm.snapToWordsProperty().get() ? WordSnap.snap(codePoints(doc.text()), sel[0], sel[1]) : sel;
        String passage = codePoints(doc.text()).slice(range[0], range[1]);
        String who = vm.coderProperty().get();
        vm.tasks().change(s -> s.codeInVivo(doc.document().id(), passage, who, range[0], range[1]),
                documents.selectedCodingProperty()::set);
    }

    /** Removes the selected coding (one undoable step); like coding, only the commit runs in the background. */
    public void removeSelectedCoding() {
        Coding c = documents.selectedCodingProperty().get();
        ProjectSession s = vm.session();
        if (c == null || s == null) {
            return;
        }
        DocumentViewModel.Mark before = documents.mark();
        vm.background().run(() -> {
            s.removeCoding(c);
            return c;
        }, removed -> {
            follow(before, new CodingEffect(List.of(), List.of(removed), true));
            Coding selected = documents.selectedCodingProperty().get();
            if (selected != null && selected.id() == removed.id()) {
                documents.selectedCodingProperty().set(null);
            }
        });
    }

    public void recodeSelected(long codeId) {
        Coding c = documents.selectedCodingProperty().get();
        if (c != null) {
            vm.tasks().change(s -> {
                s.recode(c, codeId);
                return s.project().coding(c.id()).orElse(null);
            }, documents.selectedCodingProperty()::set);
        }
    }

    /** Moves the selected coding's boundaries to the current text selection (extend or shrink). */
    public void resizeSelectedToSelection() {
        Coding c = documents.selectedCodingProperty().get();
        int[] sel = documents.selectionProperty().get();
        if (c != null && sel != null && sel[1] > sel[0]) {
            vm.tasks().change(s -> {
                s.resize(c, sel[0], sel[1]);
                return s.project().coding(c.id()).orElse(null);
            }, documents.selectedCodingProperty()::set);
        }
    }

    /** Selects the innermost visible coding at a code-point position (or none). */
    public void selectCodingAt(int position) {
        OpenDocument doc = documents.openDocumentProperty().get();
        if (doc == null) {
            return;
        }
        Coding best = null;
        for (Coding c : doc.codings()) {
            if (c.start() <= position && position < c.end() && (best == null || c.end() - c.start() < best.end() - best.start())) {
                best = c;
            }
        }
        documents.selectedCodingProperty().set(best);
    }

    /**
     * Applies a previewed auto-coding as one undoable action (Ctrl+Z takes it all back); the codebook counts, the
     * status line and the open document follow.
     */
    public void autoCode(SearchService.AutoCodePreview preview, Consumer<List<Coding>> whenDone) {
        vm.tasks().change(s -> s.autoCode(preview), whenDone);
    }

    public void undo() {
        undoOrRedo(ProjectSession::undoStep);
    }

    public void redo() {
        undoOrRedo(ProjectSession::redoStep);
    }

    /**
     * Undo and redo of codings take the quick path of coding (only the commit in the background, the view follows
     * from what changed); a step that changed more than codings reads the project again.
     */
    private void undoOrRedo(Step step) {
        ProjectSession s = vm.session();
        if (s == null) {
            return;
        }
        DocumentViewModel.Mark before = documents.mark();
        vm.background().run(() -> step.run(s), effect -> {
            if (!effect.complete() || !codingsChanged(before, effect)) {
                vm.refresh();
                documents.reload();
            }
        });
    }

    /** The quick path after a coding or its removal; reads everything again when that is not enough. */
    private void follow(DocumentViewModel.Mark before, CodingEffect effect) {
        if (!codingsChanged(before, effect)) {
            vm.refresh();
            documents.reload();
        }
    }

    /**
     * Shows codings an action added and removed without reading the project again: the counts follow and the open
     * document gets or loses them (as the coder filter shows them).
     *
     * @return false when that is not enough (a coder the window does not know)
     */
    private boolean codingsChanged(DocumentViewModel.Mark before, CodingEffect effect) {
        List<Coding> all = new ArrayList<>(effect.added());
        all.addAll(effect.removed());
        if (all.stream().anyMatch(c -> vm.coders().stream().noneMatch(k -> k.id() == c.coderId()))) {
            return false;
        }
        if (all.isEmpty()) {
            return true;
        }
        count(effect);
        documents.follow(before, effect, vm.coders());
        return true;
    }

    /**
     * Adds the codings an action added to the counts shown (code, document, status line) and takes away those it
     * removed, all at once. In blind coding only the coder's own codings are counted.
     */
    private void count(CodingEffect effect) {
        Map<Long, Integer> byCode = new HashMap<>(vm.codingCountsProperty().get());
        Map<Long, Integer> byDocument = new HashMap<>(vm.documentCountsProperty().get());
        int total = vm.lists().codingTotal() + count(effect.added(), 1, byCode, byDocument)
                + count(effect.removed(), -1, byCode, byDocument);
        vm.lists().showCounts(byCode, byDocument, total);
    }

    /** Adds {@code delta} for each counted coding to both maps; returns the change of the total. */
    private int count(List<Coding> codings, int delta, Map<Long, Integer> byCode, Map<Long, Integer> byDocument) {
        int total = 0;
        for (Coding c : codings) {
            if (counted(c)) {
                plus(byCode, c.codeId(), delta);
                plus(byDocument, c.documentId(), delta);
                total += delta;
            }
        }
        return total;
    }

    /** Whether a coding is in the counts shown: every coding, or in blind coding only the coder's own. */
    private boolean counted(Coding c) {
        if (!vm.blindProperty().get()) {
            return true;
        }
        String me = vm.coderProperty().get();
        return vm.coders().stream().anyMatch(k -> k.id() == c.coderId() && k.name().equals(me));
    }

    private static void plus(Map<Long, Integer> counts, long key, int delta) {
        counts.merge(key, delta, (a, b) -> a + b == 0 ? null : a + b); // a count that reaches 0 is left out, as read
    }

    /** The open text addressed by code points, made once per text (not on every coding). */
    private CodePointText codePoints(String text) {
        if (codePoints == null || codePoints.text() != text) { // the same String object: the same open text
            codePoints = new CodePointText(text);
        }
        return codePoints;
    }
}
