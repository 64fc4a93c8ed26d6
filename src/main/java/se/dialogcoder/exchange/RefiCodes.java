package se.dialogcoder.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.w3c.dom.Element;
import se.dialogcoder.model.CodebookEntry;
import se.dialogcoder.model.Texts;
import se.dialogcoder.model.UserMessage;

/**
 * Codes as REFI-QDA writes them, shared by the codebook ({@code .qdc}) and the project ({@code .qde}).
 *
 * <p>REFI-QDA has one name and one description per code. The English name and description of a DialogCoder code
 * travel in the description, as trailing lines {@code Name (en): …} and {@code Description (en): …}; other
 * programs show them as part of the description, and DialogCoder reads them back into their own fields.
 */
final class RefiCodes {
    static final String DEFAULT_COLOR = "#999999";
    static final String NAME_EN = "Name (en): ";
    static final String DESCRIPTION_EN = "Description (en): ";
    private static final Pattern LONG_COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern SHORT_COLOR = Pattern.compile("#[0-9A-Fa-f]{3}");
    private static final int MAX_DEPTH = 100;

    private RefiCodes() {
    }

    /** One code ready to be written. {@code noteGuid} is the note holding its memo, or null. */
    record CodeNode(String guid, String name, String color, String description, String noteGuid,
                    List<CodeNode> children) {
    }

    /** The exported GUID of a code: its uid when that is a GUID already, else one derived from the uid. */
    static String guidOf(String uid) {
        return Guids.isGuid(uid) ? Guids.normalise(uid) : Guids.named("code", uid);
    }

    static CodeNode node(CodebookEntry e) {
        List<CodeNode> children = new ArrayList<>();
        for (CodebookEntry c : e.children()) {
            children.add(node(c));
        }
        return new CodeNode(guidOf(e.id()), e.name(), e.color(),
                description(e.description(), e.nameEn(), e.descriptionEn()), null, children);
    }

    static void write(XmlOut out, List<CodeNode> codes, boolean withNotes) throws XMLStreamException {
        out.open("Codes");
        writeAll(out, codes, withNotes);
        out.close();
    }

    private static void writeAll(XmlOut out, List<CodeNode> codes, boolean withNotes) throws XMLStreamException {
        for (CodeNode c : codes) {
            out.open("Code").attr("guid", c.guid()).attr("name", c.name()).attr("isCodable", "true")
                    .attr("color", validColor(c.color()));
            out.textElement("Description", c.description());
            if (withNotes && c.noteGuid() != null) {
                out.open("NoteRef").attr("targetGUID", c.noteGuid()).close();
            }
            writeAll(out, c.children(), withNotes);
            out.close();
        }
    }

    /** The colour in {@code #RRGGBB} form, or null when it is not a colour REFI-QDA accepts. */
    static String validColor(String color) {
        if (color == null) {
            return null;
        }
        String c = color.strip();
        if (LONG_COLOR.matcher(c).matches()) {
            return c.toUpperCase(Locale.ROOT);
        }
        if (SHORT_COLOR.matcher(c).matches()) {
            StringBuilder sb = new StringBuilder("#");
            for (int i = 1; i < 4; i++) {
                sb.append(c.charAt(i)).append(c.charAt(i));
            }
            return sb.toString().toUpperCase(Locale.ROOT);
        }
        return null;
    }

    /**
     * The REFI-QDA description: the Swedish description, then (after a blank line) the English name and description
     * lines. The descriptions are written exactly as they are, whitespace included; the English name is one line.
     */
    static String description(String description, String nameEn, String descriptionEn) {
        List<String> english = new ArrayList<>();
        if (nameEn != null && !nameEn.isBlank()) {
            english.add(NAME_EN + nameEn.strip().replaceAll("[\r\n]+", " "));
        }
        if (descriptionEn != null && !descriptionEn.isBlank()) {
            english.add(DESCRIPTION_EN + descriptionEn);
        }
        String sv = description == null || description.isBlank() ? null : description;
        if (english.isEmpty()) {
            return sv;
        }
        return (sv == null ? "" : sv + "\n\n") + String.join("\n", english);
    }

