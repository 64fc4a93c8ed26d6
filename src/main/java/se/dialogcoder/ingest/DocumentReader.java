package se.dialogcoder.ingest;

import java.nio.file.Path;

/** Reads one file format into normalised text and units. */
public interface DocumentReader {
    /** Whether this reader handles a file of this name (given in lower case, e.g. "notes.docx"). */
    boolean supports(String lowerCaseFileName);

    /**
     * Reads the file. The only failure is an {@link ImportException} that names the file and the reason.
     */
    ParsedDocument read(Path file) throws ImportException;
}
