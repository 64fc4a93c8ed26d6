package se.dialogcoder.app.exchange;

import se.dialogcoder.app.Location;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.dialogcoder.app.exchange.MergeReport.Conflict;
import se.dialogcoder.app.exchange.MergeReport.Kind;
import se.dialogcoder.app.exchange.MergeReport.Source;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.Texts;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.LocalFile;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;

/**
 * Merges coders' copies of a project into a project (see docs/agreement.md, "Merging coders' projects").
 *
 * <ul>
 *   <li>Documents are matched by their text (content hash), never by name; a document only in the file is added
 *       with its units, attributes and memo. A document of the same name but another text is added as a separate
 *       document (name with " (2)") and reported.</li>
 *   <li>Codes are matched by uid, then by path (levels joined by " / ", under the matched parent); a new code is
 *       added under its matched parent. Differences in name, colour, place or description are reported and the
 *       project's version is kept.</li>
 *   <li>Coders are matched by name. A coding already present (same document, code, coder, start and end) is
 *       skipped; the others are added with their memo and creation time.</li>
 *   <li>Memos are merged without loss: an empty memo takes the file's text; when both differ, both are kept, the
 *       file's below a separator line naming the file.</li>
 * </ul>
 *
 * The files are read first, read-only (they are never changed); then everything is written to the project in
 * <b>one transaction</b>: a failure leaves the project exactly as it was. Merging the same file again adds
 * nothing.
 */
public final class MergeService {

    /** The files to merge, read and checked, ready to be merged. */
    public static final class Incoming {
        private final List<Snapshot> snapshots;

        private Incoming(List<Snapshot> snapshots) {
            this.snapshots = List.copyOf(snapshots);
        }

        public int files() {
            return snapshots.size();
        }
    }

    private record DocumentData(Document document, String text, List<TextUnit> units,
                                Map<String, String> attributes, String memo) {
    }

    private record Snapshot(String file, String memo, List<DocumentData> documents, List<Code> codes,
                            Map<Long, String> codeMemos, List<Coder> coders, List<Coding> codings,
                            Map<Long, String> codingMemos) {
    }

    /** Reads the files and merges them into the project, as one transaction. */
    public MergeReport merge(Project project, List<Path> others) throws MergeException, StoreException {
        return merge(project, read(project, others));
    }

    /**
     * Reads the files to merge, read-only, before the project is touched.
     *
     * @param project the project they will be merged into (a file cannot be merged into itself)
     * @throws MergeException naming the file and the reason when one cannot be read
     */
    public Incoming read(Project project, List<Path> others) throws MergeException {
        return read(project.file(), project.displayName(), others);
    }

    /** As {@link #read(Project, List)}, before the project is opened (a team project is never one of the files). */
    public Incoming read(Location project, List<Path> others) throws MergeException {
        return read(project.file(), project.shortName(), others);
    }

    /**
     * Reads the files to merge, read-only, before the project is touched.
     *
     * @param project the project file they will be merged into (a file cannot be merged into itself)
     * @throws MergeException naming the file and the reason when one cannot be read
     */
    public Incoming read(Path project, List<Path> others) throws MergeException {
        return read(Optional.of(project), String.valueOf(project.getFileName()), others);
    }