    /**
     * Splits a REFI-QDA description into the description, English name and English description, the inverse of
     * {@link #description}: the descriptions come back exactly as written (only CR LF becomes LF), the English name
     * without surrounding spaces. A description without the English lines (any other program's) is kept whole.
     */
    static String[] splitDescription(String text) {
        if (text == null || text.isBlank()) {
            return new String[3];
        }
        String body = text.replace("\r\n", "\n");
        int d = marker(body, DESCRIPTION_EN);
        String descriptionEn = d >= 0 ? body.substring(d + DESCRIPTION_EN.length()) : null;
        String head = d >= 0 ? body.substring(0, d) : body;
        int englishStart = d;
        String nameEn = null;
        int n = marker(head, NAME_EN);
        if (n >= 0) {
            String line = head.substring(n + NAME_EN.length());
            String withoutBreak = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
            if (withoutBreak.indexOf('\n') < 0) {
                nameEn = withoutBreak.strip();
                englishStart = n;
            }
        }
        String sv = body;
        if (englishStart >= 0) {
            sv = body.substring(0, englishStart);
            sv = sv.endsWith("\n\n") ? sv.substring(0, sv.length() - 2)
                    : sv.endsWith("\n") ? sv.substring(0, sv.length() - 1) : sv;
        }
        return new String[] {blankToNull(sv), blankToNull(nameEn), blankToNull(descriptionEn)};
    }

    private static int marker(String body, String marker) {
        int i = body.lastIndexOf(marker);
        return i == 0 || (i > 0 && body.charAt(i - 1) == '\n') ? i : -1;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * Reads the {@code Code} elements under a {@code Codes} element into codebook entries whose id is the code's
     * GUID (normalised). Codes whose NoteRefs point at notes are recorded in {@code noteRefs} (code GUID → note
     * GUIDs) when it is not null.
     */
    static List<CodebookEntry> read(Element codes, ImportReport report, Map<String, List<String>> noteRefs) {
        return readAll(codes, report, noteRefs, new HashSet<>(), 0);
    }

    private static List<CodebookEntry> readAll(Element parent, ImportReport report, Map<String, List<String>> noteRefs,
                                               Set<String> seen, int depth) {
        List<CodebookEntry> out = new ArrayList<>();
        if (depth > MAX_DEPTH) {
            report.notImported(UserMessage.of("refi.item.deepCodes", "Codes nested deeper than {0} levels", MAX_DEPTH),
                    UserMessage.of("refi.reason.leftOut", "left out"));
            return out;
        }
        for (Element e : Dom.children(parent, "Code")) {
            String name = Texts.oneLine(Dom.attr(e, "name"));
            if (name == null || name.isEmpty()) {
                name = "(no name)";
                report.note(UserMessage.of("refi.item.unnamedCode", "A code without a name"),
                        UserMessage.of("refi.note.noName", "imported as \"(no name)\""));
            }
            String guid = Dom.guid(e, "guid");
            if (!Guids.isGuid(guid) || !seen.add(guid)) {
                report.note(UserMessage.of("refi.item.code", "Code \"{0}\"", name), guid == null
                        ? UserMessage.of("refi.note.noGuid", "had no GUID; given a new one")
                        : UserMessage.of("refi.note.badGuid",
                                "had a missing or repeated GUID; given a new one (codings refer to the first)"));
                guid = UUID.randomUUID().toString();
                seen.add(guid);
            }
            String color = validColor(Dom.attr(e, "color"));
            if (color == null) {
                if (Dom.attr(e, "color") != null) {
                    report.note(UserMessage.of("refi.item.code", "Code \"{0}\"", name),
                            UserMessage.of("refi.note.badColour",
                                    "colour \"{0}\" not understood; given the default colour", Dom.attr(e, "color")));
                }
                color = DEFAULT_COLOR;
            }
            String[] parts = splitDescription(Dom.childText(e, "Description"));
            if (noteRefs != null) {
                for (Element ref : Dom.children(e, "NoteRef")) {
                    String target = Dom.guid(ref, "targetGUID");
                    if (target != null) {
                        noteRefs.computeIfAbsent(guid, k -> new ArrayList<>()).add(target);
                    }
                }
            }
            out.add(new CodebookEntry(guid, name.strip(), parts[1], parts[0], parts[2], color,
                    readAll(e, report, noteRefs, seen, depth + 1)));
        }
        return out;
    }
}
