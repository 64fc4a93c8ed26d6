package se.dialogcoder.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import se.dialogcoder.exchange.ImportedProject.ImportedDocument;
import se.dialogcoder.model.CodebookEntry;
import se.dialogcoder.model.Texts;
import se.dialogcoder.model.UserMessage;

/**
 * Reads the {@code Project} element of a {@code .qde} into an {@link ImportedProject}. Tolerant of what real
 * exporters write: elements are matched by local name whatever their namespace, missing users and colours get
 * defaults, memo-only selections are kept in the document memo, file variables written as nameless cases (MAXQDA)
 * are read as document attributes, and notes linked to selections (NVivo) become memos. What cannot be taken over
 * is listed in the report.
 */
final class QdeReader {
    static final String UNKNOWN_CODER = "Unknown coder";

    /** Where the texts of sources and notes come from (the archive). */
    interface SourceFiles {
        /** The decoded text at a REFI-QDA path, or null (the reason is reported for {@code item}). */
        String text(String path, UserMessage item);
    }

    /** What the source reader needs from the project. */
    record Context(Map<String, String> users, String projectUser, Set<String> codeGuids,
                   Map<String, String> variables, QdeNotes notes, SourceFiles files, ImportReport report) {

        /** The coder's name for the first known user GUID; a default coder when none is given. */
        String coder(UserMessage item, String... guids) {
            for (String g : guids) {
                if (g != null) {
                    return userName(g);
                }
            }
            if (projectUser != null) {
                return userName(projectUser);
            }
            report.note(item, UserMessage.of("refi.note.noUser", "codings without a user were given the coder \"{0}\"",
                    UNKNOWN_CODER));
            return UNKNOWN_CODER;
        }

        private String userName(String guid) {
            String name = users.get(guid);
            if (name != null) {
                return name;
            }
            String made = "User " + SourceReader.shortGuid(guid);
            report.note(UserMessage.of("refi.item.user", "User {0}", guid), UserMessage.of("refi.note.unlistedUser",
                    "not listed under Users; its codings were given the coder \"{0}\"", made));
            return made;
        }

        /** The variable name and value of a VariableValue element, or null (reported). */
        String[] variableValue(Element vv, UserMessage item) {
            Element ref = Dom.child(vv, "VariableRef");
            String guid = ref == null ? null : Dom.guid(ref, "targetGUID");
            String value = null;
            for (Element e : Dom.children(vv)) {
                if (!Dom.name(e).equals("VariableRef") && Dom.name(e).endsWith("Value")) {
                    value = e.getTextContent();
                }
            }
            if (value == null || value.isBlank()) {
                return null; // no value: nothing to keep
            }
            String name = guid == null ? null : variables.get(guid);
            if (name == null) {
                report.notImported(item, UserMessage.of("refi.reason.undeclaredVariable",
                        "a value (\"{0}\") of a variable that is not declared", value.strip()));
                return null;
            }
            return new String[] {name, value.strip()};
        }
    }

    private final SourceFiles files;
    private final ImportReport report;
    private final OffsetChoice offsets;
    private String origin;

    QdeReader(SourceFiles files, ImportReport report) {
        this(files, report, OffsetChoice.AUTO);
    }

    /** @param offsets how the positions are counted, as the user chose (see {@link OffsetCheck}) */
    QdeReader(SourceFiles files, ImportReport report, OffsetChoice offsets) {
        this.files = files;
        this.report = report;
        this.offsets = offsets;
    }

    ImportedProject read(Element root, String defaultName) {
        String given = Texts.oneLine(Dom.attr(root, "name"));
        String name = given == null || given.isEmpty() ? defaultName : given;
        origin = Dom.attr(root, "origin");
        Map<String, String> users = new HashMap<>();
        for (Element u : Dom.children(Dom.child(root, "Users"), "User")) {
            String guid = Dom.guid(u, "guid");
            if (guid != null) {
                String userName = Texts.oneLine(Dom.attr(u, "name"));
                users.put(guid, userName == null || userName.isEmpty() ? "User " + SourceReader.shortGuid(guid)
                        : userName);
            }
        }
        QdeNotes notes = new QdeNotes(root, files, report);
        Map<String, String> variables = new LinkedHashMap<>();
        for (Element v : Dom.children(Dom.child(root, "Variables"), "Variable")) {
            String guid = Dom.guid(v, "guid");
            String varName = Dom.attr(v, "name");
            if (guid != null && varName != null) {
                variables.put(guid, varName.strip());
            }
        }
        Map<String, List<String>> codeNoteRefs = new HashMap<>();
        Element codeBook = Dom.child(root, "CodeBook");
        Element codesElement = Dom.child(codeBook, "Codes");
        List<CodebookEntry> codes = codesElement == null ? List.of() : RefiCodes.read(codesElement, report,
                codeNoteRefs);
        Set<String> codeGuids = new HashSet<>();
        Map<String, String> codeMemos = new HashMap<>();
        collect(codes, codeGuids);
        for (String guid : codeGuids) {
            List<String> refs = new ArrayList<>(codeNoteRefs.getOrDefault(guid, List.of()));
            String memo = notes.memo(refs);
            String linked = notes.memo(null, guid);
            String all = QdeNotes.join(memo, linked);
            if (all != null) {
                codeMemos.put(guid, all);
            }
        }
        Context ctx = new Context(users, Dom.guid(root, "creatingUserGUID"), codeGuids, variables, notes, files,
                report);
        Map<String, SourceReader.CaseInfo> cases = new CaseReader(ctx).read(Dom.child(root, "Cases"));
        Map<String, Integer> sourceIndex = new HashMap<>();
        List<ImportedDocument> documents = readSources(Dom.child(root, "Sources"), ctx, cases, sourceIndex);
        List<ImportedProject.ImportedSet> sets = RefiSets.read(Dom.child(root, "Sets"), sourceIndex, codeGuids, report);
        reportUnsupported(root);
        String projectNotes = notes.memo(root, null);
        List<String> unused = notes.unused();
        if (!unused.isEmpty()) {
            report.note(UserMessage.of("refi.item.looseNotes", "{0} note(s) not attached to anything", unused.size()),
                    UserMessage.of("refi.note.keptInProjectMemo", "kept in the project memo"));
        }
        String memo = QdeNotes.join(Dom.childText(root, "Description"), projectNotes,
                unused.isEmpty() ? null : String.join("\n\n", unused));
        boolean statesDates = variables.values().stream().anyMatch(RefiVariables.DATE::equalsIgnoreCase);
        boolean statesKinds = variables.values().stream().anyMatch(RefiVariables.KIND::equalsIgnoreCase);
        boolean statesCounties = variables.values().stream().anyMatch(RefiVariables.COUNTY::equalsIgnoreCase);
        return new ImportedProject(name, Dom.attr(root, "origin"), memo, codes, codeMemos, documents, statesDates,
                statesKinds, statesCounties, report, sets);
    }

