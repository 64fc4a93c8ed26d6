package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;

/** search and autocode with --stem and --compounds, on the 21 samples as imported by a user. */
class WordFormsCliTest extends CliTestBase {
    private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "samples"));
    /** The samples imported once; each test works on a copy. */
    private static Path imported;
    @TempDir
    static Path shared;
    @TempDir
    Path dir;
    private Path project;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() throws Exception {
        services = new Services(new AppPaths(dir.resolve("home")));
        if (imported == null) {
            Path p = shared.resolve("samples.dcproj");
            assertThat(run("new", p.toString(), "--round", "2025")).isZero();
            assertThat(run("import", p.toString(), SAMPLES.toString())).as(err).isZero();
            imported = p;
        }
        project = dir.resolve("p.dcproj");
        Files.copy(imported, project);
    }

    /** What the last {@link #words} search said on stderr. */
    private String summary;

    /** The words of the hits as written (lower case), after checking each against the stored text. */
    private Set<String> words(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("search", project.toString()));
        command.addAll(List.of(args));
        command.add("--json");
        assertThat(run(command.toArray(String[]::new))).as(err).isZero();
        summary = err;
        Set<String> found = new TreeSet<>();
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        JsonNode hits = json.readTree(out);
        for (JsonNode h : hits) {
            String text = texts.computeIfAbsent(h.path("document").asText(), d -> {
                assertThat(run("text", project.toString(), "--document", d)).isZero();
                return this.out;
            });
            String word = text.substring(text.offsetByCodePoints(0, h.path("start").asInt()),
                    text.offsetByCodePoints(0, h.path("end").asInt()));
            assertThat(word).isEqualTo(h.path("match").asText());
            found.add(word.toLowerCase(Locale.ROOT));
        }
        return found;
    }

    @Test
    void stemFindsTheInflectionsOfAWordInTheSamples() throws Exception {
        Set<String> exact = words("handlingsplan");
        assertThat(exact).containsExactly("handlingsplan");
        Set<String> stem = words("handlingsplan", "--stem");
        assertThat(stem).contains("handlingsplan", "handlingsplanen", "handlingsplaner")
                .allMatch(w -> w.startsWith("handlingsplan"));
        assertThat(summary).contains("(all inflections)");
    }

    @Test
    void compoundsFindTheCompoundsAWordIsAPartOfNotWordsThatMerelyContainIt() throws Exception {
        Set<String> parts = words("plan", "--compounds");
        assertThat(parts).contains("plan", "handlingsplan", "länsplan", "tidplan", "vårdplan")
                .doesNotContain("planera", "planering", "planeringen", "handlingsplanen");
        Set<String> both = words("plan", "--compounds", "--stem");
        assertThat(both).contains("handlingsplanen", "planen", "handlingsplaner").doesNotContain("planering");
        assertThat(both).containsAll(parts);
    }

    @Test
    void theFormsGoWithPhrasesBooleansAndCountyFilters() throws Exception {
        Set<String> skane = words("handlingsplan", "--stem", "--county", "12");
        assertThat(run("search", project.toString(), "handlingsplan", "--stem", "--county", "12", "--json"))
                .isZero();
        for (JsonNode h : json.readTree(out)) {
            assertThat(h.path("county").asText()).isEqualTo("12");
        }
        assertThat(skane).isNotEmpty();
        assertThat(words("handlingsplan NOT suicidprevention", "--stem", "--compounds"))
                .doesNotContain("suicidprevention");
        assertThat(run("search", project.toString(), "\"plan x", "--stem")).isEqualTo(Cli.USAGE);
        assertThat(run("search", project.toString(), "handlingsplan", "--stem", "--limit", "2", "--json"))
                .as(err).isZero();
        assertThat(json.readTree(out).path("searched").asText()).contains("\"handlingsplanen\"");
    }

    @Test
    void autocodeWithStemCodesEveryFormAsOneChange() throws Exception {
        assertThat(run("autocode", project.toString(), "--query", "handlingsplan", "--code", "Handlingsplaner",
                "--scope", "match", "--coder", "Anna", "--dry-run")).as(err).isZero();
        int exact = Integer.parseInt(err.replaceAll("(?s).*Would code (\\d+) passages.*", "$1"));
        assertThat(run("autocode", project.toString(), "--query", "handlingsplan", "--code", "Handlingsplaner",
                "--scope", "match", "--coder", "Anna", "--stem", "--json")).as(err).isZero();
        JsonNode coded = json.readTree(out);
        assertThat(coded.size()).isGreaterThan(exact);
        for (JsonNode c : coded) {
            assertThat(c.path("passage").asText().toLowerCase(Locale.ROOT)).startsWith("handlingsplan");
        }
        assertThat(err).contains("Coded " + coded.size() + " passages");
        assertThat(run("info", project.toString(), "--json")).isZero();
        assertThat(json.readTree(out).path("codings").asInt()).isEqualTo(coded.size());
    }
}
