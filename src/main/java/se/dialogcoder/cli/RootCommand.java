package se.dialogcoder.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dialogcoder} with no subcommand opens the window; these run headless. */
@Command(name = "dialogcoder", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Qualitative coding of the county dialogues (länsdialoger). Without a subcommand the "
                + "window opens.",
        subcommands = {NewCommand.class, ImportCommand.class, InfoCommand.class, TextCommand.class,
            CodebookCommand.class, BackupsCommand.class, RestoreCommand.class, DemoCommand.class,
            AgreementCommand.class, AlphaCommand.class, KappaCommand.class,
            ScanPiiCommand.class, PiiKeyCommand.class,
            SearchCommand.class, AutocodeCommand.class, CodeCommand.class, FrequenciesCommand.class,
            CooccurrenceCommand.class, GenerateCorpusCommand.class, BenchCommand.class,
            ExportCommand.class, ImportQdpxCommand.class, ImportQdcCommand.class, ImportQuotesCommand.class,
            ExportFrequenciesCommand.class, TrendsCommand.class, MergeCommand.class, SetsCommand.class, ServerCommand.class,
            SuggestCommand.class, SuggestEvalCommand.class})
public final class RootCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        // picocli prints usage when a subcommand is missing only if asked; be explicit
        spec.commandLine().usage(System.err);
    }
}
