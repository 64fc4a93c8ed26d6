package se.dialogcoder.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import se.dialogcoder.app.Failure;
import se.dialogcoder.app.Location;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ServerAddress;
import se.dialogcoder.app.ServerLogin;
import se.dialogcoder.app.Workspace;
import se.dialogcoder.app.coding.ProjectSession;

/**
 * Opening a project file or a team project for the {@link ProjectViewModel}: off the FX thread, with the password
 * prompt for a server, and the offer to open read-only when the project is locked or cannot be written.
 */
final class ProjectOpening {
    /** What opening a project read: the session, what the window lists, and the copy kept when it was upgraded. */
    record Opened(ProjectSession session, Project.Overview snapshot, Path keptCopy, Optional<String> fixedCoder) {
    }

    private final ProjectViewModel vm;
    private final Workspace workspace;
    /** Asks for a server's password (the window's dialog); null: nobody to ask. */
    private Function<ServerAddress, char[]> prompt;

    ProjectOpening(ProjectViewModel vm, Workspace workspace) {
        this.vm = vm;
        this.workspace = workspace;
    }

    void setPasswordPrompt(Function<ServerAddress, char[]> prompt) {
        this.prompt = prompt;
    }

    void open(Location location, boolean readOnlyMode, Runnable whenDone) {
        // reopening the project that is open: close it first, or it would lock itself out
        ProjectSession previous = vm.releaseIfSame(location);
        boolean blindNow = vm.blindProperty().get();
        String me = vm.coderProperty().get();
        Function<ServerAddress, char[]> dialog = prompt;
        ServerLogin.Prompt ask = dialog == null || !(location instanceof Location.Server s) ? null
                : question -> dialog.apply(s.address());
        vm.background().attempt(() -> {
            if (previous != null) {
                previous.close();
            }
            Path[] kept = new Path[1];
            ProjectSession next = new ProjectSession(readOnlyMode ? workspace.openReadOnly(location, ask)
                    : workspace.open(location, copy -> kept[0] = copy, ask));
            return new Opened(next, ProjectSnapshot.read(next, blindNow, me), kept[0], next.project().fixedCoder());
        }, result -> vm.opened(location, result, whenDone), e -> {
            String message = vm.background().describe(e);
            Failure kind = Failure.of(e);
            if (kind == Failure.LOCKED || kind == Failure.READ_ONLY_LOCATION) {
                vm.askReadOnly(message, () -> open(location, true, whenDone));
            } else {
                vm.fail(message);
            }
        });
    }

    static boolean sameLocation(Project open, Location location) {
        if (location instanceof Location.File f) {
            return open.file().map(p -> p.toAbsolutePath().normalize()
                    .equals(f.path().toAbsolutePath().normalize())).orElse(false);
        }
        return open.location().equals(location.toString());
    }
}
