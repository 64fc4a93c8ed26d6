package se.dialogcoder.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.dialogcoder.exchange.CodebookJson;
import se.dialogcoder.exchange.TableWriter;
import se.dialogcoder.ingest.Readers;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.sqlite.SqliteFrequencyStore;

/**
 * The composition root: builds every service once, from the user's data folder. The GUI and the CLI both start
 * here; nothing else creates services, and there are no static singletons.
 */
public final class Services {
    private final AppPaths paths;
    private final SettingsStore settingsStore;
    private final Settings settings;
    private final ProjectBackups backups;
    private final PiiService pii;
    private final ImportService imports;
    private final CodebookService codebooks;
    private final DemoProject demo;
    private final AgreementService agreement;
    private final RetrievalService retrieval = new RetrievalService();
    private final SearchService search = new SearchService();
    private final AnalysisService analysis = new AnalysisService();
    private final PassageCoding passageCoding = new PassageCoding();
    private final Benchmark benchmark;
    private final ExchangeService exchange;
    private final ExportFormats exports;
    private final FrequencyExportService frequencyExport;
    private final TableExportService tables;
    private final ReportService reports;
    private final MergeService merge;
    private final DisagreementService disagreements;

    public Services(AppPaths paths) {
        this.paths = paths;
        this.settingsStore = new SettingsStore(paths.settingsFile());
        this.settings = settingsStore.load();
        this.backups = new ProjectBackups(paths.backups(), Math.max(1, settings.backupsToKeep));
        Readers readers = new Readers();
        this.pii = new PiiService(readers, new PseudonymKeys(paths.piiKeys()), paths.piiNames());
        this.imports = new ImportService(readers, pii);
        this.codebooks = new CodebookService(new CodebookJson());
        this.demo = new DemoProject(paths, imports, codebooks);
        this.agreement = new AgreementService();
        this.benchmark = new Benchmark(imports, codebooks, analysis, search);
        this.exchange = new ExchangeService(codebooks, "DialogCoder " + version());
        List<Exporter> exporters = new ArrayList<>(exchange.exporters());
        // further formats (csv, xlsx, html …) are registered here
        this.exports = new ExportFormats(exporters);
        this.frequencyExport = new FrequencyExportService(analysis, new SqliteFrequencyStore(), AppVersion.current());
        this.tables = new TableExportService(analysis, retrieval, new TableWriter());
        this.reports = new ReportService(tables, retrieval, analysis, "DialogCoder " + AppVersion.current());
        this.merge = new MergeService();
        this.disagreements = new DisagreementService(agreement);
    }

    /** The version from the jar manifest, or "dev" when run from classes. */
    public static String version() {
        String v = Services.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public static Services fromEnvironment() {
        return new Services(AppPaths.fromEnvironment());
    }

    /**
     * Opens a project and takes the automatic backup of it. A file of an older schema version is upgraded only after
     * its original has been kept among the project's backups (see {@link ProjectBackups}); when that copy
     * cannot be made, the file is neither upgraded nor opened.
     */
    public Project open(Path project) throws StoreException {
        return open(project, kept -> { });
    }

    /** As {@link #open(Path)}; when an older file was upgraded, {@code keptOriginal} gets the copy of its original. */
    public Project open(Path project, java.util.function.Consumer<Path> keptOriginal) throws StoreException {
        refuseBackup(project);
        Project file = ProjectStores.open(project, (original, id, version) ->
                keptOriginal.accept(backups.files().keepBeforeUpgrade(original, id, version)));
        try {
            backups.take(file);
        } catch (StoreException e) {
            file.close();
            throw new StoreException(UserMessage.of("err.project.noBackup",
                    "{0} The project was not opened without a backup.", e.userMessage()), e);
        }
        return file;
    }

    /**
     * Opens a project for one change from the command line: a backup is taken first and removed again on
     * {@link BackedUpChange#close()} when the project did not change. An older file is upgraded as in {@link #open}.
     */
    public BackedUpChange openForChange(Path project) throws StoreException {
        refuseBackup(project);
        return BackedUpChange.open(project, backups.files());
    }

    /**
     * A backup is never opened for writing, or it would no longer be the state it keeps (and a copy kept before an
     * upgrade would be upgraded itself): it can be opened read-only, or restored.
     */
    private void refuseBackup(Path project) throws StoreException {
        Path backups = paths.backups().toAbsolutePath().normalize();
        if (project.toAbsolutePath().normalize().startsWith(backups)) {
            throw new se.dialogcoder.store.ReadOnlyLocationException(UserMessage.of("err.project.isBackup",
                    "{0} is a backup: it is opened read-only so that it stays as it was. To work on from it, restore "
                    + "it (dialogcoder restore) or copy it out of the backups folder first.",
                    String.valueOf(project.getFileName())));
        }
    }

    /** Opens a project read-only (no backup, no lock): for a project open elsewhere or a read-only location. */
    public Project openReadOnly(Path project) throws StoreException {
        return ProjectStores.openReadOnly(project);
    }

    public AppPaths paths() { return paths; }

    public Settings settings() { return settings; }

    public SettingsStore settingsStore() { return settingsStore; }

    public ProjectBackups backups() { return backups; }

    public ImportService imports() { return imports; }

    public PiiService pii() { return pii; }

    public CodebookService codebooks() { return codebooks; }

    public DemoProject demo() { return demo; }

    public AgreementService agreement() { return agreement; }
    public RetrievalService retrieval() { return retrieval; }

    public SearchService search() { return search; }

    public AnalysisService analysis() { return analysis; }

    public PassageCoding passageCoding() { return passageCoding; }

    public Benchmark benchmark() { return benchmark; }

    /** Theme frequencies per county into the SQLite frequency store. */
    public FrequencyExportService frequencyExport() { return frequencyExport; }

    /** The county × theme matrix, theme frequencies and coded segments as CSV or XLSX. */
    public TableExportService tables() { return tables; }

    /** The report for evaluators (HTML, DOCX). */
    public ReportService reports() { return reports; }

    /** A generator of invented transcripts with the default codebook's vocabulary. */
    public CorpusGenerator corpusGenerator() {
        return new CorpusGenerator(codebooks.json().defaultCodebook().codes());
    }

    /** The coder to record: the name given, else the one in the settings, else the user's login name. */
    public String coderName(String given) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        if (settings.coderName != null && !settings.coderName.isBlank()) {
            return settings.coderName.strip();
        }
        return System.getProperty("user.name", "unknown");
    }
    public ExchangeService exchange() { return exchange; }

    public ExportFormats exports() { return exports; }

    public MergeService merge() { return merge; }

    public DisagreementService disagreements() { return disagreements; }
}
