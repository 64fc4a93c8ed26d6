package se.dialogcoder.ui.exchange;

import se.dialogcoder.ui.CoderFilter;
import se.dialogcoder.app.Exchanges;
import se.dialogcoder.app.Workspace;
import se.dialogcoder.app.exchange.FrequencyExportService;
import se.dialogcoder.model.FrequencyWrite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.dialogcoder.analysis.CountyMatrix.Measure;
import se.dialogcoder.app.documents.DocumentsFolder;
import se.dialogcoder.app.exchange.ReportService;
import se.dialogcoder.app.exchange.TableExportService;
import se.dialogcoder.exchange.TableWriter.CsvStyle;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.ui.ProjectViewModel;

/**
 * The exports of the window without controls: the suggested file, round and coder, and the commands, which run on
 * the open project off the FX thread (through {@link ProjectViewModel#withProject}) and answer on the FX thread.
 * Exports count the codings the window shows: everyone's, or one coder's when the view is narrowed to one.
 */
public final class ExportViewModel {
    private final ProjectViewModel project;
    private final Workspace workspace;
    private final Exchanges exchanges;
    private final Supplier<Path> documents;

    public ExportViewModel(ProjectViewModel project, Workspace workspace, Exchanges exchanges) {
        this(project, workspace, exchanges, DocumentsFolder::fromEnvironment);
    }

    /** @param documents where files are suggested when nothing was exported before */
    ExportViewModel(ProjectViewModel project, Workspace workspace, Exchanges exchanges, Supplier<Path> documents) {
        this.project = project;
        this.workspace = workspace;
        this.exchanges = exchanges;
        this.documents = documents;
    }

    /** The frequency store suggested: the one used last, else {@code dialogcoder-frekvenser.sqlite} in Documents. */
    public Path defaultStore() {
        String last = workspace.settings().frequencyStore;
        if (last != null && !last.isBlank()) {
            return Path.of(last);
        }
        return documents.get().resolve(FrequencyExportService.DEFAULT_FILE_NAME);
    }

    /** The folder suggested for tables and reports: that of the last export, else Documents. */
    public Path defaultFolder() {
        String last = workspace.settings().exportFolder;
        if (last != null && !last.isBlank() && Files.isDirectory(Path.of(last))) {
            return Path.of(last);
        }
        return documents.get();
    }

    /** The round suggested: the project's default round, else the current year. */
    public String defaultRound() {
        ProjectInfo info = project.projectProperty().get();
        if (info != null && info.round() != null && !info.round().isBlank()) {
            return info.round();
        }
        return Integer.toString(java.time.Year.now().getValue());
    }

    /** The coder whose codings are exported, or null for everyone's (as the window's coder filter shows). */
    public String coder() {
        CoderFilter f = project.coderFilterProperty().get();
        return switch (f.kind()) {
            case ALL -> null;
            case MINE -> project.coderProperty().get();
            case ONE -> f.coder();
        };
    }

    private CodingFilter filter() {
        String c = coder();
        return c == null || c.isBlank() ? CodingFilter.ALL : CodingFilter.ALL.withCoders(Set.of(c));
    }

    /** Writes the theme frequencies into the store and remembers the store for next time. */
    public boolean exportFrequencies(Path store, String round, Consumer<FrequencyWrite> done) {
        String coder = coder();
        return project.tasks().withProject(p -> exchanges.frequencyExport().export(p, store, round.strip(), coder), result -> {
            workspace.settings().frequencyStore = store.toAbsolutePath().toString();
            saveSettings();
            done.accept(result);
        });
    }

    /**
     * Writes a table for Excel.
     *
     * @param measure the matrix measure for CSV; XLSX gets all three (ignored for the other tables)
     */
    public boolean exportTable(TableExportService.What what, TableExportService.Format format, CsvStyle style,
                               Measure measure, Path out, Consumer<TableExportService.Result> done) {
        List<Measure> measures = format == TableExportService.Format.XLSX ? List.of(Measure.values())
                : List.of(measure == null ? Measure.SEGMENTS : measure);
        TableExportService.Request request = new TableExportService.Request(what, format, style, measures, filter(),
                List.of());
        return project.tasks().withProject(p -> exchanges.tables().export(p, out, request), result -> {
            remember(out);
            done.accept(result);
        });
    }

    /** Writes the report for evaluators. */
    public boolean exportReport(ReportService.Format format, Path out, Consumer<ReportService.Result> done) {
        CodingFilter f = filter();
        return project.tasks().withProject(p -> exchanges.reports().export(p, out, format, f, List.of()), result -> {
            remember(out);
            done.accept(result);
        });
    }

    private void remember(Path out) {
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null) {
            workspace.settings().exportFolder = folder.toString();
            saveSettings();
        }
    }

    private void saveSettings() {
        try {
            workspace.saveSettings();
        } catch (java.io.IOException ignored) {
            // remembering the folder is a convenience; the export itself is done
        }
    }
}
