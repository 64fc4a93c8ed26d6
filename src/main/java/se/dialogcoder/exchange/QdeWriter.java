package se.dialogcoder.exchange;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamException;
import se.dialogcoder.exchange.ProjectExport.CodingExport;
import se.dialogcoder.exchange.ProjectExport.DocumentExport;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;

/**
 * Writes {@code project.qde} (namespace {@value #NAMESPACE}), valid against REFI-QDA's Project.xsd: coders as
 * Users, the codebook, variables, counties as Cases (and as the variable "Län" of each source), documents as
 * TextSources whose text is a file in the archive,
 * codings as PlainTextSelections with one Coding each, memos as Notes. Elements and GUIDs come in a fixed order
 * derived from the project, so the same project always gives the same bytes.
 */
final class QdeWriter {
    static final String NAMESPACE = "urn:QDA-XML:project:1.0";

    private final ProjectExport p;
    private final Map<Long, String> coderGuids = new HashMap<>();
    private final Map<Long, String> codeGuids = new HashMap<>();
    private final Map<String, String> variableGuids = new LinkedHashMap<>();
    private final Map<String, String> attributeVariable = new HashMap<>();
    private final List<String[]> notes = new ArrayList<>();
    private final OffsetUnit unit;

    QdeWriter(ProjectExport project) {
        this(project, OffsetUnit.CODE_POINTS);
    }

    /** @param unit how the codings' positions in {@code project} are counted (for the selections' names) */
    QdeWriter(ProjectExport project, OffsetUnit unit) {
        this.p = project;
        this.unit = unit;
        for (Coder c : p.coders()) {
            coderGuids.put(c.id(), guid("coder", c.id()));
        }
        for (Code c : p.codes()) {
            codeGuids.put(c.id(), RefiCodes.guidOf(c.uid()));
        }
        declareVariables();
    }

    /** The GUID of a document's source; its text goes to {@code sources/<guid>.txt}. */
    String sourceGuid(Document d) {
        return guid("document", d.id());
    }

    private String guid(Object... parts) {
        Object[] all = new Object[parts.length + 1];
        all[0] = p.uuid();
        System.arraycopy(parts, 0, all, 1, parts.length);
        return Guids.named(all);
    }

    private void declareVariables() {
        boolean anyCounty = false;
        boolean anyRound = false;
        boolean anyDate = false;
        boolean anySource = false;
        TreeSet<String> free = new TreeSet<>();
        for (DocumentExport d : p.documents()) {
            Document doc = d.document();
            anyCounty |= doc.county() != null;
            anyRound |= doc.round() != null;
            anyDate |= doc.dialogueDate() != null;
            anySource |= doc.sourceFile() != null;
            free.addAll(d.attributes().keySet());
        }
        if (anyCounty) {
            variableGuids.put(RefiVariables.COUNTY, guid("variable", RefiVariables.COUNTY));
        }
        if (anyRound) {
            variableGuids.put(RefiVariables.ROUND, guid("variable", RefiVariables.ROUND));
        }
        if (anyDate) {
            variableGuids.put(RefiVariables.DATE, guid("variable", RefiVariables.DATE));
        }
        if (!p.documents().isEmpty()) {
            variableGuids.put(RefiVariables.KIND, guid("variable", RefiVariables.KIND));
        }
        if (anySource) {
            variableGuids.put(RefiVariables.SOURCE_FILE, guid("variable", RefiVariables.SOURCE_FILE));
        }
        for (String name : free) {
            String exported = RefiVariables.isBuiltIn(name) || RefiVariables.CASE.equalsIgnoreCase(name)
                    ? name + " (attribut)" : name;
            attributeVariable.put(name, exported);
            variableGuids.put(exported, guid("variable", exported));
        }
    }

    void write(OutputStream out) throws XMLStreamException {
        XmlOut x = new XmlOut(out, NAMESPACE);
        x.open("Project").attr("name", p.name()).attr("origin", p.origin())
                .attr("creationDateTime", dateTime(p.createdAt()));
        writeUsers(x);
        writeCodeBook(x);
        writeVariables(x);
        writeCases(x);
        writeSources(x);
        String projectNote = p.memo() == null ? null : note("project", "Projektmemo: " + p.name(), p.memo(), null);
        writeNotes(x);
        writeSets(x);
        if (projectNote != null) {
            x.open("NoteRef").attr("targetGUID", projectNote).close();
        }
        x.finish();
    }

