package se.dialogcoder.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;
import se.dialogcoder.exchange.ImportedProject.ImportedCoding;
import se.dialogcoder.exchange.ImportedProject.ImportedDocument;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.Texts;
import se.dialogcoder.model.UserMessage;

/**
 * Reads one text source of a project: its text (brought into stored form), its selections (moved onto the same
 * words of that text), codings, memos and variables.
 */
final class SourceReader {
    private static final int EXCERPT = 60;
    private final QdeReader.Context ctx;
    private final String origin;
    private final OffsetChoice offsets;

    /** @param origin the project's {@code origin} (which program wrote it), or null */
    SourceReader(QdeReader.Context ctx, String origin, OffsetChoice offsets) {
        this.ctx = ctx;
        this.origin = origin;
        this.offsets = offsets;
    }

    /** What the cases of a project say about one source. */
    static final class CaseInfo {
        String county;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<String> caseNames = new ArrayList<>();
    }

    /** A memo on a passage that has no coding of its own (offsets in the new text). */
    private record PassageMemo(int start, int end, String memo) {
    }

    /** The document fields being collected. */
    private static final class Fields {
        String county;
        String round;
        String date;
        DocumentKind kind;
        String sourceFile;
        /** A variable such as "County" or "Region" whose value names a county (used when "Län" is absent). */
        String countyVariable;
        final Map<String, String> attributes = new LinkedHashMap<>();
    }

