package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;

/** The generated corpus imports with every county detected; the bench runs and reports its figures. */
class CorpusAndBenchTest extends CliTestBase {
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        services = new Services(new AppPaths(dir.resolve("home")));
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void theSameSeedGivesTheSameFilesAndEveryCountyIsDetected() throws Exception {
        Path a = dir.resolve("a");
        assertThat(run("generate-corpus", a.toString(), "--counties", "21", "--docs-per-county", "1", "--words",
                "400", "--seed", "7")).as(err).isZero();
        assertThat(err).contains("Wrote 21 documents");
        Path b = dir.resolve("b");
        run("generate-corpus", b.toString(), "--counties", "21", "--docs-per-county", "1", "--words", "400",
                "--seed", "7");
        Path c = dir.resolve("c");
        run("generate-corpus", c.toString(), "--counties", "21", "--docs-per-county", "1", "--words", "400",
                "--seed", "8");
        List<Path> fa = files(a);
        assertThat(fa).hasSize(21);
        for (int i = 0; i < fa.size(); i++) {
            assertThat(Files.readAllBytes(files(b).get(i))).isEqualTo(Files.readAllBytes(fa.get(i)));
        }
        assertThat(Files.readString(files(c).get(0))).isNotEqualTo(Files.readString(fa.get(0)));

        Path project = dir.resolve("p.dcproj");
        run("new", project.toString());
        assertThat(run("import", project.toString(), a.toString())).as(err).isZero();
        assertThat(err).contains("21 imported");
        assertThat(run("info", project.toString(), "--json")).isZero();
        Set<String> counties = new HashSet<>();
        for (JsonNode d : new ObjectMapper().readTree(out).path("documents")) {
            counties.add(d.path("county").asText());
            assertThat(d.path("kind").asText()).isEqualTo("transcript");
            assertThat(d.path("words").asInt()).isBetween(400, 420);
        }
        assertThat(counties).hasSize(21).doesNotContain("null");
        assertThat(run("search", project.toString(), "\"psykisk hälsa\" OR handlingsplan*")).isZero();
        assertThat(err).doesNotStartWith("0 hits");
    }

    @Test
    void benchPrintsItsFigures() throws Exception {
        assertThat(run("bench", "--json", "--counties", "3", "--docs-per-county", "2", "--words", "600", "--codings",
                "500")).as(err).isZero();
        JsonNode r = new ObjectMapper().readTree(out);
        assertThat(r.path("documents").asInt()).isEqualTo(6);
        assertThat(r.path("codings").asInt()).isEqualTo(500);
        assertThat(r.path("matrixMs").asDouble()).isPositive();
        assertThat(r.path("bareSqlMs").asDouble()).isPositive();
        assertThat(r.path("queries")).hasSize(5);
        assertThat(r.path("queries").get(0).path("hits").asInt()).isPositive();
        assertThat(r.path("heapUsedBytes").asLong()).isPositive();
        assertThat(run("bench", "--counties", "1", "--docs-per-county", "1", "--words", "200", "--codings", "10"))
                .isZero();
        assertThat(out).contains("county × theme matrix").contains("≤ 100 ms").contains("FTS query");
        assertThat(run("bench", "--counties", "22")).isEqualTo(Cli.USAGE);
    }