    private void writeUsers(XmlOut x) throws XMLStreamException {
        if (p.coders().isEmpty()) {
            return;
        }
        x.open("Users");
        for (Coder c : p.coders()) {
            x.open("User").attr("guid", coderGuids.get(c.id())).attr("name", c.name()).close();
        }
        x.close();
    }

    private void writeCodeBook(XmlOut x) throws XMLStreamException {
        if (p.codes().isEmpty()) {
            return;
        }
        Map<Long, List<Code>> children = new LinkedHashMap<>();
        for (Code c : p.codes()) {
            children.computeIfAbsent(c.parentId() == null ? -1L : c.parentId(), k -> new ArrayList<>()).add(c);
        }
        x.open("CodeBook");
        RefiCodes.write(x, nodes(children, -1L, 0), true);
        x.close();
    }

    private List<RefiCodes.CodeNode> nodes(Map<Long, List<Code>> children, long parent, int depth) {
        List<RefiCodes.CodeNode> out = new ArrayList<>();
        if (depth > 100) {
            return out;
        }
        for (Code c : children.getOrDefault(parent, List.of())) {
            String memo = p.codeMemos().get(c.id());
            String noteGuid = memo == null ? null : note(List.of("code", c.id()), "Memo: " + c.name(), memo, null);
            out.add(new RefiCodes.CodeNode(codeGuids.get(c.id()), c.name(), c.color(),
                    RefiCodes.description(c.description(), c.nameEn(), c.descriptionEn()), noteGuid,
                    nodes(children, c.id(), depth + 1)));
        }
        return out;
    }

    private void writeVariables(XmlOut x) throws XMLStreamException {
        if (variableGuids.isEmpty()) {
            return;
        }
        Map<String, String> descriptions = new HashMap<>();
        for (String[] v : RefiVariables.BUILT_IN) {
            descriptions.put(v[0], v[1]);
        }
        x.open("Variables");
        for (Map.Entry<String, String> v : variableGuids.entrySet()) {
            x.open("Variable").attr("guid", v.getValue()).attr("name", v.getKey()).attr("typeOfVariable", "Text");
            x.textElement("Description", descriptions.getOrDefault(v.getKey(), "A document attribute."));
            x.close();
        }
        x.close();
    }

    private void writeCases(XmlOut x) throws XMLStreamException {
        Map<County, List<Document>> byCounty = new EnumMap<>(County.class);
        for (DocumentExport d : p.documents()) {
            if (d.document().county() != null) {
                byCounty.computeIfAbsent(d.document().county(), k -> new ArrayList<>()).add(d.document());
            }
        }
        if (byCounty.isEmpty()) {
            return;
        }
        x.open("Cases");
        for (Map.Entry<County, List<Document>> e : byCounty.entrySet()) {
            County county = e.getKey();
            x.open("Case").attr("guid", guid("county", county.code())).attr("name", county.officialName());
            x.textElement("Description", "Län " + county.code() + " (" + county.iso() + ")");
            variableValue(x, RefiVariables.COUNTY, county.officialName());
            for (Document d : e.getValue()) {
                x.open("SourceRef").attr("targetGUID", sourceGuid(d)).close();
            }
            x.close();
        }
        x.close();
    }

    private void writeSources(XmlOut x) throws XMLStreamException {
        if (p.documents().isEmpty()) {
            return;
        }
        x.open("Sources");
        for (DocumentExport d : p.documents()) {
            Document doc = d.document();
            String guid = sourceGuid(doc);
            x.open("TextSource").attr("guid", guid).attr("name", doc.name())
                    .attr("plainTextPath", "internal://" + guid + ".txt")
                    .attr("creationDateTime", dateTime(doc.importedAt()));
            for (CodingExport c : d.codings()) {
                writeSelection(x, c, d.text());
            }
            if (d.memo() != null) {
                x.open("NoteRef").attr("targetGUID",
                        note(List.of("document", doc.id()), "Memo: " + doc.name(), d.memo(), null)).close();
            }
            // the county on the source too: QualCoder reads a source's attributes only from its own values
            variableValue(x, RefiVariables.COUNTY, doc.county() == null ? null : doc.county().officialName());
            variableValue(x, RefiVariables.ROUND, doc.round());
            variableValue(x, RefiVariables.DATE, doc.dialogueDate());
            variableValue(x, RefiVariables.KIND, doc.kind().id());
            variableValue(x, RefiVariables.SOURCE_FILE, doc.sourceFile());
            for (Map.Entry<String, String> a : new java.util.TreeMap<>(d.attributes()).entrySet()) {
                variableValue(x, attributeVariable.get(a.getKey()), a.getValue());
            }
            x.close();
        }
        x.close();
    }

