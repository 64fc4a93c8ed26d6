package se.dialogcoder.app;

import java.nio.file.Path;
import se.dialogcoder.exchange.CodebookJson;
import se.dialogcoder.ingest.Readers;
import se.dialogcoder.store.Backups;
import se.dialogcoder.store.ProjectFile;
import se.dialogcoder.store.StoreException;

/**
 * The composition root: builds every service once, from the user's data folder. The GUI and the CLI both start
 * here; nothing else creates services, and there are no static singletons.
 */
public final class Services {
    private final AppPaths paths;
    private final SettingsStore settingsStore;
    private final Settings settings;
    private final Backups backups;
    private final ImportService imports;
    private final CodebookService codebooks;
    private final DemoProject demo;
    private final AgreementService agreement;
    private final MergeService merge;
    private final DisagreementService disagreements;

    public Services(AppPaths paths) {
        this.paths = paths;
        this.settingsStore = new SettingsStore(paths.settingsFile());
        this.settings = settingsStore.load();
        this.backups = new Backups(paths.backups(), Math.max(1, settings.backupsToKeep));
        this.imports = new ImportService(new Readers());
        this.codebooks = new CodebookService(new CodebookJson());
        this.demo = new DemoProject(paths, imports, codebooks);
        this.agreement = new AgreementService();
        this.merge = new MergeService();
        this.disagreements = new DisagreementService(agreement);
    }

    public static Services fromEnvironment() {
        return new Services(AppPaths.fromEnvironment());
    }

    /** Opens a project and takes the automatic backup of it. */
    public ProjectFile open(Path project) throws StoreException {
        ProjectFile file = ProjectFile.open(project);
        try {
            backups.take(file);
        } catch (StoreException e) {
            file.close();
            throw new StoreException(e.getMessage() + " The project was not opened without a backup.", e);
        }
        return file;
    }

    public AppPaths paths() { return paths; }

    public Settings settings() { return settings; }

    public SettingsStore settingsStore() { return settingsStore; }

    public Backups backups() { return backups; }

    public ImportService imports() { return imports; }

    public CodebookService codebooks() { return codebooks; }

    public DemoProject demo() { return demo; }

    public AgreementService agreement() { return agreement; }

    public MergeService merge() { return merge; }

    public DisagreementService disagreements() { return disagreements; }
}