    private static void collect(List<CodebookEntry> codes, Set<String> guids) {
        for (CodebookEntry c : codes) {
            guids.add(c.id());
            collect(c.children(), guids);
        }
    }

    /** @param sourceIndex receives, for each source read as a document, its GUID → position in the result */
    private List<ImportedDocument> readSources(Element sources, Context ctx, Map<String, SourceReader.CaseInfo> cases,
                                               Map<String, Integer> sourceIndex) {
        List<ImportedDocument> out = new ArrayList<>();
        SourceReader reader = new SourceReader(ctx, origin, offsets);
        for (Element s : Dom.children(sources, null)) {
            String kind = Dom.name(s);
            String name = Dom.attr(s, "name") == null ? SourceReader.shortGuid(Dom.guid(s, "guid")) : Dom.attr(s, "name");
            SourceReader.CaseInfo info = cases.get(Dom.guid(s, "guid"));
            int before = out.size();
            switch (kind) {
                case "TextSource" -> add(out, reader.read(s, s, info));
                case "PDFSource" -> {
                    Element representation = Dom.child(s, "Representation");
                    int areas = Dom.children(s, "PDFSelection").size();
                    if (areas > 0) {
                        report.notImported(UserMessage.of("refi.item.pdfSource", "PDF source \"{0}\"", name),
                                UserMessage.of("refi.reason.pdfAreas",
                                        "{0} selection(s) of page areas are not supported", areas));
                    }
                    if (representation == null) {
                        report.notImported(UserMessage.of("refi.item.pdfSource", "PDF source \"{0}\"", name),
                                UserMessage.of("refi.reason.pdfNoText",
                                        "it has no plain-text representation, so it cannot be imported as text"));
                    } else {
                        add(out, reader.read(s, representation, info));
                    }
                }
                case "PictureSource", "AudioSource", "VideoSource" -> {
                    int selections = 0;
                    for (Element child : Dom.children(s)) {
                        if (Dom.name(child).endsWith("Selection")) {
                            selections++;
                        }
                    }
                    String media = kind.replace("Source", "").toLowerCase(java.util.Locale.ROOT);
                    UserMessage item = switch (media) {
                        case "picture" -> UserMessage.of("refi.item.pictureSource", "Picture source \"{0}\"", name);
                        case "audio" -> UserMessage.of("refi.item.audioSource", "Audio source \"{0}\"", name);
                        default -> UserMessage.of("refi.item.videoSource", "Video source \"{0}\"", name);
                    };
                    UserMessage what = switch (media) {
                        case "picture" -> UserMessage.of("refi.media.picture", "picture");
                        case "audio" -> UserMessage.of("refi.media.audio", "audio");
                        default -> UserMessage.of("refi.media.video", "video");
                    };
                    report.notImported(item, Dom.children(s, "Transcript").isEmpty()
                            ? UserMessage.of("refi.reason.media",
                                    "{0} sources are not supported ({1} selection(s) not imported)", what, selections)
                            : UserMessage.of("refi.reason.mediaTranscripts", "{0} sources are not supported ({1} "
                                    + "selection(s), transcripts not imported)", what, selections));
                }
                default -> report.notImported(UserMessage.of("refi.item.sourceElement", "Source element <{0}>", kind),
                        UserMessage.of("refi.reason.unknownSourceKind", "not a kind of source DialogCoder knows"));
            }
            if (out.size() > before && Dom.guid(s, "guid") != null) {
                sourceIndex.put(Dom.guid(s, "guid"), before);
            }
        }
        return out;
    }

    private static void add(List<ImportedDocument> out, ImportedDocument d) {
        if (d != null) {
            out.add(d);
        }
    }

    private void reportUnsupported(Element root) {
        for (Element graph : Dom.children(Dom.child(root, "Graphs"), "Graph")) {
            report.notImported(UserMessage.of("refi.item.graph", "Graph \"{0}\"", Dom.attr(graph, "name")),
                    UserMessage.of("refi.reason.graphs", "graphs are not supported"));
        }
    }
}
