package se.dialogcoder.ingest;

import java.nio.file.Path;
import se.dialogcoder.model.UserMessage;

/**
 * The one user-facing failure of reading a file: names the file and says, in plain words, what is wrong.
 * Readers throw nothing else. The reason is a {@link UserMessage}, so the window shows it in the user's
 * language; {@link #getMessage()} is the English text for the command line and logs.
 */
public final class ImportException extends Exception implements UserMessage.Carrier {
    private final String fileName;
    private final UserMessage reason;

    public ImportException(Path file, UserMessage reason) {
        this(file, reason, null);
    }

    public ImportException(Path file, UserMessage reason, Throwable cause) {
        super(name(file) + ": " + reason.english(), cause);
        this.fileName = name(file);
        this.reason = reason;
    }

    private static String name(Path file) {
        return file == null || file.getFileName() == null ? "?"
                : se.dialogcoder.model.Texts.oneLine(file.getFileName().toString());
    }

    public String fileName() { return fileName; }

    /** The reason in English, without the file name. */
    public String reason() { return reason.english(); }

    /** The reason, without the file name. */
    public UserMessage reasonMessage() { return reason; }

    /** "file: reason". */
    @Override
    public UserMessage userMessage() {
        return UserMessage.of("err.file", "{0}: {1}", fileName, reason);
    }
}
