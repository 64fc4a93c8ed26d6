package se.dialogcoder.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "generate-corpus", description = {"Write invented dialogue transcripts (.txt) for benchmarks and "
        + "tests: speaker turns, the county in the file name and first lines, theme words from the default codebook.",
    "The same seed gives the same files."})
final class GenerateCorpusCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUTDIR")
    Path outDir;

    @Option(names = "--counties", paramLabel = "N", description = "The first N of the 21 counties (default 21).")
    int counties = 21;

    @Option(names = "--docs-per-county", paramLabel = "N", description = "Documents per county (default 20).")
    int docsPerCounty = 20;

    @Option(names = "--words", paramLabel = "W", description = "Words per document (default 8000).")
    int words = 8000;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 1).")
    long seed = 1;

    @Override
    public Integer call() throws Exception {
        if (counties < 1 || counties > 21 || docsPerCounty < 1 || words < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--counties takes 1–21; --docs-per-county and --words at least 1.");
        }
        List<Path> files = root().services.corpusGenerator().write(outDir, counties, docsPerCounty, words, seed);
        err().println("Wrote " + files.size() + " documents to " + outDir + ".");
        return Cli.OK;
    }
}
