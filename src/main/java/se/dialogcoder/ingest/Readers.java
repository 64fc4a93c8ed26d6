package se.dialogcoder.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import se.dialogcoder.model.UserMessage;

/**
 * Reads any supported file (.txt .md .docx .pdf .vtt .srt) by choosing a reader from the file extension.
 *
 * <p>Whatever goes wrong comes out as an {@link ImportException} naming the file and the reason in plain
 * words; no other exception escapes {@link #read}. Size limits are in {@link Limits}.
 */
public final class Readers {
    /** The supported extensions, in the order shown to users. */
    public static final List<String> EXTENSIONS = List.of(".txt", ".md", ".docx", ".pdf", ".vtt", ".srt");

    private final List<DocumentReader> readers;

    /** The standard readers. */
    public Readers() {
        this(List.of(new PlainTextReader(), new DocxReader(), new PdfReader(), new VttReader(), new SrtReader()));
    }

    public Readers(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** Whether some reader handles this file name. */
    public boolean supports(Path file) {
        return file != null && file.getFileName() != null && readerFor(lowerName(file)) != null;
    }

    /** Reads the file; every failure is an {@link ImportException}. */
    public ParsedDocument read(Path file) throws ImportException {
        if (file == null || file.getFileName() == null) {
            throw new ImportException(file, FileChecks.NO_FILE);
        }
        String name = lowerName(file);
        DocumentReader reader = readerFor(name);
        if (reader == null) {
            throw new ImportException(file, unsupported(name));
        }
        try {
            return reader.read(file);
        } catch (ImportException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            // Limits keep this unlikely; if it happens, the big allocation of this one file is gone by now.
            throw new ImportException(file, UserMessage.of("err.import.outOfMemory",
                    "the file is too large to read in the available memory"), e);
        } catch (StackOverflowError e) {
            throw new ImportException(file, UserMessage.of("err.import.tooDeep",
                    "the file is too deeply nested to read (damaged?)"), e);
        } catch (Exception e) {
            // RuntimeExceptions of a parser, and checked exceptions a library may throw undeclared
            throw new ImportException(file, UserMessage.of("err.import.damaged",
                    "the file could not be read (damaged or unexpected content)"), e);
        }
    }

    private DocumentReader readerFor(String lowerCaseName) {
        for (DocumentReader reader : readers) {
            if (reader.supports(lowerCaseName)) {
                return reader;
            }
        }
        return null;
    }

    private static String lowerName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private static UserMessage unsupported(String lowerCaseName) {
        int dot = lowerCaseName.lastIndexOf('.');
        String supported = String.join(" ", EXTENSIONS);
        if (dot < 0 || dot == lowerCaseName.length() - 1) {
            return UserMessage.of("err.import.noExtension",
                    "unsupported file type: the name has no extension (supported: {0})", supported);
        }
        return UserMessage.of("err.import.unsupported", "unsupported file type {0} (supported: {1})",
                lowerCaseName.substring(dot), supported);
    }
}
