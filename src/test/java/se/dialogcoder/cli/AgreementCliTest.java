package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.teamwork.AgreementFixture;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;

/** alpha, kappa and agreement as a user runs them: real files in, exit codes and output checked. */
class AgreementCliTest extends CliTestBase {
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        services = new Services(new AppPaths(dir.resolve("home")));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out);
    }

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Krippendorff (2011), section C: four observers, twelve units, missing values, as a CSV file. */
    private Path krippendorff2011() throws Exception {
        return csv("krippendorff2011.csv", "A,B,C,D\n"
                + "1,1,,1\n2,2,3,2\n3,3,3,3\n3,3,3,3\n2,2,2,2\n1,2,3,4\n4,4,4,4\n1,1,2,1\n2,2,2,2\n,5,5,5\n,,1,1\n,3,,\n");
    }

    @Test
    void alphaReproducesThePublishedValuesAtAllFourLevels() throws Exception {
        Path f = krippendorff2011();
        double[] expected = {0.743, 0.815, 0.849, 0.797};
        String[] levels = {"nominal", "ordinal", "interval", "ratio"};
        for (int i = 0; i < levels.length; i++) {
            assertThat(run("alpha", f.toString(), "--level", levels[i], "--json")).as(err).isZero();
            JsonNode j = json();
            assertThat(j.path("alpha").asDouble()).as(levels[i]).isCloseTo(expected[i], within(0.0005));
            assertThat(j.path("level").asText()).isEqualTo(levels[i]);
            assertThat(j.path("units").asInt()).isEqualTo(12);
            assertThat(j.path("pairable").asInt()).isEqualTo(40);
            assertThat(j.path("unitsExcluded").asInt()).isEqualTo(1);
            assertThat(j.path("noVariation").asBoolean()).isFalse();
        }
        assertThat(run("alpha", f.toString(), "--level", "interval")).isZero();
        assertThat(out).contains("Krippendorff's alpha (interval): 0.849").contains("12 units from 4 coders")
                .contains("40 pairable values").contains("1 unit with fewer than two values left out");
    }

    @Test
    void alphaOnSwedishExcelCsvWithLabels() throws Exception {
        Path f = Files.write(dir.resolve("etiketter.csv"), ("\uFEFFKodare A;Kodare B\r\nhög;hög\r\nlåg;hög\r\n"
                + "låg;låg\r\n;låg\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(run("alpha", f.toString(), "--level", "nominal", "--json")).as(err).isZero();
        assertThat(json().path("coders").toString()).isEqualTo("[\"Kodare A\",\"Kodare B\"]");
        assertThat(json().path("pairable").asInt()).isEqualTo(6);
        assertThat(run("alpha", f.toString(), "--level", "interval")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("etiketter.csv: line 2, column 1 (\"Kodare A\"): \"hög\" is not a number")
                .contains("--level nominal");
    }

    @Test
    void alphaEdgeCasesAreDefined() throws Exception {
        Path missing = csv("tom.csv", "A,B\n1,\n,2\n");
        assertThat(run("alpha", missing.toString(), "--level", "nominal", "--json")).isZero();
        assertThat(json().path("alpha").isNull()).isTrue();
        assertThat(json().path("note").asText()).contains("undefined");
        assertThat(json().path("unitsExcluded").asInt()).isEqualTo(2);
        Path same = csv("same.csv", "A,B\n3,3\n3,3\n");
        assertThat(run("alpha", same.toString(), "--level", "ratio", "--json")).isZero();
        assertThat(json().path("alpha").asDouble()).isEqualTo(1.0);
        assertThat(json().path("noVariation").asBoolean()).isTrue();
        assertThat(run("alpha", same.toString(), "--level", "ratio")).isZero();
        assertThat(out).contains("(no variation)");
    }

    @Test
    void alphaUsageAndFileErrors() throws Exception {
        Path f = krippendorff2011();
        assertThat(run("alpha", f.toString())).isEqualTo(Cli.USAGE);
        assertThat(err).contains("--level");
        assertThat(run("alpha", f.toString(), "--level", "metric")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("nominal, ordinal, interval, ratio");
        assertThat(run("alpha", dir.resolve("saknas.csv").toString(), "--level", "nominal")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("saknas.csv: no such file");
        Path negative = csv("neg.csv", "A,B\n1,-1\n");
        assertThat(run("alpha", negative.toString(), "--level", "ratio")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("neg.csv: line 2, column 2 (\"B\"): -1 is negative");
    }

    @Test
    void kappaWithWeightsAgainstRIrr() throws Exception {
        // R irr's "anxiety" data, raters 2 and 3 (see CohenKappaTest for the published values)
        String[] r2 = "3 6 4 6 2 4 2 4 3 3 2 3 3 3 2 2 1 3 3 4".split(" ");
        String[] r3 = "2 1 4 4 3 2 1 6 1 1 1 2 3 3 1 1 3 3 2 2".split(" ");
        StringBuilder sb = new StringBuilder("rater2;rater3\n");
        for (int i = 0; i < r2.length; i++) {
            sb.append(r2[i]).append(';').append(r3[i]).append('\n');
        }
        sb.append("5;\n"); // a unit with a missing value: skipped
        Path f = csv("anxiety.csv", sb.toString());
        assertThat(run("kappa", f.toString(), "--json")).as(err).isZero();
        assertThat(json().path("kappa").asDouble()).isCloseTo(-0.006289308, within(1e-8));
        assertThat(json().path("n").asInt()).isEqualTo(20);
        assertThat(json().path("skipped").asInt()).isEqualTo(1);
        assertThat(json().path("weights").asText()).isEqualTo("none");
        assertThat(run("kappa", f.toString(), "--weights", "linear", "--json")).isZero();
        assertThat(json().path("kappa").asDouble()).isCloseTo(0.1459075, within(1e-7));
        assertThat(run("kappa", f.toString(), "--weights", "quadratic", "--json")).isZero();
        assertThat(json().path("kappa").asDouble()).isCloseTo(0.2520325, within(1e-7));
        assertThat(run("kappa", f.toString(), "--weights", "quadratic")).isZero();
        assertThat(out).contains("Cohen's kappa (quadratic weights) of rater2 and rater3: 0.252")
                .contains("20 units compared, 1 skipped");
    }

    /** A kappa of -0.00026: 100 units both 0, 43 "0,1", 7 "1,0", 3 both 1. */
    private static String slightlyNegativeKappa() {
        return "A,B\n" + "0,0\n".repeat(100) + "0,1\n".repeat(43) + "1,0\n".repeat(7) + "1,1\n".repeat(3);
    }

    @Test
    void aCoefficientThatRoundsToZeroIsShownAsZeroNotMinusZero() throws Exception {
        Path kappa = csv("nara-noll.csv", slightlyNegativeKappa());
        assertThat(run("kappa", kappa.toString())).as(err).isZero();
        assertThat(out).contains(": 0.000").doesNotContain("-0.000");
        assertThat(run("kappa", kappa.toString(), "--json")).isZero();
        assertThat(json().path("kappa").asDouble()).as("JSON keeps the exact value").isCloseTo(-0.00026, within(1e-5));

        Path alpha = csv("ratio.csv", "A,B\n3,3\n2,2\n2,1\n3,1\n"); // alpha = -0.00044
        assertThat(run("alpha", alpha.toString(), "--level", "ratio")).as(err).isZero();
        assertThat(out).contains("Krippendorff's alpha (ratio): 0.000").doesNotContain("-0.000");

        // the same table as coded characters of a document: Anna 0–10, Bo 7–53, 153 characters
        Path p = dir.resolve("p.dcproj");
        assertThat(run("new", p.toString())).isZero();
        Path text = Files.writeString(dir.resolve("2025_skane.txt"), "Skåne " + "ord ".repeat(36) + "nej");
        assertThat(run("import", p.toString(), text.toString())).as(err).isZero();
        assertThat(run("text", p.toString(), "--document", "2025_skane")).isZero();
        assertThat(out.codePointCount(0, out.length())).as("the stored text and its newline").isEqualTo(154);
        for (String[] c : new String[][] {{"Anna", "0", "10"}, {"Bo", "7", "53"}}) {
            assertThat(run("code", p.toString(), "--document", "2025_skane", "--start", c[1], "--end", c[2],
                    "--code", "Suicidprevention / Efterlevandestöd", "--coder", c[0])).as(err).isZero();
        }
        assertThat(run("agreement", p.toString(), "--coders", "Anna,Bo")).as(err).isZero();
        assertThat(out).containsPattern("All codes \\(pooled\\)\\s+67\\.3 %\\s+0\\.000\\s")
                .doesNotContain("-0.000");
    }

    @Test
    void kappaRefusesWhatItCannotDo() throws Exception {
        Path three = csv("tre.csv", "A,B,C\n1,1,1\n");
        assertThat(run("kappa", three.toString())).isEqualTo(Cli.FAILED);
        assertThat(err).contains("tre.csv: Cohen's kappa compares exactly two coders, but the header names 3")
                .contains("use alpha");
        Path labels = csv("etiketter.csv", "A,B\nja,nej\nja,ja\n");
        assertThat(run("kappa", labels.toString(), "--json")).isZero();
        assertThat(run("kappa", labels.toString(), "--weights", "linear")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("etiketter.csv: line 2, column 1 (\"A\"): \"ja\" is not a number");
        assertThat(run("kappa", labels.toString(), "--weights", "cubic")).isEqualTo(Cli.USAGE);
        Path allMissing = csv("tomma.csv", "A,B\n1,\n,2\n");
        assertThat(run("kappa", allMissing.toString(), "--json")).isZero();
        assertThat(json().path("kappa").isNull()).isTrue();
        assertThat(json().path("skipped").asInt()).isEqualTo(2);
    }

    @Test
    void agreementOnAProjectAsJson() throws Exception {
        Path p = AgreementFixture.create(dir.resolve("p.dcproj"));
        assertThat(run("agreement", p.toString(), "--coders", "Anna,Bo", "--json")).as(err).isZero();
        JsonNode j = json();
        assertThat(j.path("unit").asText()).isEqualTo("character");
        assertThat(j.path("documents")).hasSize(2);
        assertThat(j.path("skippedDocuments").get(0).path("reason").asText()).isEqualTo("only Anna coded it");
        assertThat(j.path("overall").path("kappa").asDouble()).isCloseTo(1740.0 / 3780, within(1e-12));
        assertThat(j.path("overall").path("table").path("onlyFirst").asInt()).isEqualTo(12);
        JsonNode child = j.path("codes").get(1);
        assertThat(child.path("code").asText()).isEqualTo(AgreementFixture.CHILD);
        assertThat(child.path("percentAgreement").asDouble()).isCloseTo(90.0, within(1e-9));
        assertThat(child.path("documents")).hasSize(2);

        assertThat(run("agreement", p.toString(), "--coders", "Anna,Bo,Cia", "--unit", "turn", "--code",
                AgreementFixture.CHILD, "--json")).as(err).isZero();
        JsonNode three = json();
        assertThat(three.path("overall").path("alpha").asDouble()).isCloseTo(1 - 11.0 / 35, within(1e-12));
        assertThat(three.path("overall").path("kappa").isNull()).isTrue();
        assertThat(three.path("overall").path("pairs")).hasSize(3);
    }

    @Test
    void agreementAsATable() throws Exception {
        Path p = AgreementFixture.create(dir.resolve("p.dcproj"));
        assertThat(run("agreement", p.toString(), "--coders", "Anna,Bo", "--unit", "turn")).as(err).isZero();
        assertThat(out).contains("Agreement of Anna, Bo in p.dcproj, counted in speaker turns.")
                .contains("Anteckning: it has no speaker turns")
                .containsPattern("Suicidprevention / Efterlevandestöd\\s+75\\.0 %\\s+0\\.500")
                .containsPattern("All codes \\(pooled\\)\\s+87\\.5 %\\s+0\\.714");
        assertThat(run("agreement", p.toString(), "--coders", "Anna,Bo", "--code", AgreementFixture.UNUSED))
                .isZero();
        assertThat(out).contains("* no variation");
    }

    @Test
    void agreementNamesUnknownCodersAndCodes() throws Exception {
        Path p = AgreementFixture.create(dir.resolve("p.dcproj"));
        assertThat(run("agreement", p.toString(), "--coders", "Anna,Eva")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("p.dcproj: no coder named \"Eva\"; the coders are Anna, Bo, Cia, Dag.");
        assertThat(run("agreement", p.toString(), "--coders", "Anna,Bo", "--code", "Saknas / Inget"))
                .isEqualTo(Cli.FAILED);
        assertThat(err).contains("p.dcproj: no code \"Saknas / Inget\"");
        assertThat(run("agreement", p.toString(), "--coders", "Anna")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("at least two coder names");
        assertThat(run("agreement", p.toString(), "--coders", "Anna,Bo", "--unit", "sentence"))
                .isEqualTo(Cli.USAGE);
        assertThat(run("agreement", dir.resolve("saknas.dcproj").toString(), "--coders", "Anna,Bo"))
                .isEqualTo(Cli.FAILED);
        assertThat(err).contains("saknas.dcproj: no such file");
    }
}
