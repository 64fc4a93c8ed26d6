package se.dialogcoder.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import se.dialogcoder.model.UserMessage;

/** Checks every reader makes before opening a file: it exists, is a readable file, and is not too large. */
final class FileChecks {
    static final UserMessage NO_FILE = UserMessage.of("err.import.noFile", "no file given");
    static final UserMessage UNREADABLE = UserMessage.of("err.import.unreadable", "the file cannot be read");
    private FileChecks() {
    }

    static void check(Path file, long maxBytes, UserMessage tooLargeReason) throws ImportException {
        if (file == null) {
            throw new ImportException(null, NO_FILE);
        }
        if (!Files.exists(file)) {
            throw new ImportException(file, UserMessage.of("err.import.missing", "the file does not exist"));
        }
        if (Files.isDirectory(file)) {
            throw new ImportException(file, UserMessage.of("err.import.folder", "this is a folder, not a file"));
        }
        if (!Files.isReadable(file)) {
            throw new ImportException(file, UserMessage.of("err.import.noPermission",
                    "the file cannot be read (no permission)"));
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException | SecurityException e) {
            throw new ImportException(file, UNREADABLE, e);
        }
        if (size == 0) {
            throw new ImportException(file, TextDecoder.EMPTY);
        }
        if (size > maxBytes) {
            throw new ImportException(file, tooLargeReason);
        }
    }

    /** Checks the file like {@link #check} and reads all its bytes. */
    static byte[] readBytes(Path file, long maxBytes, UserMessage tooLargeReason) throws ImportException {
        check(file, maxBytes, tooLargeReason);
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > maxBytes) {
                throw new ImportException(file, tooLargeReason);
            }
            return bytes;
        } catch (IOException | SecurityException e) {
            throw new ImportException(file, UNREADABLE, e);
        }
    }
}