    /**
     * @param source the TextSource (or PDFSource) element: name, variables, memos, whole-source codings
     * @param textHolder where the text and its selections are: the source itself, or a PDF's Representation
     * @return the document, or null when it cannot be imported (reported)
     */
    ImportedDocument read(Element source, Element textHolder, CaseInfo cases) {
        String guid = Dom.guid(source, "guid");
        String rawName = Dom.attr(source, "name");
        String name = rawName == null || Texts.oneLine(rawName).isEmpty() ? "Source " + shortGuid(guid)
                : Texts.oneLine(rawName);
        UserMessage item = UserMessage.of("refi.item.source", "Source \"{0}\"", name);
        int codingCount = countCodings(source, textHolder);
        String text = text(textHolder, item);
        if (text == null) {
            if (codingCount > 0) {
                ctx.report().notImported(item, UserMessage.of("refi.reason.codingsLost",
                        "its {0} coding(s) are not imported with it", codingCount));
            }
            return null;
        }
        TextRemap remap = TextRemap.of(text);
        if (remap.text().isBlank()) {
            ctx.report().notImported(item, UserMessage.of("refi.reason.emptyText", "its text is empty"));
            return null;
        }
        if (remap.changed()) {
            ctx.report().note(item, UserMessage.of("refi.note.normalised", "line ends, invisible characters or "
                    + "Unicode composition were normalised; selections were moved with the text"));
        }
        Fields f = new Fields();
        if (cases != null) {
            f.county = cases.county;
            cases.attributes.forEach((k, v) -> apply(f, k, v, item));
            if (!cases.caseNames.isEmpty()) {
                f.attributes.put(RefiVariables.CASE, String.join(", ", cases.caseNames));
            }
        }
        String caseCounty = f.county;
        f.county = null;
        for (Element vv : Dom.children(source, "VariableValue")) {
            String[] nv = ctx.variableValue(vv, item);
            if (nv != null) {
                apply(f, nv[0], nv[1], item);
            }
        }
        if (f.county == null && f.countyVariable != null) {
            f.county = f.attributes.remove(f.countyVariable);
        }
        f.county = ownOrCaseCounty(f.county, caseCounty, item);
        String baseName = name;
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : List.of(".txt", ".docx", ".doc", ".rtf", ".odt", ".pdf", ".md")) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                baseName = name.substring(0, name.length() - ext.length()).strip();
                if (f.sourceFile == null) {
                    f.sourceFile = rawName == null ? name : rawName.strip(); // the original name, as it was given
                }
                break;
            }
        }
        List<ImportedCoding> codings = new ArrayList<>();
        List<String> passageMemos = new ArrayList<>();
        String sourceUser = Dom.guid(source, "creatingUser");
        OffsetCheck.Result counting = counting(text, remap, textHolder, item);
        readSelections(textHolder, remap, counting.map(), item, sourceUser, codings, passageMemos);
        readWholeSourceCodings(source, remap, item, sourceUser, codings);
        if (textHolder != source) {
            readWholeSourceCodings(textHolder, remap, item, sourceUser, codings);
        }
        String memo = QdeNotes.join(ctx.notes().memo(source, guid), Dom.childText(source, "Description"),
                textHolder == source ? null : ctx.notes().memo(textHolder, Dom.guid(textHolder, "guid")),
                passageMemos.isEmpty() ? null : String.join("\n\n", passageMemos));
        return new ImportedDocument(baseName, f.sourceFile, remap.text(), f.county, f.round, f.date, f.kind,
                f.attributes, memo, dedupe(codings, item));
    }

    private String text(Element holder, UserMessage item) {
        String inline = Dom.childText(holder, "PlainTextContent");
        if (inline != null) {
            return inline;
        }
        String path = Dom.attr(holder, "plainTextPath");
        if (path == null) {
            path = Dom.attr(holder, "path"); // not in the schema, but written by some programs
        }
        if (path != null) {
            return ctx.files().text(path, item);
        }
        String rich = Dom.attr(holder, "richTextPath");
        ctx.report().notImported(item, rich != null
                ? UserMessage.of("refi.reason.richOnly",
                        "it has only a rich-text version ({0}) and no plain text; export it with plain text", rich)
                : UserMessage.of("refi.reason.noText", "it has no text (neither PlainTextContent nor plainTextPath)"));
        return null;
    }

    /** How the source's positions are counted, in the report; a counting that does not fit is a problem. */
    private OffsetCheck.Result counting(String text, TextRemap remap, Element holder, UserMessage item) {
        List<OffsetCheck.Selection> selections = new ArrayList<>();
        int codings = 0;
        for (Element sel : Dom.children(holder, "PlainTextSelection")) {
            selections.add(new OffsetCheck.Selection(integer(Dom.attr(sel, "startPosition")),
                    integer(Dom.attr(sel, "endPosition")), Dom.attr(sel, "name")));
            codings += Dom.children(sel, "Coding").size();
        }
        OffsetCheck.Result r = OffsetCheck.check(text, remap, selections, origin, offsets, codings);
        if (!r.fits()) {
            ctx.report().offsetProblem(item, r.said(), codings);
        } else if (r.said() != null) {
            ctx.report().note(item, r.said());
        }
        return r;
    }

    private void readSelections(Element holder, TextRemap remap, OffsetMap positions, UserMessage item,
                                String sourceUser, List<ImportedCoding> codings, List<String> passageMemos) {
        int length = positions.length();
        List<PassageMemo> memoOnly = new ArrayList<>();
        for (Element sel : Dom.children(holder, "PlainTextSelection")) {
            String selGuid = Dom.guid(sel, "guid");
            List<Element> selCodings = Dom.children(sel, "Coding");
            String selMemo = QdeNotes.join(ctx.notes().memo(sel, selGuid), Dom.childText(sel, "Description"));
            Integer start = integer(Dom.attr(sel, "startPosition"));
            Integer end = integer(Dom.attr(sel, "endPosition"));
            UserMessage what = selCodings.isEmpty() ? UserMessage.of("refi.what.memo", "a memo on a passage")
                    : UserMessage.of("refi.what.selection", "a selection with {0} coding(s)", selCodings.size());
            if (start == null || end == null || start < 0 || end < start || start >= length) {
                ctx.report().notImported(item, UserMessage.of("refi.reason.outside",
                        "{0} at positions {1}–{2} lies outside its text (0–{3,number,#})", what,
                        Dom.attr(sel, "startPosition"), Dom.attr(sel, "endPosition"), length));
                continue;
            }
            if (end > length) {
                ctx.report().note(item, UserMessage.of("refi.note.cut",
                        "a selection ending after the end of the text (at {0,number,#}) was cut at the end "
                        + "({1,number,#})", end, length));
                end = length;
            }
            int s = remap.start(positions.start(start));
            int e = remap.end(positions.end(end));
            if (e <= s) {
                if (!selCodings.isEmpty() || selMemo != null) {
                    ctx.report().notImported(item, UserMessage.of("refi.reason.invisible",
                            "{0} at {1,number,#}–{2,number,#} covers only line-end or invisible characters", what,
                            start, end));
                }
                continue;
            }
            if (selCodings.isEmpty()) {
                if (selMemo != null) {
                    memoOnly.add(new PassageMemo(s, e, selMemo));
                }
                continue;
            }
            String selUser = Dom.guid(sel, "creatingUser");
            for (Element c : selCodings) {
                Element ref = Dom.child(c, "CodeRef");
                String code = ref == null ? null : Dom.guid(ref, "targetGUID");
                if (code == null || !ctx.codeGuids().contains(code)) {
                    ctx.report().notImported(item, UserMessage.of("refi.reason.unknownCode",
                            "a coding refers to a code that is not in the codebook"));
                    continue;
                }
                String coder = ctx.coder(item, Dom.guid(c, "creatingUser"), selUser, sourceUser);
                String memo = QdeNotes.join(ctx.notes().memo(c, Dom.guid(c, "guid")), selMemo);
                codings.add(new ImportedCoding(code, coder, s, e, memo));
            }
        }
        for (PassageMemo m : memoOnly) {
            attachPassageMemo(m, remap, item, codings, passageMemos);
        }
    }

    /**
     * A memo on a passage without codes (f4 and ATLAS.ti write memos as their own selections): it goes to the
     * codings of exactly the same passage when there are any, else into the document memo with a quote.
     */
    private void attachPassageMemo(PassageMemo m, TextRemap remap, UserMessage item, List<ImportedCoding> codings,
                                   List<String> passageMemos) {
        int s = m.start();
        int e = m.end();
        String memo = m.memo();
        boolean attached = false;
        for (int i = 0; i < codings.size(); i++) {
            ImportedCoding c = codings.get(i);
            if (c.start() == s && c.end() == e) {
                codings.set(i, new ImportedCoding(c.codeGuid(), c.coder(), s, e, QdeNotes.join(c.memo(), memo)));
                attached = true;
            }
        }
        if (attached) {
            ctx.report().note(item, UserMessage.of("refi.note.memoAttached",
                    "a memo on a passage was attached to the codings of the same passage"));
        } else {
            passageMemos.add("«" + excerpt(remap.text(), s, e) + "» (" + s + "–" + e + "): " + memo);
            ctx.report().note(item, UserMessage.of("refi.note.memoKept",
                    "a memo on a passage without a code is kept in the document memo"));
        }
    }

    private void readWholeSourceCodings(Element holder, TextRemap remap, UserMessage item, String sourceUser,
                                        List<ImportedCoding> codings) {
        int end = remap.text().codePointCount(0, remap.text().length());
        for (Element c : Dom.children(holder, "Coding")) {
            Element ref = Dom.child(c, "CodeRef");
            String code = ref == null ? null : Dom.guid(ref, "targetGUID");
            if (code == null || !ctx.codeGuids().contains(code)) {
                ctx.report().notImported(item, UserMessage.of("refi.reason.unknownCodeWhole",
                        "a coding of the whole source refers to a code that is not in the codebook"));
                continue;
            }
            String coder = ctx.coder(item, Dom.guid(c, "creatingUser"), sourceUser);
            codings.add(new ImportedCoding(code, coder, 0, end, ctx.notes().memo(c, Dom.guid(c, "guid"))));
            ctx.report().note(item, UserMessage.of("refi.note.wholeSource",
                    "a coding of the whole source was imported as a coding of its whole text"));
        }
    }

    /** Identical codings (same code, coder and passage) become one; their memos are joined. */
    private List<ImportedCoding> dedupe(List<ImportedCoding> codings, UserMessage item) {
        Map<String, ImportedCoding> out = new LinkedHashMap<>();
        for (ImportedCoding c : codings) {
            String key = c.codeGuid() + "\u0000" + c.coder() + "\u0000" + c.start() + "\u0000" + c.end();
            ImportedCoding same = out.get(key);
            if (same == null) {
                out.put(key, c);
            } else {
                out.put(key, new ImportedCoding(c.codeGuid(), c.coder(), c.start(), c.end(),
                        QdeNotes.join(same.memo(), c.memo())));
                ctx.report().note(item, UserMessage.of("refi.note.repeated",
                        "a coding repeated with the same code, coder and passage was imported once"));
            }
        }
        return new ArrayList<>(out.values());
    }

    private void apply(Fields f, String name, String value, UserMessage item) {
        String n = name.strip();
        if (n.equalsIgnoreCase(RefiVariables.COUNTY)) {
            f.county = value;
        } else if (n.equalsIgnoreCase(RefiVariables.ROUND)) {
            f.round = value;
        } else if (n.equalsIgnoreCase(RefiVariables.DATE) && isDate(value)) {
            f.date = value.strip();
        } else if (n.equalsIgnoreCase(RefiVariables.KIND) && kind(value) != null) {
            f.kind = kind(value);
        } else if (n.equalsIgnoreCase(RefiVariables.SOURCE_FILE)) {
            f.sourceFile = value;
        } else if (!n.isEmpty()) {
            f.attributes.put(n, value);
            if (f.countyVariable == null && StatedCounty.isCountyVariable(n) && StatedCounty.parse(value).isPresent()) {
                f.countyVariable = n;
            }
        } else {
            ctx.report().notImported(item, UserMessage.of("refi.reason.unnamedVariable",
                    "a variable without a name (value \"{0}\")", value));
        }
    }

    /**
     * The county a source states itself (QualCoder keeps it only there), else its case's (DialogCoder writes both);
     * when the two name different counties the source's own wins and the report says so.
     */
    private String ownOrCaseCounty(String own, String ofCase, UserMessage item) {
        if (own == null) {
            return ofCase;
        }
        if (ofCase != null && !StatedCounty.parse(own).equals(StatedCounty.parse(ofCase))) {
            ctx.report().note(item, UserMessage.of("refi.note.countyOverCase",
                    "its own county ({0}) differs from its case''s ({1}); its own was taken", own, ofCase));
        }
        return own;
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value.strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static DocumentKind kind(String value) {
        for (DocumentKind k : DocumentKind.values()) {
            if (k.id().equalsIgnoreCase(value.strip())) {
                return k;
            }
        }
        return null;
    }

    private static int countCodings(Element source, Element holder) {
        int n = Dom.children(source, "Coding").size();
        for (Element sel : Dom.children(holder, "PlainTextSelection")) {
            n += Dom.children(sel, "Coding").size();
        }
        return n;
    }

    private static Integer integer(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String excerpt(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, Math.min(end - start, EXCERPT));
        String s = text.substring(from, to).replace('\n', ' ');
        return end - start > EXCERPT ? s + "…" : s;
    }

    static String shortGuid(String guid) {
        return guid == null ? "?" : guid.substring(0, Math.min(8, guid.length()));
    }
}
