package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.analysis.TrendsFixture;

/** trends as a user runs it on stores written by the real export. */
class TrendsCliTest extends CliTestBase {
    @TempDir
    static Path dir;
    static TrendsFixture fixture;

    @BeforeAll
    static void build() throws Exception {
        fixture = new TrendsFixture(dir);
    }

    @BeforeEach
    void services() {
        services = fixture.services;
    }

    @Test
    void theTableShowsTheRoundsSideBySideAndTheBiggestChangeFirst() {
        assertThat(run("trends", "--store", fixture.store.toString(), "--county", "12")).as(err).isZero();
        assertThat(err).contains("3 runs, rounds 2023, 2024, 2025").doesNotContain("never added");
        assertThat(out).contains("12 Skåne län").doesNotContain("25 Norrbottens län");
        String first = out.lines().dropWhile(l -> !l.startsWith("Biggest changes")).skip(1).findFirst().orElseThrow();
        assertThat(first).contains("Handlingsplaner").contains("2024 → 2025").contains("33.3% → 60.0% (+26.7 pp)");
    }

    @Test
    void jsonAndCsvCarryEveryRunAndTheChosenTheme() throws Exception {
        assertThat(run("trends", "--store", fixture.store.toString(), "--theme", "Suicidprevention", "--county",
                "Skåne", "--json")).as(err).isZero();
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.path("runs")).hasSize(3);
        assertThat(json.path("rows")).hasSize(1);
        JsonNode values = json.path("rows").get(0).path("values");
        assertThat(values.get(0).path("segments").asInt()).isEqualTo(2);
        assertThat(values.get(2).path("share").asDouble()).isEqualTo(0.4);
        assertThat(json.path("changes").get(0).path("from").asText()).isEqualTo("2024");

        assertThat(run("trends", "--store", fixture.store.toString(), "--theme", "efterlevandestöd", "--county",
                "12", "--csv")).as(err).isZero();
        assertThat(out.lines().toList()).hasSize(4).first().asString().startsWith("county,county_name,theme");
        assertThat(out).contains("12,Skåne län,Suicidprevention / Efterlevandestöd,");
    }

    @Test
    void twoRunsOfOneRoundArePrintedSeparatelyAndSaidSo() throws Exception {
        assertThat(run("trends", "--store", fixture.shared.toString(), "--county", "12", "--theme",
                "Suicidprevention")).as(err).isZero();
        assertThat(err).contains("Round 2025 has 2 runs (different projects or coders): they are shown separately, "
                + "never added.");
        assertThat(out).contains("2025 (1)").contains("2025 (2)").contains("Bos kopia · coder Bo")
                .contains("Länsdialoger · all coders");
        assertThat(run("trends", "--store", fixture.shared.toString(), "--county", "12", "--theme",
                "Suicidprevention", "--json")).isZero();
        JsonNode values = new ObjectMapper().readTree(out).path("rows").get(0).path("values");
        assertThat(values).hasSize(4);
        assertThat(values.findValuesAsText("segments")).containsExactlyInAnyOrder("2", "4", "4", "1");
    }

    @Test
    void aBadStoreIsNamedAndLeftAsItWas() throws Exception {
        Path text = Files.writeString(dir.resolve("fel.sqlite"), "inget lager");
        assertThat(run("trends", "--store", text.toString())).isEqualTo(Cli.FAILED);
        assertThat(err).contains("fel.sqlite").contains("not a DialogCoder frequency store")
                .doesNotContain("Exception");
        assertThat(Files.readString(text)).isEqualTo("inget lager");
        assertThat(run("trends", "--store", fixture.store.toString(), "--county", "Atlantis")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("Atlantis");
        assertThat(run("trends", "--store", fixture.store.toString(), "--theme", "Inget sådant")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("Inget sådant").contains("frekvenser.sqlite");
    }
}
