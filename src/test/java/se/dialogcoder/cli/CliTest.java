package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;

/** The command line as a user runs it: real files in, exit codes and output checked. */
class CliTest extends CliTestBase {
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        services = new Services(new AppPaths(dir.resolve("home")));
    }

    private static Path samples() {
        return Path.of(System.getProperty("samples.dir", "samples"));
    }

    @Test
    void importingTheSamplesGivesOneDocumentPerCounty() throws Exception {
        Path project = dir.resolve("p.dcproj");
        assertThat(run("new", project.toString(), "--round", "2025")).isZero();
        assertThat(err).contains("Created").contains("codes");
        assertThat(run("import", project.toString(), samples().toString())).as(err).isZero();
        assertThat(err).contains("21 imported");

        assertThat(run("info", project.toString(), "--json")).isZero();
        JsonNode info = new ObjectMapper().readTree(out);
        assertThat(info.path("project").path("round").asText()).isEqualTo("2025");
        assertThat(info.path("documents")).hasSize(21);
        assertThat(info.path("codes").asInt()).isGreaterThan(50);
        assertThat(info.path("codings").asInt()).isZero();
        Set<String> counties = new HashSet<>();
        for (JsonNode d : info.path("documents")) {
            counties.add(d.path("county").asText());
            assertThat(d.path("units").asInt()).as(d.path("name").asText()).isGreaterThan(5);
            assertThat(d.path("characters").asInt()).isGreaterThan(5000);
        }
        assertThat(counties).hasSize(21).contains("01", "09", "14", "23", "25");

        assertThat(run("info", project.toString())).isZero();
        assertThat(out).contains("12 Skåne län").contains("Okänt län");
    }

    @Test
    void textPrintsTheStoredNormalisedText() throws Exception {
        Path project = dir.resolve("p.dcproj");
        run("new", project.toString());
        Path file = Files.write(dir.resolve("kalmar.txt"),
                "Region Kalmar län\r\nModerator: Välkomna.\r\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(run("import", project.toString(), file.toString())).isZero();
        assertThat(run("text", project.toString(), "--document", "kalmar")).isZero();
        assertThat(out).isEqualTo("Region Kalmar län\nModerator: Välkomna.\n");
        assertThat(run("text", project.toString(), "--document", "saknas")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("no document named \"saknas\"");
    }

    @Test
    void aBadFileInABatchIsReportedAndTheRestImported() throws Exception {
        Path project = dir.resolve("p.dcproj");
        run("new", project.toString());
        Path good = Files.writeString(dir.resolve("2025_skane.txt"), "Skåne län\n\nEn anteckning.");
        Path empty = Files.createFile(dir.resolve("tom.txt"));
        Path binary = Files.write(dir.resolve("bild.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1});
        assertThat(run("import", project.toString(), good.toString(), empty.toString(), binary.toString()))
                .isEqualTo(Cli.PARTIAL);
        assertThat(err).contains("tom.txt").contains("bild.txt").contains("1 imported");
        assertThat(run("import", project.toString(), good.toString(), "--json")).isZero();
        assertThat(out).contains("\"outcome\" : \"duplicate\"");
        assertThat(run("import", project.toString(), empty.toString())).isEqualTo(Cli.FAILED);
    }

    @Test
    void usageErrorsAndMissingProjectsHaveTheirExitCodes() {
        assertThat(run("import")).isEqualTo(Cli.USAGE);
        assertThat(run("info", dir.resolve("finns-inte.dcproj").toString())).isEqualTo(Cli.FAILED);
        assertThat(err).contains("finns-inte.dcproj").contains("no such file");
        assertThat(run("import", dir.resolve("x.dcproj").toString(), "a.txt", "--county", "99"))
                .isEqualTo(Cli.USAGE);
        assertThat(err).contains("unknown county");
    }

    @Test
    void countyOverrideAndCodebookRoundTrip() throws Exception {
        Path project = dir.resolve("p.dcproj");
        run("new", project.toString());
        Path file = Files.writeString(dir.resolve("anteckning.txt"), "Inget län nämns här.", StandardCharsets.UTF_8);
        assertThat(run("import", project.toString(), file.toString(), "--county", "SE-M")).isZero();
        run("info", project.toString(), "--json");
        assertThat(out).contains("\"county\" : \"12\"");

        Path book = dir.resolve("kodbok.json");
        assertThat(run("codebook", "export", project.toString(), book.toString())).isZero();
        Path other = dir.resolve("tom.dcproj");
        run("new", other.toString(), "--empty-codebook");
        assertThat(run("codebook", "import", other.toString(), book.toString())).isZero();
        assertThat(err).containsPattern("Added \\d{2} codes; 0 were");
        assertThat(run("codebook", "import", other.toString(), book.toString())).isZero();
        assertThat(err).contains("Added 0 codes");
        Path junk = Files.writeString(dir.resolve("junk.json"), "{\"hello\": 1}");
        assertThat(run("codebook", "import", other.toString(), junk.toString())).isEqualTo(Cli.FAILED);
        assertThat(err).contains("junk.json").contains("not a DialogCoder codebook");
    }
}
