package se.dialogcoder.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text layer of a PDF. Page breaks and the paragraph breaks PDFBox finds become blank lines; the
 * lines of one paragraph are joined with a space (see {@link PdfLines}); then the text is normalised and
 * split like plain text. Scanned PDFs without a text layer and encrypted PDFs are refused.
 */
public final class PdfReader implements DocumentReader {
    static final String ENCRYPTED = "the PDF is encrypted";
    static final String NO_TEXT = "the PDF has no text layer (scanned image?)";
    static final String NOT_PDF = "not a valid PDF file (corrupt or not a PDF)";

    @Override
    public boolean supports(String lowerCaseFileName) {
        return lowerCaseFileName.endsWith(".pdf");
    }

    @Override
    public ParsedDocument read(Path file) throws ImportException {
        FileChecks.check(file, Limits.MAX_PACKED_FILE_BYTES, Limits.PACKED_FILE_TOO_LARGE);
        String raw = extract(file);
        String text = TextNormaliser.normalise(PdfLines.join(TextNormaliser.normalise(raw)));
        if (text.isEmpty()) {
            throw new ImportException(file, NO_TEXT);
        }
        Limits.checkTextLength(file, text);
        return UnitSplitter.split(text);
    }

    private static String extract(Path file) throws ImportException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new ImportException(file, ENCRYPTED + " (copying text is not permitted)");
            }
            if (doc.getNumberOfPages() == 0) {
                throw new ImportException(file, "the PDF has no pages");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setLineSeparator("\n");
            stripper.setWordSeparator(" ");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n\n");
            stripper.setPageStart("");
            stripper.setPageEnd("\n\n");
            stripper.setArticleStart("");
            stripper.setArticleEnd("");
            LimitedWriter out = new LimitedWriter(Limits.MAX_TEXT_CHARS);
            stripper.writeText(doc, out);
            return out.toString();
        } catch (InvalidPasswordException e) {
            throw new ImportException(file, ENCRYPTED, e);
        } catch (LimitedWriter.TooLong e) {
            throw new ImportException(file, Limits.TEXT_TOO_LONG, e);
        } catch (IOException e) {
            throw new ImportException(file, NOT_PDF, e);
        } catch (RuntimeException e) {
            throw new ImportException(file, "the PDF could not be read (damaged content)", e);
        }
    }

    /** Collects text and stops with {@link TooLong} once more than the limit is written. */
    static final class LimitedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int limit;

        LimitedWriter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (text.length() + (long) len > limit) {
                throw new TooLong();
            }
            text.append(chars, off, len);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            if (text.length() + (long) len > limit) {
                throw new TooLong();
            }
            text.append(s, off, off + len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }

        static final class TooLong extends IOException {
            TooLong() {
                super("text limit reached");
            }
        }
    }
}
