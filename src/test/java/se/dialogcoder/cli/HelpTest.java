package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;

/** {@code dialogcoder SUBCOMMAND --help} prints the usage of every subcommand, even one with required options. */
class HelpTest extends CliTestBase {
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        services = new Services(new AppPaths(dir.resolve("home")));
    }

    /** Every subcommand as the words that call it ("code", "codebook export" …), from the root command itself. */
    private List<List<String>> subcommands() {
        List<List<String>> all = new ArrayList<>();
        collect(Cli.commandLine(services), List.of(), all);
        return all;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> all) {
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals(sub.getCommandName())) {
                return; // an alias
            }
            List<String> words = new ArrayList<>(path);
            words.add(name);
            all.add(words);
            collect(sub, words, all);
        });
    }

    @Test
    void everySubcommandPrintsItsUsageForHelpAndDashH() {
        List<List<String>> commands = subcommands();
        assertThat(commands).hasSizeGreaterThan(25).contains(List.of("code"), List.of("codebook", "export"));
        for (List<String> words : commands) {
            String name = String.join(" ", words);
            for (String help : new String[] {"--help", "-h"}) {
                List<String> args = new ArrayList<>(words);
                args.add(help);
                assertThat(run(args.toArray(String[]::new))).as(name + " " + help + ": " + err).isZero();
                assertThat(out).as(name + " " + help).startsWith("Usage: dialogcoder " + name)
                        .contains("-h, --help");
                assertThat(err).as(name + " " + help).isEmpty();
            }
        }
    }

    @Test
    void helpComesBeforeTheRequiredOptionsButTheirAbsenceIsStillAnError() {
        assertThat(run("code", "p.dcproj", "--start", "3", "--help")).as(err).isZero();
        assertThat(out).contains("--document=NAME").contains("--code=PATH");
        assertThat(run("code", "p.dcproj")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("Missing required options");
    }
}
