package se.dialogcoder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import se.dialogcoder.app.Workspace;

@Command(name = "demo", description = "Build the demo project (21 sample dialogues) if needed and print its path.")
final class DemoCommand extends BaseCommand implements Callable<Integer> {
    private final Workspace workspace;

    DemoCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() throws Exception {
        Path demo = workspace.demoProject();
        out().println(demo);
        return Cli.OK;
    }
}