    private Incoming read(Optional<Path> project, String projectName, List<Path> others) throws MergeException {
        if (others.isEmpty()) {
            throw new MergeException(UserMessage.of("err.merge.none", "Name at least one project file to merge."));
        }
        List<Snapshot> out = new ArrayList<>();
        for (Path other : others) {
            String name = String.valueOf(other.getFileName());
            if (project.isPresent() && isSameFile(project.get(), other)) {
                throw new MergeException(UserMessage.of("err.merge.itself", "{0}: this is the project itself; "
                        + "choose a coder''s copy to merge. Nothing was merged.", name));
            }
            try (Project file = ProjectStores.openReadOnly(other)) {
                out.add(file.read(tx -> snapshot(name, tx)));
            } catch (StoreException e) {
                throw new MergeException(UserMessage.of("err.merge.unreadable", "{0} Nothing was merged; {1} is "
                        + "unchanged.", e.userMessage(), projectName), e);
            }
        }
        return new Incoming(out);
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static Snapshot snapshot(String file, UnitOfWork tx) throws StoreException {
        List<DocumentData> docs = new ArrayList<>();
        for (Document d : tx.documents().list()) {
            docs.add(new DocumentData(d, tx.documents().text(d.id()), tx.documents().units(d.id()),
                    tx.documents().attributes(d.id()), tx.documents().memo(d.id())));
        }
        return new Snapshot(file, tx.project().memo(), docs, tx.codes().list(), tx.codes().memos(),
                tx.coders().list(), tx.codings().all(), tx.codings().memos());
    }

    /** Merges files already read into the project, all of them in one transaction. */
    public MergeReport merge(Project project, Incoming incoming) throws StoreException {
        List<Source> sources = project.write(tx -> {
            List<Source> out = new ArrayList<>();
            for (Snapshot s : incoming.snapshots) {
                out.add(new Merger(tx, s).run());
            }
            return out;
        });
        return new MergeReport(project.displayName(), sources);
    }

    /**
     * Two memos made one without losing text: null when {@code ours} stays as it is; otherwise the new memo.
     * When both hold different text, the file's follows below a separator line that names the file.
     */
    static String combineMemos(String ours, String theirs, String file) {
        if (theirs == null || theirs.isBlank()) {
            return null;
        }
        if (ours == null || ours.isBlank()) {
            return theirs;
        }
        if (ours.contains(theirs.strip())) {
            return null;
        }
        if (theirs.contains(ours.strip())) {
            return theirs;
        }
        return ours.stripTrailing() + separator(file) + theirs.strip();
    }

    /** The line that separates the project's memo text from a merged file's. */
    static String separator(String file) {
        return "\n\n――― " + file + " ―――\n";
    }

    /** Merges one file's snapshot inside the transaction. */
    private static final class Merger {
        private final UnitOfWork tx;
        private final Snapshot s;
        private final Map<Long, Long> documents = new HashMap<>();
        private final Map<Long, Long> codes = new HashMap<>();
        private final Map<Long, Long> coders = new HashMap<>();
        private final List<String> documentsAdded = new ArrayList<>();
        private final List<String> codesAdded = new ArrayList<>();
        private final List<String> codersAdded = new ArrayList<>();
        private final List<Conflict> conflicts = new ArrayList<>();
        private int documentsMatched;
        private int codesMatched;
        private int codingsAdded;
        private int codingsPresent;
        private int memosMerged;
        private int detailsFilled;

        Merger(UnitOfWork tx, Snapshot s) {
            this.tx = tx;
            this.s = s;
        }

        Source run() throws StoreException {
            mergeProjectMemo();
            for (DocumentData d : s.documents()) {
                mergeDocument(d);
            }
            mergeCodes();
            for (Coder c : s.coders()) {
                if (tx.coders().byName(c.name()).isEmpty()) {
                    codersAdded.add(c.name().strip());
                }
                coders.put(c.id(), tx.coders().getOrCreate(c.name()).id());
            }
            mergeCodings();
            conflicts.sort(java.util.Comparator.comparing(Conflict::kind)); // codes first, memos last
            return new Source(s.file(), documentsAdded, documentsMatched, codesAdded, codesMatched, codersAdded,
                    codingsAdded, codingsPresent, memosMerged, detailsFilled, conflicts);
        }

        private void mergeProjectMemo() throws StoreException {
            String merged = memo(tx.project().memo(), s.memo(), "project", "project");
            if (merged != null) {
                tx.project().setMemo(merged);
            }
        }

        /** The merged memo, or null when ours stays; counts and reports. */
        private String memo(String ours, String theirs, String field, String subject) {
            String merged = combineMemos(ours, theirs, s.file());
            if (merged == null) {
                return null;
            }
            memosMerged++;
            if (ours != null && !ours.isBlank() && !merged.equals(theirs)) {
                conflicts.add(new Conflict(Kind.MEMO_KEPT_BOTH, subject, field, ours, theirs));
            }
            return merged;
        }

        // ---- documents ----------------------------------------------------------------------------------------

        private void mergeDocument(DocumentData d) throws StoreException {
            Document theirs = d.document();
            Document ours = tx.documents().byHash(Texts.contentHash(d.text())).orElse(null);
            if (ours == null) {
                String name = theirs.name();
                for (int n = 2; tx.documents().nameExists(name); n++) {
                    name = theirs.name() + " (" + n + ")";
                }
                if (!name.equals(theirs.name())) {
                    conflicts.add(new Conflict(Kind.DOCUMENT_SAME_NAME, theirs.name(), null, null, name));
                }
                Document added = tx.documents().insert(new NewDocument(name, theirs.county(), theirs.kind(),
                        theirs.round(), theirs.dialogueDate(), theirs.sourceFile(), d.text(), d.units()));
                for (Map.Entry<String, String> a : d.attributes().entrySet()) {
                    tx.documents().setAttribute(added.id(), a.getKey(), a.getValue());
                }
                if (d.memo() != null && !d.memo().isBlank()) {
                    tx.documents().setMemo(added.id(), d.memo());
                }
                documents.put(theirs.id(), added.id());
                documentsAdded.add(name);
                return;
            }
            documentsMatched++;
            documents.put(theirs.id(), ours.id());
            long id = ours.id();
            if (ours.county() == null && theirs.county() != null) {
                tx.documents().setCounty(id, theirs.county());
                detailsFilled++;
            } else if (theirs.county() != null && ours.county() != theirs.county()) {
                fact(ours, "county", countyName(ours.county()), countyName(theirs.county()));
            }
            if (ours.kind() != theirs.kind()) {
                fact(ours, "kind", ours.kind().id(), theirs.kind().id());
            }
            if (ours.round() == null && theirs.round() != null) {
                tx.documents().setRound(id, theirs.round());
                detailsFilled++;
            } else if (theirs.round() != null && !theirs.round().equals(ours.round())) {
                fact(ours, "round", ours.round(), theirs.round());
            }
            if (ours.dialogueDate() == null && theirs.dialogueDate() != null) {
                tx.documents().setDialogueDate(id, theirs.dialogueDate());
                detailsFilled++;
            } else if (theirs.dialogueDate() != null && !theirs.dialogueDate().equals(ours.dialogueDate())) {
                fact(ours, "date", ours.dialogueDate(), theirs.dialogueDate());
            }
            Map<String, String> ourAttributes = tx.documents().attributes(id);
            for (Map.Entry<String, String> a : d.attributes().entrySet()) {
                String mine = ourAttributes.get(a.getKey());
                if (mine == null) {
                    tx.documents().setAttribute(id, a.getKey(), a.getValue());
                    detailsFilled++;
                } else if (!mine.equals(a.getValue())) {
                    conflicts.add(new Conflict(Kind.DOCUMENT_ATTRIBUTE, ours.name(), a.getKey(), mine,
                            a.getValue()));
                }
            }
            String merged = memo(tx.documents().memo(id), d.memo(), "document", ours.name());
            if (merged != null) {
                tx.documents().setMemo(id, merged);
            }
        }

        private void fact(Document ours, String field, String mine, String theirs) {
            conflicts.add(new Conflict(Kind.DOCUMENT_FACT, ours.name(), field, mine, theirs));
        }

        private static String countyName(County c) {
            return c == null ? null : c.officialName();
        }

        // ---- codes --------------------------------------------------------------------------------------------

        private void mergeCodes() throws StoreException {
            Map<String, Code> byUid = new HashMap<>();
            Map<Long, Code> ourById = new HashMap<>();
            for (Code c : tx.codes().list()) {
                byUid.put(c.uid(), c);
                ourById.put(c.id(), c);
            }
            Map<Long, String> ourPaths = new HashMap<>(tx.codes().paths());
            Map<String, Long> byPath = new HashMap<>();
            ourPaths.forEach((id, path) -> byPath.putIfAbsent(path, id));
            Map<Long, String> theirPaths = paths(s.codes());
            for (Code t : treeOrder(s.codes())) {
                Long parent = t.parentId() == null ? null : codes.get(t.parentId());
                String wantedPath = se.dialogcoder.model.CodePath.child(parent == null ? "" : ourPaths.get(parent), t.name());
                Code match = byUid.get(t.uid());
                boolean sameUid = match != null;
                if (match == null && byPath.containsKey(wantedPath)) {
                    match = ourById.get(byPath.get(wantedPath));
                }
                if (match == null) {
                    Code added = tx.codes().insert(t.uid(), parent, t.name(), t.nameEn(), t.description(),
                            t.descriptionEn(), t.color(), tx.codes().nextSortOrder(parent));
                    String memo = s.codeMemos().get(t.id());
                    if (memo != null && !memo.isBlank()) {
                        tx.codes().setMemo(added.id(), memo);
                    }
                    codes.put(t.id(), added.id());
                    byUid.put(added.uid(), added);
                    ourById.put(added.id(), added);
                    ourPaths.put(added.id(), wantedPath);
                    byPath.putIfAbsent(wantedPath, added.id());
                    codesAdded.add(wantedPath);
                    continue;
                }
                codesMatched++;
                codes.put(t.id(), match.id());
                String subject = ourPaths.get(match.id());
                if (sameUid && !t.name().equals(match.name())) {
                    conflicts.add(new Conflict(Kind.CODE_NAME, subject, "name", match.name(), t.name()));
                }
                if (t.nameEn() != null && match.nameEn() != null && !t.nameEn().equals(match.nameEn())) {
                    conflicts.add(new Conflict(Kind.CODE_NAME, subject, "nameEn", match.nameEn(), t.nameEn()));
                }
                if (!t.color().equalsIgnoreCase(match.color())) {
                    conflicts.add(new Conflict(Kind.CODE_COLOUR, subject, null, match.color(), t.color()));
                }
                if (sameUid && !Objects.equals(parent, match.parentId())) {
                    String theirParent = t.parentId() == null ? null : theirPaths.get(t.parentId());
                    String ourParent = match.parentId() == null ? null : ourPaths.get(match.parentId());
                    conflicts.add(new Conflict(Kind.CODE_PARENT, subject, null, ourParent, theirParent));
                }
                Code filled = match;
                if (match.nameEn() == null && t.nameEn() != null) {
                    filled = withTexts(filled, t.nameEn(), filled.description(), filled.descriptionEn());
                }
                filled = fillDescription(filled, t, subject, false);
                filled = fillDescription(filled, t, subject, true);
                if (!filled.equals(match)) {
                    tx.codes().update(filled);
                    ourById.put(filled.id(), filled);
                    detailsFilled++;
                }
                String memo = memo(tx.codes().memo(match.id()), s.codeMemos().get(t.id()), "code", subject);
                if (memo != null) {
                    tx.codes().setMemo(match.id(), memo);
                }
            }
        }

        private Code fillDescription(Code ours, Code theirs, String subject, boolean english) {
            String mine = english ? ours.descriptionEn() : ours.description();
            String other = english ? theirs.descriptionEn() : theirs.description();
            if (other == null || other.isBlank() || other.equals(mine)) {
                return ours;
            }
            if (mine == null || mine.isBlank()) {
                return english ? withTexts(ours, ours.nameEn(), ours.description(), other)
                        : withTexts(ours, ours.nameEn(), other, ours.descriptionEn());
            }
            conflicts.add(new Conflict(Kind.CODE_DESCRIPTION, subject, english ? "descriptionEn" : "description",
                    mine, other));
            return ours;
        }

        private static Code withTexts(Code c, String nameEn, String description, String descriptionEn) {
            return new Code(c.id(), c.uid(), c.parentId(), c.name(), nameEn, description, descriptionEn, c.color(),
                    c.sortOrder());
        }

        // ---- codings ------------------------------------------------------------------------------------------

        private record Key(long document, long code, long coder, int start, int end) {
        }

        private void mergeCodings() throws StoreException {
            Map<Key, Long> present = new HashMap<>();
            for (Coding c : tx.codings().all()) {
                present.putIfAbsent(new Key(c.documentId(), c.codeId(), c.coderId(), c.start(), c.end()), c.id());
            }
            for (Coding t : s.codings()) {
                Long doc = documents.get(t.documentId());
                Long code = codes.get(t.codeId());
                Long coder = coders.get(t.coderId());
                if (doc == null || code == null || coder == null) {
                    throw new StoreException(UserMessage.of("err.detail", "{0}", s.file() + ": coding " + t.id()
                            + " refers to a document, code or coder that is not in the file"));
                }
                Key key = new Key(doc, code, coder, t.start(), t.end());
                String theirMemo = s.codingMemos().get(t.id());
                Long existing = present.get(key);
                if (existing != null) {
                    codingsPresent++;
                    if (theirMemo != null) {
                        String merged = memo(tx.codings().memo(existing), theirMemo, "coding",
                                codingSubject(t, doc, code));
                        if (merged != null) {
                            tx.codings().setMemo(existing, merged);
                        }
                    }
                    continue;
                }
                Coding added = tx.codings().insertCopy(doc, code, coder, t.start(), t.end(), t.createdAt(),
                        theirMemo == null || theirMemo.isBlank() ? null : theirMemo);
                present.put(key, added.id());
                codingsAdded++;
            }
        }

        private String codingSubject(Coding t, long doc, long code) throws StoreException {
            String docName = tx.documents().byId(doc).map(Document::name).orElse("?");
            String path = tx.codes().paths().getOrDefault(code, "?");
            return docName + " " + t.start() + "–" + t.end() + " (" + path + ")";
        }
    }

    /** Codes ordered so that every parent comes before its children (siblings in their order). */
    static List<Code> treeOrder(List<Code> all) {
        Map<Long, List<Code>> children = new LinkedHashMap<>();
        Set<Long> ids = new HashSet<>();
        for (Code c : all) {
            ids.add(c.id());
        }
        List<Code> roots = new ArrayList<>();
        for (Code c : all) {
            if (c.parentId() == null || !ids.contains(c.parentId())) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        java.util.Comparator<Code> order = java.util.Comparator.comparingInt(Code::sortOrder)
                .thenComparing(Code::name);
        roots.sort(order);
        children.values().forEach(l -> l.sort(order));
        List<Code> out = new ArrayList<>();
        Deque<Code> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        Set<Long> seen = new HashSet<>();
        while (!stack.isEmpty()) {
            Code c = stack.pop();
            if (!seen.add(c.id())) {
                continue;
            }
            out.add(c);
            List<Code> kids = children.getOrDefault(c.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return out;
    }

    /** The path of every code ("Suicidprevention / Efterlevandestöd"). */
    private static Map<Long, String> paths(List<Code> all) {
        Map<Long, Code> byId = new HashMap<>();
        for (Code c : all) {
            byId.put(c.id(), c);
        }
        Map<Long, String> out = new HashMap<>();
        for (Code c : all) {
            out.put(c.id(), se.dialogcoder.model.CodePath.of(c, byId));
        }
        return out;
    }
}
