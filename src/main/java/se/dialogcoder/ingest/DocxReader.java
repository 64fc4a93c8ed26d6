package se.dialogcoder.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import se.dialogcoder.model.UserMessage;

/**
 * Reads Word documents (.docx). The body is read in order: each paragraph (headings included) becomes a
 * paragraph, items of bulleted lists start with "• ", each table row becomes a paragraph with its cells
 * joined by {@code " | "}. Paragraphs are
 * separated by a blank line; then the text is normalised and split like plain text, so speaker paragraphs
 * ({@code Anna: ...}) become turns. Headers, footers, footnotes and comments are not read.
 */
public final class DocxReader implements DocumentReader {
    static final String CELL_SEPARATOR = " | ";

    @Override
    public boolean supports(String lowerCaseFileName) {
        return lowerCaseFileName.endsWith(".docx");
    }

    @Override
    public ParsedDocument read(Path file) throws ImportException {
        FileChecks.check(file, Limits.MAX_PACKED_FILE_BYTES, Limits.PACKED_FILE_TOO_LARGE);
        DocxCheck.check(file);
        String raw = extract(file);
        String text = TextNormaliser.normalise(raw);
        if (text.isEmpty()) {
            throw new ImportException(file, UserMessage.of("err.import.docxNoText", "the Word document contains no text"));
        }
        Limits.checkTextLength(file, text);
        return UnitSplitter.split(text);
    }

    private static String extract(Path file) throws ImportException {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XWPFDocument doc = new XWPFDocument(pkg);
            StringBuilder out = new StringBuilder();
            appendBody(file, doc.getBodyElements(), out);
            return out.toString();
        } catch (ImportException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new ImportException(file, DocxCheck.ENCRYPTED, e);
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            throw new ImportException(file, DocxCheck.NOT_DOCX, e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    private static void appendBody(Path file, List<IBodyElement> elements, StringBuilder out)
            throws ImportException {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                appendParagraph(file, bullet(paragraph) + paragraph.getText(), out);
            } else if (element instanceof XWPFTable table) {
                appendTable(file, table, out);
            } else if (element instanceof XWPFSDT sdt) {
                appendParagraph(file, sdt.getContent().getText(), out);
            }
        }
    }

    /** "• " before an item of a bulleted list (numbers of numbered lists are not reproduced). */
    private static String bullet(XWPFParagraph paragraph) {
        try {
            return paragraph.getNumID() != null && "bullet".equals(paragraph.getNumFmt()) ? "• " : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static void appendTable(Path file, XWPFTable table, StringBuilder out) throws ImportException {
        for (XWPFTableRow row : table.getRows()) {
            StringBuilder line = new StringBuilder();
            for (XWPFTableCell cell : row.getTableCells()) {
                String cellText = cell.getTextRecursively().replaceAll("\\s+", " ").strip();
                if (line.length() > 0) {
                    line.append(CELL_SEPARATOR);
                }
                line.append(cellText);
            }
            appendParagraph(file, trimSeparators(line), out);
        }
    }

    /** A row without the separators of empty cells at its start and end. */
    private static String trimSeparators(CharSequence row) {
        int start = 0;
        int end = row.length();
        while (start < end && (row.charAt(start) == ' ' || row.charAt(start) == '|')) {
            start++;
        }
        while (end > start && (row.charAt(end - 1) == ' ' || row.charAt(end - 1) == '|')) {
            end--;
        }
        return row.subSequence(start, end).toString();
    }

    private static void appendParagraph(Path file, String text, StringBuilder out) throws ImportException {
        if (text == null || text.isBlank()) {
            return;
        }
        if (out.length() > 0) {
            out.append("\n\n");
        }
        out.append(text);
        Limits.checkTextLength(file, out);
    }
}
