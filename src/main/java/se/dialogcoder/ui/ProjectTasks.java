package se.dialogcoder.ui;

import se.dialogcoder.app.Project;
import java.util.List;
import java.util.function.Consumer;
import se.dialogcoder.app.coding.ProjectSession;
import se.dialogcoder.model.Coding;
import se.dialogcoder.ui.CoderFilter;
import se.dialogcoder.ui.coding.DocumentViewModel;

/**
 * Work on the open project through {@link Background}: undoable changes after which the window follows, changes that
 * read everything again (imports, merges), and queries. Nothing happens while no project is open.
 */
public final class ProjectTasks {
    /** What a change returned, what the window lists after it, and the open document's codings (or null). */
    private record Changed<T>(T result, Project.Overview snapshot, List<Coding> codings) {
    }

    private final ProjectViewModel vm;

    ProjectTasks(ProjectViewModel vm) {
        this.vm = vm;
    }

    /**
     * An undoable change on the open session off the FX thread: then the lists and counts are published, {@code onFx}
     * gets the result and the open document gets its codings as they are now. A failure is shown as the error.
     */
    public <T> void change(ProjectViewModel.Query<T> action, Consumer<T> onFx) {
        ProjectSession s = vm.session();
        if (s == null) {
            return;
        }
        DocumentViewModel.Mark before = vm.documents().mark();
        CoderFilter filter = vm.coderFilterProperty().get();
        String me = vm.coderProperty().get();
        boolean blindNow = vm.blindProperty().get();
        vm.background().run(() -> {
            T result = action.run(s);
            List<Coding> codings = before.open() == null ? null
                    : DocumentViewModel.readCodings(s, before.open().document().id(), filter, me);
            return new Changed<>(result, ProjectSnapshot.read(s, blindNow, me), codings);
        }, r -> {
            vm.publish(r.snapshot());
            onFx.accept(r.result());
            vm.documents().changed(before, r.codings());
        });
    }

    /**
     * Work that changes what the window lists (an import, a merge, a codebook import): runs off the FX thread after
     * anything queued, marked busy meanwhile when {@code showBusy}; then the lists, counts and the open document are
     * read again and {@code onFx} gets the result. A failure is shown as {@link ProjectViewModel#errorProperty()}.
     */
    public <T> void changeProject(boolean showBusy, ProjectViewModel.ProjectWork<T> work, Consumer<T> onFx) {
        ProjectSession s = vm.session();
        if (s == null) {
            return;
        }
        if (showBusy) {
            vm.busyProperty().set(true);
        }
        boolean blindNow = vm.blindProperty().get();
        String me = vm.coderProperty().get();
        vm.background().run(() -> new Changed<>(work.run(s.project()), ProjectSnapshot.read(s, blindNow, me), null), r -> {
            vm.busyProperty().set(false);
            vm.publish(r.snapshot());
            vm.documents().reload();
            onFx.accept(r.result());
        });
    }

    /**
     * Runs work on the open project off the FX thread (after any change still queued), marked busy meanwhile; the
     * result arrives on the FX thread, a failure as {@link ProjectViewModel#errorProperty()}. Nothing happens without a project.
     *
     * @return false when no project is open
     */
    public <T> boolean withProject(ProjectViewModel.ProjectWork<T> work, Consumer<T> onFx) {
        ProjectSession s = vm.session();
        if (s == null) {
            return false;
        }
        vm.busyProperty().set(true);
        vm.background().run(() -> work.run(s.project()), result -> {
            vm.busyProperty().set(false);
            onFx.accept(result);
        });
        return true;
    }

    /** Read work on the open project off the FX thread; the answer on the FX thread, a failure as the error. */
    public <T> void query(ProjectViewModel.Query<T> query, Consumer<T> answer) {
        ProjectSession s = vm.session();
        if (s != null) {
            vm.background().run(() -> query.run(s), answer);
        }
    }

    /**
     * Runs read work on the open project off the FX thread; the answer (or the error's message) arrives on the FX
     * thread. Queries run in order with the coding actions, so a query made after an action sees it.
     *
     * @return false when no project is open (then nothing happens)
     */
    public <T> boolean query(ProjectViewModel.Query<T> query, Consumer<T> answer, Consumer<String> failed) {
        ProjectSession s = vm.session();
        if (s == null) {
            return false;
        }
        vm.background().run(() -> query.run(s), answer, failed);
        return true;
    }
}
