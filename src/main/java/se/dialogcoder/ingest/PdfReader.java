package se.dialogcoder.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import se.dialogcoder.model.UserMessage;

/**
 * Reads the text layer of a PDF. PDFBox finds the lines; {@link PdfParagraphs} joins them into paragraphs
 * (headings, list items, page breaks and paragraph gaps become blank lines); then the text is normalised and
 * split like plain text. Scanned PDFs without a text layer and encrypted PDFs are refused.
 */
public final class PdfReader implements DocumentReader {
    static final UserMessage ENCRYPTED = UserMessage.of("err.import.pdfEncrypted", "the PDF is encrypted");
    static final UserMessage NO_TEXT = UserMessage.of("err.import.pdfNoText", "the PDF has no text layer (scanned image?)");
    static final UserMessage NOT_PDF = UserMessage.of("err.import.notPdf", "not a valid PDF file (corrupt or not a PDF)");

    @Override
    public boolean supports(String lowerCaseFileName) {
        return lowerCaseFileName.endsWith(".pdf");
    }

    @Override
    public ParsedDocument read(Path file) throws ImportException {
        FileChecks.check(file, Limits.MAX_PACKED_FILE_BYTES, Limits.PACKED_FILE_TOO_LARGE);
        String raw = extract(file);
        String text = TextNormaliser.normalise(raw);
        if (text.isEmpty()) {
            throw new ImportException(file, NO_TEXT);
        }
        Limits.checkTextLength(file, text);
        return UnitSplitter.split(text);
    }

    private static String extract(Path file) throws ImportException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new ImportException(file, UserMessage.of("err.import.pdfNoCopy",
                        "the PDF is encrypted (copying text is not permitted)"));
            }
            if (doc.getNumberOfPages() == 0) {
                throw new ImportException(file, UserMessage.of("err.import.pdfNoPages", "the PDF has no pages"));
            }
            PdfLineCollector collector = new PdfLineCollector(Limits.MAX_TEXT_CHARS);
            collector.writeText(doc, Writer.nullWriter());
            return PdfParagraphs.join(collector.lines());
        } catch (InvalidPasswordException e) {
            throw new ImportException(file, ENCRYPTED, e);
        } catch (PdfLineCollector.TooLong e) {
            throw new ImportException(file, Limits.TEXT_TOO_LONG, e);
        } catch (IOException e) {
            throw new ImportException(file, NOT_PDF, e);
        } catch (RuntimeException e) {
            throw new ImportException(file, UserMessage.of("err.import.pdfDamaged",
                    "the PDF could not be read (damaged content)"), e);
        }
    }
}