    /** The number of characters of a passage that name its selection, as other programs name theirs. */
    static final int NAME_LENGTH = 40;

    /**
     * The start of the coded passage, whitespace collapsed, "…" when cut: NVivo, MAXQDA and QualCoder name
     * selections so, and an import checks the positions against it.
     */
    private String selectionName(se.dialogcoder.model.Coding c, String text) {
        int from = unit == OffsetUnit.UTF16 ? c.start() : text.offsetByCodePoints(0, c.start());
        int to = unit == OffsetUnit.UTF16 ? c.end() : text.offsetByCodePoints(from, c.end() - c.start());
        String quote = text.substring(from, to).replaceAll("\\s+", " ").stripTrailing();
        if (quote.codePointCount(0, quote.length()) <= NAME_LENGTH) {
            return quote;
        }
        return quote.substring(0, quote.offsetByCodePoints(0, NAME_LENGTH)).stripTrailing() + "…";
    }

    private void writeSelection(XmlOut x, CodingExport ce, String text) throws XMLStreamException {
        var c = ce.coding();
        String user = coderGuids.get(c.coderId());
        String created = dateTime(c.createdAt());
        x.open("PlainTextSelection").attr("guid", guid("selection", c.id())).attr("name", selectionName(c, text))
                .attr("startPosition", c.start()).attr("endPosition", c.end())
                .attr("creatingUser", user).attr("creationDateTime", created);
        x.open("Coding").attr("guid", guid("coding", c.id())).attr("creatingUser", user)
                .attr("creationDateTime", created);
        x.open("CodeRef").attr("targetGUID", codeGuids.get(c.codeId())).close();
        if (ce.memo() != null) {
            x.open("NoteRef").attr("targetGUID", note(List.of("coding", c.id()), "Memo", ce.memo(), user)).close();
        }
        x.close();
        x.close();
    }

    private void variableValue(XmlOut x, String variable, String value) throws XMLStreamException {
        if (value == null || variable == null) {
            return;
        }
        x.open("VariableValue");
        x.open("VariableRef").attr("targetGUID", variableGuids.get(variable)).close();
        x.textElement("TextValue", value);
        x.close();
    }

    /** Registers a note (written later under Notes) and returns its GUID. */
    private String note(Object key, String name, String text, String user) {
        String guid = guid("note", key);
        notes.add(new String[] {guid, name, text, user});
        return guid;
    }

    private void writeNotes(XmlOut x) throws XMLStreamException {
        if (notes.isEmpty()) {
            return;
        }
        x.open("Notes");
        for (String[] n : notes) {
            x.open("Note").attr("guid", n[0]).attr("name", n[1]).attr("creatingUser", n[3]);
            x.textElement("PlainTextContent", n[2]);
            x.close();
        }
        x.close();
    }

    /** Document sets and code sets as {@code <Sets>} (after Notes and Links, before the project's NoteRef). */
    private void writeSets(XmlOut x) throws XMLStreamException {
        java.util.Set<Long> exported = new java.util.HashSet<>();
        for (DocumentExport d : p.documents()) {
            exported.add(d.document().id());
        }
        List<RefiSets.SetOut> sets = new ArrayList<>();
        for (se.dialogcoder.model.ItemSet s : p.sets()) {
            List<String> codes = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            for (long m : s.members()) {
                if (s.isDocumentSet() && exported.contains(m)) {
                    sources.add(guid("document", m));
                } else if (!s.isDocumentSet() && codeGuids.containsKey(m)) {
                    codes.add(codeGuids.get(m));
                }
            }
            sets.add(new RefiSets.SetOut(guid("set", s.kind().id(), s.id()), s.name(), s.description(), codes,
                    sources));
        }
        RefiSets.write(x, sets);
    }

    /** An ISO instant as xsd:dateTime, or null when the stored value is not one. */
    static String dateTime(String instant) {
        if (instant == null) {
            return null;
        }
        try {
            return Instant.parse(instant).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
