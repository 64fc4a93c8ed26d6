package se.dialogcoder.app.coding;

import se.dialogcoder.app.InvalidInputException;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.analysis.SearchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;

/**
 * One open project and its undo history: every coding and codebook action of the workbench, and every change of
 * a document's facts (county, kind, round, date, attributes), goes through here as one committed transaction
 * each. Memos are saved directly (not part of undo).
 */
public final class ProjectSession implements AutoCloseable {
    /** Colour of codes created without one (in vivo, "new code"). */
    public static final String DEFAULT_COLOR = "#56B4E9";
    private final Project project;
    private final History history;

    public ProjectSession(Project project) {
        this.project = project;
        this.history = new History(project);
    }

    public Project project() {
        return project;
    }

    public History history() {
        return history;
    }

    /** Document sets and code sets, changed through this session's undo history. */
    public SetActions sets() {
        return new SetActions(project, history);
    }

    /** Codes a passage (code points, end exclusive) with a code, recorded with the coder. */
    public Coding code(long documentId, long codeId, String coder, int start, int end) throws StoreException {
        CodingChanges.Add add = new CodingChanges.Add(documentId, codeId, requireCoder(coder),
                List.<int[]>of(new int[] {start, end}));
        history.perform(add);
        return add.created().get(0);
    }

    /**
     * Accepts a code suggestion: codes the passage (code points, end exclusive) as one undoable action, remembered
     * as an accepted suggestion with its score (0–1).
     */
    public Coding acceptSuggestion(long documentId, long codeId, String coder, int start, int end, double score)
            throws StoreException {
        CodingChanges.AcceptSuggestion accept = new CodingChanges.AcceptSuggestion(documentId, codeId,
                requireCoder(coder), start, end, score);
        history.perform(accept);
        return accept.created();
    }

    /** Codes many passages with one code as one undoable action (auto-coding). */
    public List<Coding> codeAll(long documentId, long codeId, String coder, List<int[]> ranges)
            throws StoreException {
        CodingChanges.Add add = new CodingChanges.Add(documentId, codeId, requireCoder(coder), ranges);
        history.perform(add);
        return add.created();
    }

    /**
     * Applies a previewed auto-coding ({@link SearchService#preview}) as one undoable action, recorded with the
     * preview's coder; undo removes every passage it coded, redo restores the same codings.
     *
     * @return the codings created
     */
    public List<Coding> autoCode(SearchService.AutoCodePreview preview) throws StoreException {
        requireCoder(preview.coder());
        if (preview.proposals().isEmpty()) {
            return List.of();
        }
        AutoCoding change = new AutoCoding(preview);
        history.perform(change);
        return change.created();
    }

    /** Creates a code named after the passage and codes the passage with it, as one action. */
    public Coding codeInVivo(long documentId, String passage, String coder, int start, int end)
            throws StoreException {
        String name = inVivoName(passage);
        CodeChanges.Add addCode = new CodeChanges.Add(null, name, DEFAULT_COLOR);
        InVivo change = new InVivo(addCode, documentId, requireCoder(coder), start, end);
        history.perform(change);
        return change.coding.created().get(0);
    }

    static String inVivoName(String passage) {
        String name = passage.strip().replaceAll("\\s+", " ");
        if (name.length() > 60) {
            int cut = name.lastIndexOf(' ', 60);
            name = name.substring(0, cut > 20 ? cut : 60) + "…";
        }
        if (name.isEmpty()) {
            throw new InvalidInputException(UserMessage.of("err.input.inVivoEmpty", "select some words to code in vivo"));
        }
        return name;
    }

    private static final class InVivo implements Change {
        private final CodeChanges.Add code;
        private final long documentId;
        private final String coder;
        private final int start;
        private final int end;
        private CodingChanges.Add coding;

        InVivo(CodeChanges.Add code, long documentId, String coder, int start, int end) {
            this.code = code;
            this.documentId = documentId;
            this.coder = coder;
            this.start = start;
            this.end = end;
        }

        @Override
        public void apply(UnitOfWork tx) throws StoreException {
            code.apply(tx);
            if (coding == null) {
                coding = new CodingChanges.Add(documentId, code.created().id(), coder,
                        List.<int[]>of(new int[] {start, end}));
            }
            coding.apply(tx);
        }

        @Override
        public void revert(UnitOfWork tx) throws StoreException {
            coding.revert(tx);
            code.revert(tx);
        }
    }

    public void removeCoding(Coding coding) throws StoreException {
        history.perform(new CodingChanges.Remove(coding));
    }

    public void recode(Coding coding, long newCodeId) throws StoreException {
        if (coding.codeId() != newCodeId) {
            history.perform(new CodingChanges.Recode(coding.id(), coding.codeId(), newCodeId));
        }
    }

    /** Extends or shrinks a coding to new boundaries. */
    public void resize(Coding coding, int start, int end) throws StoreException {
        history.perform(new CodingChanges.Resize(coding, start, end));
    }

    public Code addCode(Long parentId, String name, String color) throws StoreException {
        String n = requireName(name);
        CodeChanges.Add add = new CodeChanges.Add(parentId, n, color == null ? DEFAULT_COLOR : color);
        history.perform(add);
        return add.created();
    }

    public void updateCode(Code before, Code after) throws StoreException {
        requireName(after.name());
        if (after.color() == null || !after.color().matches("#[0-9A-Fa-f]{6}")) {
            throw new InvalidInputException(UserMessage.of("err.input.colour", "a colour is written #RRGGBB"));
        }
        if (!before.equals(after)) {
            history.perform(new CodeChanges.Update(before, after));
        }
    }

