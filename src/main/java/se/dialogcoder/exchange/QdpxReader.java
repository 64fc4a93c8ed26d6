package se.dialogcoder.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.dialogcoder.model.UserMessage;

/**
 * Reads a REFI-QDA project archive ({@code .qdpx}) safely (see {@link SafeZip} and {@link SafeXml}) and tolerantly:
 * the {@code .qde} may have any name (at the root, or alone in one folder), texts may be under {@code sources/} or
 * {@code Sources/} and referred to as {@code internal://name}, XML and texts may start with a byte order mark, texts
 * may use CR LF line ends (selections counting the CRs are moved onto the same words).
 */
public final class QdpxReader {
    /** Reads the archive, working out how each source counts its positions. */
    public ImportedProject read(Path file) throws ExchangeException {
        return read(file, OffsetChoice.AUTO);
    }

    /**
     * Reads the archive. A file that is not a readable, safe REFI-QDA project is refused as a whole; so is one with
     * a source whose positions fit no way of counting, unless the user chose the counting ({@link OffsetsException}).
     */
    public ImportedProject read(Path file, OffsetChoice offsets) throws ExchangeException {
        String fileName = String.valueOf(file.getFileName());
        try (SafeZip zip = SafeZip.open(file)) {
            String qde = findQde(zip);
            String what = fileName + ": " + qde;
            Document doc = SafeXml.parse(zip.read(qde, SafeZip.MAX_XML_BYTES), what);
            Element root = doc.getDocumentElement();
            if (!Dom.name(root).equals("Project")) {
                throw new ExchangeException(UserMessage.of("err.refi.notProject",
                        "{0}: not a REFI-QDA project (the XML starts with <{1}>, not <Project>).", what,
                        Dom.name(root)));
            }
            String folder = qde.contains("/") ? qde.substring(0, qde.lastIndexOf('/') + 1) : "";
            ImportReport report = new ImportReport();
            String defaultName = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
            ExchangeException[] fatal = new ExchangeException[1];
            QdeReader.SourceFiles files = (path, item) -> {
                try {
                    return text(zip, folder, path, item, report);
                } catch (ExchangeException e) {
                    fatal[0] = fatal[0] == null ? e : fatal[0];
                    return null;
                }
            };
            ImportedProject project = new QdeReader(files, report, offsets).read(root, defaultName);
            if (fatal[0] != null) {
                throw fatal[0];
            }
            if (!report.offsetProblems().isEmpty()) {
                throw new OffsetsException(fileName, report.offsetProblems(), report.offsetProblemCodings());
            }
            return project;
        }
    }

    /** The project's {@code .qde} entry: at the root (preferring project.qde), else the only one in the archive. */
    static String findQde(SafeZip zip) throws ExchangeException {
        List<String> root = new ArrayList<>();
        List<String> anywhere = new ArrayList<>();
        for (String n : zip.names()) {
            if (SafeZip.hasExtension(n, ".qde")) {
                anywhere.add(n);
                if (!n.contains("/")) {
                    root.add(n);
                }
            }
        }
        if (root.size() == 1) {
            return root.get(0);
        }
        for (String n : root) {
            if (n.equalsIgnoreCase("project.qde")) {
                return n;
            }
        }
        if (root.size() > 1) {
            throw new ExchangeException(UserMessage.of("err.refi.severalQde", "{0}: the archive holds several .qde "
                    + "files {1} and none is named project.qde; it is not clear which is the project.", zip.fileName(),
                    root.toString()));
        }
        if (anywhere.size() == 1) {
            return anywhere.get(0);
        }
        throw new ExchangeException(UserMessage.of("err.refi.noQde",
                "{0}: there is no project.qde in the archive, so it is not a REFI-QDA project (.qdpx).",
                zip.fileName()));
    }

    /**
     * The text at a REFI-QDA path. Internal paths are looked up in the sources folder (any case), then anywhere
     * in the archive by file name. External paths (relative://, absolute://) are not followed.
     */
    private static String text(SafeZip zip, String folder, String path, UserMessage item, ImportReport report)
            throws ExchangeException {
        String p = path.strip();
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.startsWith("relative:") || lower.startsWith("absolute:") || lower.startsWith("file:")
                || lower.startsWith("http")) {
            report.notImported(item, UserMessage.of("refi.reason.external",
                    "its text is outside the archive ({0}); external files are not read", p));
            return null;
        }
        if (lower.startsWith("internal:")) {
            p = p.substring("internal:".length());
        }
        while (p.startsWith("/") || p.startsWith("\\")) {
            p = p.substring(1);
        }
        p = p.replace('\\', '/');
        if (p.isEmpty() || SafeZip.unsafeReason(p) != null) {
            report.notImported(item, UserMessage.of("refi.reason.badPath",
                    "its text path \"{0}\" is not a usable file name in the archive", path));
            return null;
        }
        String rel = p;
        String entry = zip.find(folder + "sources/" + rel)
                .or(() -> zip.find(folder + rel))
                .or(() -> byFileName(zip, rel))
                .orElse(null);
        if (entry == null) {
            report.notImported(item, UserMessage.of("refi.reason.missingText",
                    "its text file \"{0}\" is missing from the archive", p));
            return null;
        }
        String name = entry.toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".txt") || name.endsWith(".text") || !name.substring(name.lastIndexOf('/') + 1)
                .contains("."))) {
            report.notImported(item, UserMessage.of("refi.reason.notPlainText",
                    "its text is a {0} file, which is not read inside a REFI-QDA archive (only plain text is)",
                    name.substring(name.lastIndexOf('.'))));
            return null;
        }
        SourceText.Decoded d = SourceText.decode(zip.read(entry, SafeZip.MAX_TEXT_BYTES));
        if (d.fallback()) {
            report.note(item, UserMessage.of("refi.note.cp1252", "the text was not valid UTF-8; it was read as Windows-1252"));
        }
        // the byte order mark stays in front as U+FEFF: the source reader decides whether positions count it,
        // and TextRemap (or QdeNotes, for a note) removes it
        return d.bom() ? "\uFEFF" + d.text() : d.text();
    }

    private static java.util.Optional<String> byFileName(SafeZip zip, String path) {
        String wanted = path.substring(path.lastIndexOf('/') + 1);
        for (String n : zip.names()) {
            if (n.substring(n.lastIndexOf('/') + 1).equalsIgnoreCase(wanted)) {
                return java.util.Optional.of(n);
            }
        }
        return java.util.Optional.empty();
    }
}
