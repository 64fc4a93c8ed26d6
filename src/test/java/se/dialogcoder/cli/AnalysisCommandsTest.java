package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;

/** search, autocode, code, frequencies and cooccurrence as a user runs them, on real files. */
class AnalysisCommandsTest extends CliTestBase {
    static final String SKANE = """
            Länsdialog 2025 – Region Skåne
            Moderator: Har ni en handlingsplan för suicidprevention?
            Samordnare: Ja, en länsgemensam handlingsplan. Den gäller i hela vårt län.
            Moderator: Och åtgärder för efterlevande?
            Samordnare: Åtgärd saknas, tyvärr.
            """;
    static final String GOTLAND = """
            Region Gotland – minnesanteckningar

            Gotland saknar en handlingsplan. Atgard är stavat utan prickar.

            Lan och län är olika ord.
            """;
    @TempDir
    Path dir;
    private Path project;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() throws Exception {
        services = new Services(new AppPaths(dir.resolve("home")));
        project = dir.resolve("p.dcproj");
        Path files = Files.createDirectories(dir.resolve("in"));
        Files.writeString(files.resolve("2025_skane_lansdialog.txt"), SKANE);
        Files.writeString(files.resolve("2025_gotland_anteckningar.txt"), GOTLAND);
        assertThat(run("new", project.toString(), "--round", "2025")).isZero();
        assertThat(run("import", project.toString(), files.toString())).as(err).isZero();
        assertThat(err).contains("2 imported");
    }

    private String text(String document) {
        assertThat(run("text", project.toString(), "--document", document)).isZero();
        return out;
    }