    @Test
    void benchScaleMultipliesTheCorpusAndPrintsEveryFigureWithItsTarget() throws Exception {
        String[] tiny = {"--counties", "2", "--docs-per-county", "1", "--words", "300", "--codings", "90"};
        assertThat(run(concat(new String[] {"bench", "--json", "--scale", "2"}, tiny))).as(err).isZero();
        JsonNode r = new ObjectMapper().readTree(out);
        assertThat(r.path("scale").asInt()).isEqualTo(2);
        assertThat(r.path("docsPerCounty").asInt()).isEqualTo(2);
        assertThat(r.path("documents").asInt()).isEqualTo(4);
        assertThat(r.path("codings").asInt()).isEqualTo(180);
        for (String kept : List.of("matrixMs", "bareSqlMs", "matrixToBare", "documentCodeAggregateMs",
                "matrixWithCoverageMs", "heapUsedBytes", "heapMaxBytes", "importMs", "insertCodingsMs")) {
            assertThat(r.has(kept)).as(kept).isTrue();
        }
        assertThat(r.path("queries").get(0).has("ftsMs")).isTrue();
        assertThat(r.path("queries").get(0).has("searchWithContextMs")).isTrue();
        assertThat(r.path("documentCodeBareSqlMs").asDouble()).isPositive();
        assertThat(r.path("matrixToBestBare").asDouble()).isPositive();
        JsonNode retrieval = r.path("retrieval");
        assertThat(retrieval.path("segments").asInt()).as("the code with the most of 180 codings")
                .isGreaterThanOrEqualTo(180 / 60);
        assertThat(retrieval.path("context").asInt()).isEqualTo(80);
        assertThat(retrieval.path("code").asText()).isNotBlank();
        assertThat(retrieval.path("appMs").asDouble()).isPositive();
        assertThat(retrieval.path("bareSqlMs").asDouble()).isPositive();
        assertThat(retrieval.path("appToBare").asDouble()).isPositive();
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertThat(r.path("peakRssBytes").asLong()).as("VmHWM").isGreaterThan(10_000_000L);
            assertThat(r.path("peakRssAfter").path("retrieval").asLong()).isPositive();
            assertThat(r.path("met").path("peakRssBytes").isBoolean()).isTrue();
        }
        JsonNode targets = r.path("targets");
        assertThat(targets.path("matrixMs").asDouble()).isEqualTo(100);
        assertThat(targets.path("matrixToBestBare").asDouble()).isEqualTo(1.5);
        assertThat(targets.path("matrixWithCoverageMs").asDouble()).isEqualTo(200);
        assertThat(targets.path("ftsMs").asDouble()).isEqualTo(50);
        assertThat(targets.path("firstPageMs").asDouble()).isEqualTo(100);
        assertThat(targets.path("retrievalToBare").asDouble()).isEqualTo(1.5);
        assertThat(targets.path("peakRssBytes").asDouble()).isEqualTo(1e9);
        assertThat(r.path("met").path("matrixMs").isBoolean()).isTrue();
        assertThat(r.path("met").path("retrievalToBare").isBoolean()).isTrue();
        assertThat(r.path("met").path("firstPageMs").isBoolean()).isTrue();
        assertThat(r.path("queries").get(0).path("firstPageMs").asDouble()).isPositive();
        assertThat(r.path("formsQueries")).hasSize(5);
        for (JsonNode f : r.path("formsQueries")) {
            assertThat(f.path("queryMs").asDouble()).as(f.path("query").asText()).isPositive();
            assertThat(f.path("documents").asInt()).as(f.path("query").asText())
                    .isGreaterThanOrEqualTo(f.path("exactDocuments").asInt());
        }
        assertThat(r.path("formsQueries").get(0).path("options").asText()).isEqualTo("stem");
        assertThat(r.path("searchWords").asInt()).isPositive();
        assertThat(targets.path("formsQueryMs").asDouble()).as("below scale 10").isEqualTo(50);
        assertThat(r.path("met").path("formsQueryMs").isBoolean()).isTrue();

        assertThat(run(concat(new String[] {"bench", "--scale", "2"}, tiny))).as(err).isZero();
        assertThat(out).startsWith("scale 2: 2 counties × 2 documents × 300 words = 4 documents");
        for (String[] line : new String[][] {{"county × theme matrix", "≤ 100 ms"},
            {"matrix / bare", "≤ 1.5"}, {"matrix with coverage", "≤ 200 ms"}, {"FTS query", "≤ 50 ms"},
            {"search, first page", "≤ 100 ms"}, {"retrieval / bare", "≤ 1.5"}, {"--stem handlingsplan", "≤ 50 ms"},
            {"--compounds suicidprevention", "≤ 50 ms"}, {"--stem --compounds plan", "≤ 50 ms"},
            {"peak RSS of the run", "≤ 1 GB"}}) {
            assertThat(out.lines().filter(l -> l.startsWith(line[0]) || l.startsWith("  " + line[0])))
                    .as(line[0]).isNotEmpty().allSatisfy(l -> assertThat(l).contains(line[1]));
        }
        assertThat(out).doesNotContain("not measured");
        assertThat(out.lines().filter(l -> l.contains("≤ ")))
                .hasSize(15 + 2 * 5).allSatisfy(l -> assertThat(l).containsAnyOf("✔", "✘")); // 5 searches with forms
        assertThat(out).contains("bare SQL document × code aggregate").contains("naive SQL county × theme join")
                .contains("bare SQL for the same segments");
        assertThat(run("bench", "--scale", "0")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("--scale takes a whole number");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The corpus options as --help shows them: the lines for --counties, --docs-per-county, --words, --seed. */
    private List<String> corpusOptionLines(String command) {
        assertThat(run(command, "--help")).isZero();
        return out.lines().filter(l -> l.strip().matches("--(counties|docs-per-county|words|seed)=.*")).toList();
    }

    @Test
    void generateCorpusAndBenchTakeTheSameCorpusOptions() {
        List<String> generate = corpusOptionLines("generate-corpus");
        assertThat(generate).hasSize(4).anySatisfy(l -> assertThat(l).contains("The first N of the 21 counties"));
        assertThat(corpusOptionLines("bench")).isEqualTo(generate);
        for (String[] bad : new String[][] {{"--counties", "0"}, {"--docs-per-county", "0"}, {"--words", "-1"}}) {
            assertThat(run("generate-corpus", dir.resolve("x").toString(), bad[0], bad[1])).isEqualTo(Cli.USAGE);
            assertThat(err).contains("--counties takes 1–21; --docs-per-county and --words at least 1.");
            assertThat(run("bench", bad[0], bad[1])).isEqualTo(Cli.USAGE);
            assertThat(err).contains("--counties takes 1–21; --docs-per-county and --words at least 1; --codings at "
                    + "least 0.");
        }
        assertThat(run("generate-corpus", dir.resolve("x").toString(), "--seed", "x")).isEqualTo(Cli.USAGE);
        assertThat(run("bench", "--seed", "x")).isEqualTo(Cli.USAGE);
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
