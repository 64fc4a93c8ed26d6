package se.dialogcoder.app.exchange;

import se.dialogcoder.app.Project;
import se.dialogcoder.app.Services;
import java.nio.file.Path;
import java.util.List;
import se.dialogcoder.exchange.ExchangeException;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.StoreException;

/**
 * One export format of {@code dialogcoder export --format ID}. To add a format (csv, xlsx, html …), implement this
 * and register it in {@link Services}; the command line picks it up by its {@link #format()} id.
 */
public interface Exporter {
    /** The id given to {@code --format}, e.g. "qdpx". */
    String format();

    /** One line for the help text. */
    String description();

    /** The values {@code --what} accepts; empty when the format exports one fixed thing. */
    default List<String> whatChoices() {
        return List.of();
    }

    /**
     * Writes the export. The file appears only when complete (no half-written file on failure).
     *
     * @param what one of {@link #whatChoices()}, or null when there are none
     */
    ExportResult export(Project project, Path out, String what) throws StoreException, ExchangeException;

    /** Whether the format can write repeated code names qualified ({@code --qualified-names}). */
    default boolean canQualifyNames() {
        return false;
    }

    /** The export with repeated code names qualified when asked; formats that cannot ignore it. */
    default ExportResult export(Project project, Path out, String what, boolean qualifiedNames)
            throws StoreException, ExchangeException {
        return export(project, out, what);
    }

    /** What an export wrote, in one sentence for the user, and what the user should know about it. */
    record ExportResult(Path file, String summary, List<UserMessage> warnings) {
        public ExportResult {
            warnings = List.copyOf(warnings);
        }

        public ExportResult(Path file, String summary) {
            this(file, summary, List.of());
        }
    }
}
