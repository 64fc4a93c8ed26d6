package se.dialogcoder.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.ReadOnlyLocationException;
import se.dialogcoder.store.StoreException;

/**
 * The user's data folder and the projects opened from it: settings, automatic backups, the demo project, and opening
 * a project (with its backup first).
 */
public final class Workspace {
    private final AppPaths paths;
    private final SettingsStore settingsStore;
    private final Settings settings;
    private final ProjectBackups backups;
    private final DemoProject demo;
    private final ServerLogin login;

    Workspace(AppPaths paths, SettingsStore settingsStore, Settings settings, ProjectBackups backups,
              DemoProject demo, ServerLogin login) {
        this.paths = paths;
        this.settingsStore = settingsStore;
        this.settings = settings;
        this.backups = backups;
        this.demo = demo;
        this.login = login;
    }

    public AppPaths paths() {
        return paths;
    }

    /** The user's settings, as loaded at start and changed since; {@link #saveSettings()} writes them. */
    public Settings settings() {
        return settings;
    }

    /** Writes the settings to the data folder. */
    public void saveSettings() throws IOException {
        settingsStore.save(settings);
    }

    public ProjectBackups backups() {
        return backups;
    }

    /** The demo project built from the bundled samples (made on first use); returns its file. */
    public Path demoProject() throws StoreException, IOException {
        return demo.ensure();
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

    /**
     * The coder to record in {@code project}: on a team project the connected role's coder (the database lets it
     * write only its own codings), in a copy pulled from one the coder it was pulled as (only their work is synced):
     * another {@code given} name is refused. Else as {@link #coderName(String)}.
     */
    public String coderName(String given, Project project) throws StoreException {
        java.util.Optional<String> connected = project.fixedCoder();
        if (connected.isEmpty()) {
            return coderName(given);
        }
        if (given != null && !given.isBlank() && !given.strip().equals(connected.get())) {
            throw new InvalidInputException(UserMessage.of("err.team.coderFixed", "{0} is {1}''s work in a team "
                    + "project, so codings are recorded as {1}; leave out --coder {2}.", project.displayName(),
                    connected.get(), given.strip()));
        }
        return connected.get();
    }

    /**
     * Opens a project and takes the automatic backup of it. A file of an older schema version is upgraded only after
     * its original has been kept among the project's backups; when that copy cannot be made, the file is neither
     * upgraded nor opened.
     */
    public Project open(Path project) throws StoreException {
        return open(project, kept -> { });
    }

    /**
     * As {@link #open(Path)}; when an older file was upgraded, {@code keptOriginal} gets the copy of its original.
     * The backup is written on a thread of its own (a project of 600 MB takes seconds): the project can be read at
     * once, and changes wait until the backup is done ({@link Project#writable()}), so it holds the project as it was
     * opened. When it cannot be made, every change is refused with the reason and the project stays as it was;
     * {@link Project#close()} waits for it.
     */
    public Project open(Path project, Consumer<Path> keptOriginal) throws StoreException {
        refuseBackup(project);
        Project file = ProjectStores.open(project, (original, id, version) ->
                keptOriginal.accept(backups.files().keepBeforeUpgrade(original, id, version)));
        CompletableFuture<Void> backup = new CompletableFuture<>();
        file.holdChangesUntil(backup);
        Thread t = new Thread(() -> {
            try {
                backups.take(file);
                backup.complete(null);
            } catch (StoreException | RuntimeException e) {
                backup.completeExceptionally(new StoreException(UserMessage.of("err.project.noBackup",
                        "{0} No change can be saved in this project until a backup of it has been taken: close it, "
                                + "make room (or mend the backup folder) and open it again.",
                        e instanceof StoreException se ? se.userMessage() : UserMessage.of("err.detail", "{0}",
                                String.valueOf(e.getMessage()))), e));
            }
        }, "dialogcoder-backup");
        t.start(); // not a daemon: the program does not end in the middle of a backup
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

    /** Opens a project read-only (no backup, no lock): for a project open elsewhere or a read-only location. */
    public Project openReadOnly(Path project) throws StoreException {
        return ProjectStores.openReadOnly(project);
    }

    /**
     * Opens a project file (with its backup first, see {@link #open(Path, Consumer)}) or a team project on a server
     * (logging in, see {@link ServerLogin}; no local backup: the server's database is backed up where it runs).
     */
    public Project open(Location location, Consumer<Path> keptOriginal, ServerLogin.Prompt prompt) throws StoreException {
        if (location instanceof Location.Server s) {
            return login.connect(s.address(), prompt, pw -> ProjectStores.open(s.address(), pw, false));
        }
        return open(location.file().orElseThrow(), keptOriginal);
    }

    /** Opens a project file or a team project read-only (see {@link #openReadOnly(Path)}). */
    public Project openReadOnly(Location location, ServerLogin.Prompt prompt) throws StoreException {
        if (location instanceof Location.Server s) {
            return login.connect(s.address(), prompt, pw -> ProjectStores.open(s.address(), pw, true));
        }
        return openReadOnly(location.file().orElseThrow());
    }

    /** Opens a project file or a team project for one change from the command line (see {@link #openForChange}). */
    public BackedUpChange openForChange(Location location, ServerLogin.Prompt prompt) throws StoreException {
        if (location instanceof Location.Server s) {
            return BackedUpChange.onServer(login.connect(s.address(), prompt,
                    pw -> ProjectStores.open(s.address(), pw, false)));
        }
        return openForChange(location.file().orElseThrow());
    }

    /**
     * A backup is never opened for writing, or it would no longer be the state it keeps (and a copy kept before an
     * upgrade would be upgraded itself): it can be opened read-only, or restored.
     */
    private void refuseBackup(Path project) throws StoreException {
        Path folder = paths.backups().toAbsolutePath().normalize();
        if (project.toAbsolutePath().normalize().startsWith(folder)) {
            throw new ReadOnlyLocationException(UserMessage.of("err.project.isBackup",
                    "{0} is a backup: it is opened read-only so that it stays as it was. To work on from it, restore "
                    + "it (dialogcoder restore) or copy it out of the backups folder first.",
                    String.valueOf(project.getFileName())));
        }
    }
}
