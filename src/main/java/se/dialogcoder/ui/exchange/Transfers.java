package se.dialogcoder.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import se.dialogcoder.app.exchange.ExchangeService;
import se.dialogcoder.app.documents.ImportOptions;
import se.dialogcoder.app.documents.ImportService;
import se.dialogcoder.app.exchange.MergeReport;
import se.dialogcoder.app.exchange.MergeService;
import se.dialogcoder.app.privacy.PiiReviewer;
import se.dialogcoder.app.Exchanges;
import se.dialogcoder.app.ProjectBackups;
import se.dialogcoder.exchange.OffsetChoice;
import se.dialogcoder.exchange.OffsetUnit;
import se.dialogcoder.exchange.OffsetsException;
import se.dialogcoder.ui.ProjectViewModel;

/**
 * What comes into the open project from files and goes out to them, without any controls: importing documents,
 * REFI-QDA export and import, and merging coders' project files. Everything runs off the FX thread through the
 * {@link ProjectViewModel}, which then shows the new documents, codes and counts; failures become its error.
 */
public final class Transfers {
    private final ProjectViewModel vm;
    private final ProjectBackups backups;
    private final Exchanges exchanges;

    public Transfers(ProjectViewModel vm, ProjectBackups backups, Exchanges exchanges) {
        this.vm = vm;
        this.backups = backups;
        this.exchanges = exchanges;
    }

    /** Imports files and folders with progress, keeping any personal data; {@code whenDone} gets the report. */
    public void importFiles(List<Path> paths, ImportService.Progress progress, Consumer<ImportService.Report> whenDone) {
        importFiles(paths, PiiReviewer.KEEP_ALL, progress, whenDone);
    }

    /**
     * Imports with a reviewer that decides, file by file, what personal data to replace before it is stored
     * (the window asks the user); {@code whenDone} gets the per-file report.
     */
    public void importFiles(List<Path> paths, PiiReviewer reviewer, ImportService.Progress progress,
                            Consumer<ImportService.Report> whenDone) {
        vm.tasks().changeProject(true, project -> exchanges.imports().importWithUserNames(project, paths,
                ImportOptions.defaults().withReviewer(reviewer), progress), whenDone);
    }

    /** Exports the open project as .qdpx (format "qdpx") or its codebook as .qdc ("qdc"); a summary comes back. */
    public void exportRefi(String format, Path out, Consumer<String> whenDone) {
        exportRefi(format, out, false, OffsetUnit.CODE_POINTS, r -> whenDone.accept(r.summary()));
    }

    /**
     * The REFI-QDA export with its warnings about repeated code names; with {@code qualifiedNames} those names are
     * written qualified by their parent's path; a .qdpx has its positions in code points (the standard) or UTF-16
     * units (for NVivo).
     */
    public void exportRefi(String format, Path out, boolean qualifiedNames, OffsetUnit unit,
                           Consumer<ExchangeService.RefiExport> whenDone) {
        vm.tasks().withProject(project -> exchanges.exchange().exportRefi(format, project, out, qualifiedNames, unit),
                whenDone);
    }

    /** Adds the codes of a .qdc codebook to the open project; the report of what was not taken over comes back. */
    public void importQdc(Path file, Consumer<ExchangeService.CodebookImport> whenDone) {
        vm.tasks().changeProject(false, project -> exchanges.exchange().importQdc(project, exchanges.exchange().readQdc(file)),
                whenDone);
    }

    /** Imports a .qdpx into a new project file, then opens it. */
    public void importQdpx(Path qdpx, Path newProject, Consumer<ExchangeService.ProjectImport> whenDone) {
        vm.background().run(() -> exchanges.exchange().importQdpx(qdpx, newProject), result -> {
            whenDone.accept(result);
            vm.open(result.project(), () -> { });
        });
    }

    /** What a .qdpx import gave: the new project, or the sources whose positions fit no counting. */
    private record QdpxOutcome(ExchangeService.ProjectImport imported, OffsetsException noCountingFits) {
    }

    /**
     * Imports a .qdpx with the positions counted as chosen, then opens it. When the positions of some source fit
     * no counting, nothing is imported and {@code whenNoCountingFits} gets why (the user may choose a counting).
     */
    public void importQdpx(Path qdpx, Path newProject, OffsetChoice offsets,
                           Consumer<ExchangeService.ProjectImport> whenDone,
                           Consumer<OffsetsException> whenNoCountingFits) {
        vm.background().run(() -> {
            try {
                return new QdpxOutcome(exchanges.exchange().importQdpx(qdpx, newProject, offsets), null);
            } catch (OffsetsException e) {
                return new QdpxOutcome(null, e);
            }
        }, outcome -> {
            if (outcome.noCountingFits() != null) {
                whenNoCountingFits.accept(outcome.noCountingFits());
                return;
            }
            whenDone.accept(outcome.imported());
            vm.open(outcome.imported().project(), () -> { });
        });
    }

    /**
     * Merges coders' project files into the open project: the files are read (read-only) and checked first, then
     * a backup of the project is taken, then everything is merged in one transaction. {@code whenDone} gets the
     * merge report; a failure changes nothing and is shown as an error.
     */
    public void mergeProjects(List<Path> files, Consumer<MergeReport> whenDone) {
        if (files.isEmpty()) {
            return;
        }
        vm.tasks().changeProject(true, project -> {
            MergeService.Incoming incoming = exchanges.merge().read(project, files);
            backups.take(project);
            return exchanges.merge().merge(project, incoming);
        }, whenDone);
    }
}
