package se.dialogcoder.ingest;

import java.nio.file.Path;

/**
 * The one user-facing failure of reading a file: names the file and says, in plain words, what is wrong.
 * Readers throw nothing else.
 */
public final class ImportException extends Exception {
    private final String fileName;
    private final String reason;

    public ImportException(Path file, String reason) {
        this(file, reason, null);
    }

    public ImportException(Path file, String reason, Throwable cause) {
        super((file == null || file.getFileName() == null ? "?" : file.getFileName().toString()) + ": " + reason,
                cause);
        this.fileName = file == null || file.getFileName() == null ? "?" : file.getFileName().toString();
        this.reason = reason;
    }

    public String fileName() { return fileName; }

    public String reason() { return reason; }
}
