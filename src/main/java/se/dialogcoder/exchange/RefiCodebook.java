package se.dialogcoder.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.dialogcoder.exchange.CodebookJson.Codebook;
import se.dialogcoder.model.CodebookEntry;
import se.dialogcoder.model.UserMessage;

/**
 * The REFI-QDA codebook ({@code .qdc}, namespace {@value #NAMESPACE}): written valid against Codebook.xsd, read
 * tolerantly (any namespace version, a UTF-8 byte order mark, and also the codebook inside a {@code .qde} project or
 * a {@code .qdpx} archive).
 */
public final class RefiCodebook {
    public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

    /** A codebook read from a file, with what could not be taken over. */
    public record Read(Codebook codebook, ImportReport report) {
    }

    /** Writes the codebook; refuses an empty one (the standard requires at least one code). */
    public void write(Codebook codebook, Path file, String origin) throws ExchangeException {
        if (codebook.codes().isEmpty()) {
            throw new ExchangeException(UserMessage.of("err.qdc.writeEmpty", "{0}: the codebook has no codes; a "
                    + "REFI-QDA codebook needs at least one. Nothing was written.", String.valueOf(file.getFileName())));
        }
        List<RefiCodes.CodeNode> nodes = new ArrayList<>();
        for (CodebookEntry e : codebook.codes()) {
            nodes.add(RefiCodes.node(e));
        }
        AtomicWrite.write(file, out -> {
            try {
                XmlOut x = new XmlOut(out, NAMESPACE);
                x.open("CodeBook").attr("origin", origin);
                RefiCodes.write(x, nodes, false);
                x.finish();
            } catch (XMLStreamException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    /** Reads a {@code .qdc} file (or the codebook of a {@code .qde} or {@code .qdpx}). */
    public Read read(Path file) throws ExchangeException {
        String name = String.valueOf(file.getFileName());
        byte[] xml;
        String what = name;
        if (isZip(file)) {
            try (SafeZip zip = SafeZip.open(file)) {
                String qde = QdpxReader.findQde(zip);
                what = name + ": " + qde;
                xml = zip.read(qde, SafeZip.MAX_XML_BYTES);
            }
        } else {
            try {
                if (!Files.isRegularFile(file)) {
                    throw new ExchangeException(UserMessage.of("err.exchange.missing", "{0}: no such file.", name));
                }
                if (Files.size(file) > SafeZip.MAX_XML_BYTES) {
                    throw new ExchangeException(UserMessage.of("err.qdc.tooLarge",
                            "{0}: the file is larger than the {1} MiB accepted for a codebook.", name,
                            SafeZip.MAX_XML_BYTES / (1024 * 1024)));
                }
                xml = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new ExchangeException(UserMessage.of("err.qdc.unreadable", "{0}: cannot be read ({1}).", name,
                        e.getMessage()), e);
            }
        }
        Document doc = SafeXml.parse(xml, what);
        Element root = doc.getDocumentElement();
        Element codeBook = switch (Dom.name(root)) {
            case "CodeBook" -> root;
            case "Project" -> Dom.child(root, "CodeBook");
            default -> throw new ExchangeException(UserMessage.of("err.qdc.notCodebook",
                    "{0}: not a REFI-QDA codebook (the file starts with <{1}>, not <CodeBook>).", what,
                    Dom.name(root)));
        };
        Element codes = Dom.child(codeBook, "Codes");
        if (codes == null) {
            throw new ExchangeException(UserMessage.of("err.qdc.noCodes", "{0}: the codebook has no codes.", what));
        }
        ImportReport report = new ImportReport();
        List<CodebookEntry> entries = RefiCodes.read(codes, report, null);
        if (entries.isEmpty()) {
            throw new ExchangeException(UserMessage.of("err.qdc.noCodes", "{0}: the codebook has no codes.", what));
        }
        Element sets = Dom.child(codeBook, "Sets");
        if (sets != null) {
            for (Element set : Dom.children(sets, "Set")) {
                report.notImported(UserMessage.of("refi.item.set", "Set \"{0}\"", Dom.attr(set, "name")),
                        UserMessage.of("refi.reason.codeSets",
                                "sets of codes are not supported (the codes themselves are imported)"));
            }
        }
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return new Read(new Codebook(base, null, entries), report);
    }

    static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        } catch (IOException e) {
            return false;
        }
    }
}
