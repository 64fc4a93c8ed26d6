package se.dialogcoder.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import java.util.function.Supplier;
import se.dialogcoder.app.bench.CorpusGenerator;

@Command(name = "generate-corpus", description = {"Write invented dialogue transcripts (.txt) for benchmarks and "
        + "tests: speaker turns, the county in the file name and first lines, theme words from the default codebook.",
    "The same seed gives the same files."})
final class GenerateCorpusCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUTDIR")
    Path outDir;

    @Mixin
    CorpusOptions corpus;

    private final Supplier<CorpusGenerator> corpusGenerator;

    GenerateCorpusCommand(Supplier<CorpusGenerator> corpusGenerator) {
        this.corpusGenerator = corpusGenerator;
    }

    @Override
    public Integer call() throws Exception {
        if (!corpus.inRange()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), CorpusOptions.RANGES + ".");
        }
        List<Path> files = corpusGenerator.get().write(outDir, corpus.counties, corpus.docsPerCounty,
                corpus.words, corpus.seed);
        err().println("Wrote " + files.size() + " documents to " + outDir + ".");
        return Cli.OK;
    }
}