    private static String slice(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    @Test
    void searchFindsLanButNotLanGroupedByCountyWithCodePointOffsets() throws Exception {
        assertThat(run("search", project.toString(), "län", "--json")).as(err).isZero();
        JsonNode hits = json.readTree(out);
        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).path("county").asText()).isEqualTo("09"); // Gotland before Skåne
        assertThat(hits.get(1).path("county").asText()).isEqualTo("12");
        for (JsonNode h : hits) {
            String doc = h.path("document").asText();
            assertThat(slice(text(doc), h.path("start").asInt(), h.path("end").asInt())).isEqualTo("län");
            assertThat(h.path("snippet").asText()).contains("län");
        }
        assertThat(run("search", project.toString(), "lan", "--json")).isZero();
        assertThat(json.readTree(out)).singleElement().satisfies(h -> assertThat(h.path("match").asText())
                .isEqualTo("Lan"));
        assertThat(run("search", project.toString(), "åtgärd*")).isZero();
        assertThat(out).contains("12 Skåne län (2)").contains("[åtgärder]").contains("[Åtgärd]")
                .doesNotContain("Atgard]");
        assertThat(err).contains("2 hits in 1 documents");
    }

    @Test
    void searchShowsOnePageWithLimitAndOffsetAndTheTotalOfTheWholeResult() throws Exception {
        String q = "handlingsplan OR län";
        assertThat(run("search", project.toString(), q, "--json")).as(err).isZero();
        JsonNode all = json.readTree(out);
        assertThat(all).as("without --limit: every hit, as before").hasSize(5);
        assertThat(err).contains("5 hits in 2 documents for " + q + ".");

        List<JsonNode> joined = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            assertThat(run("search", project.toString(), q, "--json", "--limit", "2", "--offset",
                    Integer.toString(offset))).as(err).isZero();
            JsonNode page = json.readTree(out);
            assertThat(page.path("query").asText()).isEqualTo(q);
            assertThat(page.path("offset").asInt()).isEqualTo(offset);
            assertThat(page.path("limit").asInt()).isEqualTo(2);
            assertThat(page.path("total").asInt()).isEqualTo(5);
            assertThat(page.path("documents").asInt()).isEqualTo(2);
            page.path("hits").forEach(joined::add);
        }
        assertThat(joined).as("the pages join up to the whole result, field for field").containsExactlyElementsOf(all);

        assertThat(run("search", project.toString(), q, "--limit", "2")).as(err).isZero();
        assertThat(out).contains("09 Gotlands län (2)").contains("[handlingsplan]").doesNotContain("Skåne");
        assertThat(err).contains("Hits 1–2 of 5 in 2 documents for " + q + ".");
        assertThat(run("search", project.toString(), q, "--offset", "4")).as(err).isZero();
        assertThat(out).startsWith("12 Skåne län (1)").doesNotContain("Gotland");
        assertThat(err).contains("Hits 5–5 of 5 in 2 documents");
        assertThat(run("search", project.toString(), q, "--offset", "9", "--json")).as(err).isZero();
        JsonNode past = json.readTree(out);
        assertThat(past.path("hits")).isEmpty();
        assertThat(past.path("total").asInt()).isEqualTo(5);
        assertThat(past.path("limit").isNull()).isTrue();
        assertThat(err).contains("No hits from 10 on: 5 hits in 2 documents");
        assertThat(run("search", project.toString(), q, "--limit", "-1")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("--limit and --offset");
    }

    @Test
    void anInvalidQueryIsAUsageErrorWithAPlainMessage() {
        assertThat(run("search", project.toString(), "handlingsplan AND")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("p.dcproj").contains("the search 'handlingsplan AND' is not valid")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).isEmpty();
    }

    @Test
    void autocodePreviewsThenCodesEveryHitAsOneChange() throws Exception {
        assertThat(run("autocode", project.toString(), "--query", "handlingsplan", "--code",
                "Handlingsplaner / Länsgemensam plan", "--scope", "sentence", "--coder", "Anna", "--dry-run"))
                .as(err).isZero();
        assertThat(out).contains("Har ni en handlingsplan för suicidprevention?")
                .contains("Ja, en länsgemensam handlingsplan.").contains("Gotland saknar en handlingsplan.");
        assertThat(err).contains("Would code 3 passages");
        assertThat(codings()).isZero();

        assertThat(run("autocode", project.toString(), "--query", "handlingsplan", "--code",
                "Handlingsplaner / Länsgemensam plan", "--scope", "sentence", "--coder", "Anna")).isZero();
        assertThat(err).contains("Coded 3 passages with \"Handlingsplaner / Länsgemensam plan\" for Anna");
        assertThat(codings()).isEqualTo(3);
        assertThat(run("autocode", project.toString(), "--query", "handlingsplan", "--code",
                "Handlingsplaner / Länsgemensam plan", "--scope", "sentence", "--coder", "Anna")).isZero();
        assertThat(err).contains("Coded 0 passages").contains("3 already coded");

        assertThat(run("autocode", project.toString(), "--query", "handlingsplan", "--code", "Handlingsplaner",
                "--scope", "turn", "--coder", "Anna", "--json")).isZero();
        assertThat(json.readTree(out)).hasSize(2); // the Gotland notes have no speaker turns
        assertThat(err).contains("1 outside speaker turns");
        assertThat(run("autocode", project.toString(), "--query", "x", "--code", "Handlingsplaner", "--scope",
                "kapitel")).isEqualTo(Cli.USAGE);
    }

    @Test
    void codeAPassageByCodePointOffsets() throws Exception {
        String text = text("2025_skane_lansdialog");
        int start = text.codePointCount(0, text.indexOf("Åtgärd saknas"));
        assertThat(run("code", project.toString(), "--document", "2025_skane_lansdialog", "--start",
                String.valueOf(start), "--end", String.valueOf(start + 13), "--code",
                "Suicidprevention / Efterlevandestöd", "--coder", "Bo", "--json")).as(err).isZero();
        assertThat(json.readTree(out).path("passage").asText()).isEqualTo("Åtgärd saknas");
        assertThat(json.readTree(out).path("coder").asText()).isEqualTo("Bo");

        assertThat(run("code", project.toString(), "--document", "2025_skane_lansdialog", "--start", "5", "--end",
                "100000", "--code", "Handlingsplaner")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("p.dcproj").contains("outside");
        assertThat(run("code", project.toString(), "--document", "saknas", "--start", "0", "--end", "3", "--code",
                "Handlingsplaner")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("no document named \"saknas\"");
        assertThat(run("code", project.toString(), "--document", "2025_skane_lansdialog", "--start", "0", "--end",
                "3", "--code", "Inget sådant tema")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("no code \"Inget sådant tema\"");
        assertThat(codings()).isEqualTo(1);
    }

    @Test
    void theCoderDefaultsToTheSettings() throws Exception {
        services.workspace().settings().coderName = "Cecilia";
        assertThat(run("code", project.toString(), "--document", "2025_skane_lansdialog", "--start", "0", "--end",
                "10", "--code", "Handlingsplaner", "--json")).isZero();
        assertThat(json.readTree(out).path("coder").asText()).isEqualTo("Cecilia");
    }

    @Test
    void frequenciesAsJsonAndCsvWithHandCountedNumbers() throws Exception {
        run("autocode", project.toString(), "--query", "handlingsplan", "--code",
                "Handlingsplaner / Länsgemensam plan", "--scope", "sentence", "--coder", "Anna");
        long skane = characters("2025_skane_lansdialog");
        long total = skane + characters("2025_gotland_anteckningar");
        // the three sentences, counted once each
        long inSkane = "Har ni en handlingsplan för suicidprevention?".length()
                + "Ja, en länsgemensam handlingsplan.".length();
        long coded = inSkane + "Gotland saknar en handlingsplan.".length();

        assertThat(run("frequencies", project.toString(), "--json")).isZero();
        JsonNode rows = json.readTree(out);
        JsonNode plan = find(rows, "all", "Handlingsplaner / Länsgemensam plan");
        assertThat(plan.path("segments").asInt()).isEqualTo(3);
        assertThat(plan.path("documents").asInt()).isEqualTo(2);
        assertThat(plan.path("counties").asInt()).isEqualTo(2);
        assertThat(plan.path("characters").asLong()).isEqualTo(coded);
        assertThat(plan.path("coverage").asDouble()).isCloseTo((double) coded / total,
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(find(rows, "all", "Handlingsplaner").path("segments").asInt()).isZero();

        assertThat(run("frequencies", project.toString(), "--json", "--with-subcodes")).isZero();
        assertThat(find(json.readTree(out), "all", "Handlingsplaner").path("segments").asInt()).isEqualTo(3);

        assertThat(run("frequencies", project.toString(), "--by", "county", "--csv")).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).isEqualTo("county,code,segments,documents,counties,characters,coverage");
        assertThat(lines).contains("12,Handlingsplaner / Länsgemensam plan,2,1,1," + inSkane + ","
                + String.format(java.util.Locale.ROOT, "%.6f", (double) inSkane / skane));

        assertThat(run("frequencies", project.toString(), "--by", "county", "--coverage")).isZero();
        assertThat(out).contains("09 Gotlands län").contains("12 Skåne län").contains("coverage");
        assertThat(run("frequencies", project.toString(), "--json", "--csv")).isEqualTo(Cli.USAGE);
    }

    @Test
    void cooccurrenceOfOverlappingCodings() throws Exception {
        run("autocode", project.toString(), "--query", "handlingsplan", "--code", "Handlingsplaner", "--scope",
                "turn", "--coder", "Anna");
        run("autocode", project.toString(), "--query", "suicidprevention", "--code", "Suicidprevention", "--scope",
                "match", "--coder", "Anna");
        assertThat(run("cooccurrence", project.toString(), "--json")).as(err).isZero();
        JsonNode co = json.readTree(out);
        assertThat(co.path("pairs")).singleElement().satisfies(p -> {
            assertThat(p.path("a").asText()).isEqualTo("Handlingsplaner");
            assertThat(p.path("b").asText()).isEqualTo("Suicidprevention");
            assertThat(p.path("count").asInt()).isEqualTo(1);
        });
        assertThat(co.path("matrix").get(0).get(1).asInt()).isEqualTo(1);
        assertThat(run("cooccurrence", project.toString(), "--by", "unit")).isZero();
        assertThat(out).contains("Handlingsplaner  ×  Suicidprevention");
    }

    private long characters(String document) throws Exception {
        assertThat(run("info", project.toString(), "--json")).isZero();
        for (JsonNode d : json.readTree(out).path("documents")) {
            if (d.path("name").asText().equals(document)) {
                return d.path("characters").asLong();
            }
        }
        throw new AssertionError("no document " + document);
    }

    private int codings() throws Exception {
        assertThat(run("info", project.toString(), "--json")).isZero();
        return json.readTree(out).path("codings").asInt();
    }

    private static JsonNode find(JsonNode rows, String county, String code) {
        List<JsonNode> found = new ArrayList<>();
        rows.forEach(r -> {
            if (r.path("county").asText().equals(county) && r.path("code").asText().equals(code)) {
                found.add(r);
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
