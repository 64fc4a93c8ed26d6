package se.dialogcoder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", description = "Build the demo project (21 sample dialogues) if needed and print its path.")
final class DemoCommand extends BaseCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        Path demo = root().services.workspace().demoProject();
        out().println(demo);
        return Cli.OK;
    }
}
