package se.dialogcoder.cli;

import java.io.Console;
import se.dialogcoder.app.BackedUpChange;
import se.dialogcoder.app.Location;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ServerLogin;
import se.dialogcoder.app.Workspace;

/**
 * Opening PROJECT from a command: a project file or a team project ({@code postgresql://…}). Read-only commands take
 * no backup, changing ones do (kept if they change it; a server project has none here). A server that wants a
 * password not found in {@code PGPASSWORD} or {@code ~/.pgpass} gets it from the terminal's prompt, when there is
 * a terminal.
 */
final class ProjectOption {
    private final Workspace workspace;
    private final ServerLogin.Prompt prompt;

    ProjectOption(Workspace workspace, ServerLogin.Prompt prompt) {
        this.workspace = workspace;
        this.prompt = prompt;
    }

    /** Asks on the terminal (no echo); nobody to ask when there is no terminal (scripts, CI). */
    static ServerLogin.Prompt consolePrompt() {
        Console console = System.console();
        return console == null ? null : question -> console.readPassword("%s", question);
    }

    /**
     * Read-only (works while the window has the project open). An older file is read through a private upgraded
     * snapshot and left as it is: only the window and changing commands upgrade a file, after keeping its original.
     */
    Project forReading(Location project) throws Exception {
        return workspace.openReadOnly(project, prompt);
    }

    /** For a change: backed up first; the backup is dropped again on close when nothing changed. */
    BackedUpChange forChanging(Location project) throws Exception {
        return workspace.openForChange(project, prompt);
    }
}