    /** Moves a code under a new parent (null = top level), at the end of its new siblings. */
    public void moveCode(Code code, Long newParentId) throws StoreException {
        if (newParentId != null && isSelfOrDescendant(code.id(), newParentId)) {
            throw new InvalidInputException(UserMessage.of("err.input.moveUnderItself",
                    "a code cannot be moved under itself or one of its sub-codes"));
        }
        int order = project.read(tx -> tx.codes().nextSortOrder(newParentId));
        updateCode(code, new Code(code.id(), code.uid(), newParentId, code.name(), code.nameEn(), code.description(),
                code.descriptionEn(), code.color(), order));
    }

    private boolean isSelfOrDescendant(long codeId, long candidate) throws StoreException {
        List<Code> all = project.read(tx -> tx.codes().list());
        Long cur = candidate;
        for (int guard = 0; cur != null && guard < 1000; guard++) {
            if (cur == codeId) {
                return true;
            }
            Long id = cur;
            cur = all.stream().filter(c -> c.id() == id).findFirst().map(Code::parentId).orElse(null);
        }
        return false;
    }

    /** How many codings a delete of this code (with its sub-codes) would remove. */
    public int codingsAffectedByDelete(long codeId) throws StoreException {
        return project.read(tx -> {
            List<Code> all = tx.codes().list();
            List<Long> ids = new ArrayList<>();
            ids.add(codeId);
            for (int i = 0; i < ids.size(); i++) {
                long parent = ids.get(i);
                all.stream().filter(c -> c.parentId() != null && c.parentId() == parent).forEach(c -> ids.add(c.id()));
            }
            int n = 0;
            for (long id : ids) {
                n += tx.codings().forCode(id).size();
            }
            return n;
        });
    }

    public void deleteCode(long codeId) throws StoreException {
        history.perform(new CodeChanges.Delete(codeId));
    }

    public void mergeCodes(long sourceId, long targetId) throws StoreException {
        if (sourceId == targetId) {
            throw new InvalidInputException(UserMessage.of("err.input.mergeItself", "a code cannot be merged into itself"));
        }
        if (isSelfOrDescendant(sourceId, targetId)) {
            throw new InvalidInputException(UserMessage.of("err.input.mergeIntoChild",
                    "a code cannot be merged into one of its own sub-codes"));
        }
        history.perform(new CodeChanges.Merge(sourceId, targetId));
    }

    // ---- document facts ----------------------------------------------------------------------------------------

    /**
     * Sets (or clears, with null) a document's county as one undoable action.
     *
     * @return false when the document already had that county (then nothing is recorded)
     */
    public boolean setCounty(long documentId, County county) throws StoreException {
        DocumentChanges.Facts before = facts(documentId);
        return setFacts(documentId, before, new DocumentChanges.Facts(county, before.kind(), before.round(),
                before.dialogueDate()));
    }

    /**
     * Sets a document's kind, round and dialogue date (yyyy-mm-dd) as one undoable action; a blank round or date
     * clears it, a null kind keeps the kind.
     *
     * @return false when nothing changed (then nothing is recorded)
     * @throws IllegalArgumentException when the date is not written yyyy-mm-dd
     */
    public boolean setDocumentFacts(long documentId, DocumentKind kind, String round, String dialogueDate)
            throws StoreException {
        String date = blankToNull(dialogueDate);
        if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InvalidInputException(UserMessage.of("err.input.date", "a date is written yyyy-mm-dd, not \"{0}\"", date));
        }
        DocumentChanges.Facts before = facts(documentId);
        return setFacts(documentId, before, new DocumentChanges.Facts(before.county(),
                kind == null ? before.kind() : kind, blankToNull(round), date));
    }

    /**
     * Sets a free attribute of a document as one undoable action; a blank value removes the attribute.
     *
     * @return false when the attribute already had that value (then nothing is recorded)
     */
    public boolean setAttribute(long documentId, String name, String value) throws StoreException {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(UserMessage.of("err.input.attributeName", "an attribute needs a name"));
        }
        String n = name.strip();
        String after = value == null || value.isBlank() ? null : value;
        facts(documentId); // the document must exist
        String before = project.read(tx -> tx.documents().attributes(documentId).get(n));
        if (java.util.Objects.equals(before, after)) {
            return false;
        }
        history.perform(new DocumentChanges.SetAttribute(documentId, n, before, after));
        return true;
    }

    private boolean setFacts(long documentId, DocumentChanges.Facts before, DocumentChanges.Facts after)
            throws StoreException {
        if (before.equals(after)) {
            return false;
        }
        history.perform(new DocumentChanges.SetFacts(documentId, before, after));
        return true;
    }

    private DocumentChanges.Facts facts(long documentId) throws StoreException {
        return DocumentChanges.Facts.of(project.read(tx -> tx.documents().byId(documentId)).orElseThrow(
                () -> new IllegalArgumentException("the document is no longer in the project")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean undo() throws StoreException {
        return history.undo();
    }

    public boolean redo() throws StoreException {
        return history.redo();
    }

    /** Undoes the newest action and says what it did to codings (see {@link CodingEffect}). */
    public CodingEffect undoStep() throws StoreException {
        return history.undoStep();
    }

    /** Redoes the newest undone action and says what it did to codings (see {@link CodingEffect}). */
    public CodingEffect redoStep() throws StoreException {
        return history.redoStep();
    }

    private static String requireCoder(String coder) {
        if (coder == null || coder.isBlank()) {
            throw new InvalidInputException(UserMessage.of("err.input.coderName", "a coding needs a coder name"));
        }
        return coder.strip();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(UserMessage.of("err.input.codeName", "a code needs a name"));
        }
        return name.strip();
    }

    /** The coder name to use when none was given: the OS user name. */
    public static String defaultCoder() {
        String user = System.getProperty("user.name", "kodare");
        return user.isBlank() ? "kodare" : user.toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        project.close();
    }
}
