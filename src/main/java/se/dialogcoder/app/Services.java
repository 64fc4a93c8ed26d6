package se.dialogcoder.app;

import se.dialogcoder.app.analysis.AnalysisService;
import se.dialogcoder.app.analysis.RetrievalService;
import se.dialogcoder.app.analysis.SearchService;
import se.dialogcoder.app.analysis.SuggestionService;
import se.dialogcoder.app.analysis.TrendsService;
import se.dialogcoder.app.bench.Benchmark;
import se.dialogcoder.app.bench.CorpusGenerator;
import se.dialogcoder.app.codebook.CodebookService;
import se.dialogcoder.app.coding.PassageCoding;
import se.dialogcoder.app.coding.QuotedCoding;
import se.dialogcoder.app.documents.ImportService;
import se.dialogcoder.app.exchange.ExchangeService;
import se.dialogcoder.app.exchange.ExportFormats;
import se.dialogcoder.app.exchange.Exporter;
import se.dialogcoder.app.exchange.FrequencyExportService;
import se.dialogcoder.app.exchange.MergeService;
import se.dialogcoder.app.exchange.ReportService;
import se.dialogcoder.app.exchange.TableExportService;
import se.dialogcoder.app.privacy.PiiService;
import se.dialogcoder.app.privacy.PseudonymKeys;
import se.dialogcoder.app.teamwork.AgreementService;
import se.dialogcoder.app.teamwork.DisagreementService;
import se.dialogcoder.app.teamwork.TeamServer;
import java.util.ArrayList;
import java.util.List;
import se.dialogcoder.exchange.CodebookJson;
import se.dialogcoder.exchange.TableWriter;
import se.dialogcoder.ingest.Readers;
import se.dialogcoder.store.sqlite.SqliteFrequencyStore;

/**
 * The composition root: builds every part once, from the user's data folder, and hands them out in three groups —
 * the {@link Workspace} (settings, backups, opening projects), the {@link Analyses} and the {@link Exchanges} —
 * plus the {@link Benchmark}. The GUI and the CLI start here and give each view model and command the parts it
 * needs; nothing keeps this object (ArchUnit), nothing else creates services, and there are no static singletons.
 */
public final class Services {
    private final Workspace workspace;
    private final Analyses analyses;
    private final Exchanges exchanges;
    private final Benchmark benchmark;

    public Services(AppPaths paths) {
        this(paths, ServerLogin.fromEnvironment());
    }

    /** With the given source of team-server passwords (tests give their own environment and prompt). */
    public Services(AppPaths paths, ServerLogin serverLogin) {
        SettingsStore settingsStore = new SettingsStore(paths.settingsFile());
        Settings settings = settingsStore.load();
        ProjectBackups backups = new ProjectBackups(paths.backups(), Math.max(1, settings.backupsToKeep));
        Readers readers = new Readers();
        PiiService pii = new PiiService(readers, new PseudonymKeys(paths.piiKeys()), paths.piiNames());
        ImportService imports = new ImportService(readers, pii);
        CodebookService codebooks = new CodebookService(new CodebookJson());
        QuotedCoding quoted = new QuotedCoding();
        this.workspace = new Workspace(paths, settingsStore, settings, backups,
                new DemoProject(paths, imports, codebooks, quoted), serverLogin);
        AnalysisService analysis = new AnalysisService();
        RetrievalService retrieval = new RetrievalService();
        SearchService search = new SearchService();
        AgreementService agreement = new AgreementService();
        SqliteFrequencyStore frequencyStore = new SqliteFrequencyStore();
        this.analyses = new Analyses(analysis, retrieval, search, new PassageCoding(), quoted, agreement,
                new DisagreementService(agreement), new SuggestionService(),
                new TrendsService(frequencyStore, new TableWriter()));
        ExchangeService exchange = new ExchangeService(codebooks, "DialogCoder " + version());
        List<Exporter> exporters = new ArrayList<>(exchange.exporters());
        // further formats (csv, xlsx, html …) are registered here
        TableExportService tables = new TableExportService(analysis, retrieval, new TableWriter());
        this.exchanges = new Exchanges(imports, pii, codebooks, exchange, new ExportFormats(exporters),
                new MergeService(), new FrequencyExportService(analysis, frequencyStore,
                AppVersion.current()), tables,
                new ReportService(tables, retrieval, analysis, "DialogCoder " + AppVersion.current()),
                new TeamServer(serverLogin));
        this.benchmark = new Benchmark(imports, codebooks, analysis, search, retrieval, serverLogin);
    }

    /** The version from the jar manifest, or "dev" when run from classes. */
    public static String version() {
        String v = Services.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public static Services fromEnvironment() {
        return new Services(AppPaths.fromEnvironment());
    }

    public Workspace workspace() {
        return workspace;
    }

    public Analyses analyses() {
        return analyses;
    }

    public Exchanges exchanges() {
        return exchanges;
    }

    public Benchmark benchmark() {
        return benchmark;
    }

    /** A generator of invented transcripts with the default codebook's vocabulary. */
    public CorpusGenerator corpusGenerator() {
        return new CorpusGenerator(exchanges.codebooks().json().defaultCodebook().codes());
    }
}
