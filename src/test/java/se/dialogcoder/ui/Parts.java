package se.dialogcoder.ui;

import java.util.concurrent.Executor;
import se.dialogcoder.app.Services;

/** For tests: a view model wired with the parts of a composition root, as the window wires it. */
public final class Parts {
    private Parts() {
    }

    public static ProjectViewModel viewModel(Services services, Executor background, Executor fx) {
        return new ProjectViewModel(services.workspace(), services.exchanges(), background, fx);
    }
}
