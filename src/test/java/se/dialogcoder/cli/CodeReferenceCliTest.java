package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;

/**
 * A code reference on the command line means exactly one code: an exact path or name wins over an id, an ambiguous
 * reference is refused with its candidates and changes nothing.
 */
class CodeReferenceCliTest extends CliTestBase {
    /** A codebook from another program: a top-level "Styrning" (the default codebook's "Styrning och samordning"
     * has the id {@code styrning}) and two codes named "Övrigt". */
    private static final String QDC = """
            <?xml version="1.0" encoding="utf-8"?>
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo 14">
              <Codes>
                <Code guid="11111111-1111-1111-1111-111111111111" name="Styrning" isCodable="true"/>
                <Code guid="22222222-2222-2222-2222-222222222222" name="Samverkan" isCodable="true">
                  <Code guid="33333333-3333-3333-3333-333333333333" name="Övrigt" isCodable="true"/>
                </Code>
                <Code guid="44444444-4444-4444-4444-444444444444" name="Stöd" isCodable="true">
                  <Code guid="55555555-5555-5555-5555-555555555555" name="Övrigt" isCodable="true"/>
                </Code>
              </Codes>
            </CodeBook>
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
        Files.writeString(files.resolve("2025_skane_lansdialog.txt"), AnalysisCommandsTest.SKANE);
        assertThat(run("new", project.toString(), "--round", "2025")).isZero();
        assertThat(run("import", project.toString(), files.toString())).as(err).isZero();
        Path qdc = Files.writeString(dir.resolve("fran-nvivo.qdc"), QDC);
        assertThat(run("import-qdc", project.toString(), qdc.toString())).as(err).isZero();
    }

    private int code(String reference) {
        return run("code", project.toString(), "--document", "2025_skane_lansdialog", "--start", "0", "--end", "9",
                "--code", reference, "--coder", "Bo", "--json");
    }

    @Test
    void anExactNameWinsOverAnId() throws Exception {
        assertThat(code("Styrning")).as(err).isZero();
        assertThat(json.readTree(out).path("code").asText()).isEqualTo("Styrning");
        assertThat(run("autocode", project.toString(), "--query", "handlingsplan", "--code", "Styrning", "--scope", "match",
                "--coder", "Bo")).as(err).isZero();
        assertThat(err).contains("with \"Styrning\"").doesNotContain("Styrning och samordning");
    }

    @Test
    void theIdIsStillReachableWithItsPrefixOrWhenNoNameFits() throws Exception {
        assertThat(code("id:styrning")).as(err).isZero();
        assertThat(json.readTree(out).path("code").asText()).isEqualTo("Styrning och samordning");
        assertThat(code("Styrning och samordning")).as(err).isZero();
        assertThat(json.readTree(out).path("code").asText()).isEqualTo("Styrning och samordning");
    }

    @Test
    void anAmbiguousReferenceListsItsCandidatesAndChangesNothing() throws Exception {
        byte[] before = Files.readAllBytes(project);
        assertThat(code("Övrigt")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("p.dcproj").contains("ambiguous").contains("\"Samverkan / Övrigt\" (id ")
                .contains("\"Stöd / Övrigt\" (id ").contains("33333333-3333-3333-3333-333333333333")
                .contains("55555555-5555-5555-5555-555555555555");
        assertThat(run("autocode", project.toString(), "--query", "handlingsplan", "--code", "övrigt", "--scope", "match"))
                .isEqualTo(Cli.FAILED);
        assertThat(err).contains("ambiguous");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(code("Stöd / Övrigt")).as(err).isZero();
        assertThat(json.readTree(out).path("code").asText()).isEqualTo("Stöd / Övrigt");
    }
}
