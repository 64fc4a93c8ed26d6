package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;

/** The automatic backups as a user sees them with {@code dialogcoder backups}: one per change, none for nothing. */
class BackupsCliTest extends CliTestBase {
    private static final String CODE = "Suicidprevention / Efterlevandestöd";
    @TempDir
    Path dir;
    private Path project;
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        services = new Services(new AppPaths(dir.resolve("home")));
        project = dir.resolve("p.dcproj");
        file = Files.writeString(dir.resolve("2025_skane_lansdialog.txt"), AnalysisCommandsTest.SKANE);
        assertThat(run("new", project.toString(), "--round", "2025")).isZero();
        assertThat(run("import", project.toString(), file.toString())).as(err).isZero();
    }

    private List<String> backups() {
        assertThat(run("backups", project.toString())).isZero();
        return out.lines().toList();
    }

    private int code(int start, int end, String code) {
        return run("code", project.toString(), "--document", "2025_skane_lansdialog", "--start", String.valueOf(start),
                "--end", String.valueOf(end), "--code", code);
    }

    private int codings(Path file) throws Exception {
        assertThat(run("info", file.toString(), "--json")).isZero();
        return new ObjectMapper().readTree(out).path("codings").asInt();
    }

    @Test
    void failedCommandsTakeNoBackupAndCannotPushTheUsefulOnesOut() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(code(10 * i, 10 * i + 5, CODE)).as(err).isZero();
        }
        List<String> before = backups();
        assertThat(before).as("one backup before the import and one before each coding").hasSize(5);

        assertThat(code(0, 5, "Misspelt")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("no code \"Misspelt\"");
        assertThat(code(0, 99_999, CODE)).isEqualTo(Cli.FAILED);
        assertThat(run("code", project.toString(), "--document", "saknas", "--start", "0", "--end", "3",
                "--code", CODE)).isEqualTo(Cli.FAILED);
        assertThat(run("autocode", project.toString(), "--query", "handlingsplan", "--code", "Misspelt",
                "--scope", "sentence")).isEqualTo(Cli.FAILED);
        assertThat(run("import", project.toString(), Files.createFile(dir.resolve("tom.txt")).toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(run("codebook", "import", project.toString(), dir.resolve("finns-inte.json").toString()))
                .isEqualTo(Cli.FAILED);

        assertThat(backups()).as("the same five backups, none pushed out").isEqualTo(before);
        Path newest = Path.of(before.get(0).replaceFirst("\\s+[\\d,]+ bytes$", ""));
        assertThat(codings(newest)).as("the newest backup is the state before the last coding").isEqualTo(3);
        assertThat(codings(project)).isEqualTo(4);
    }

    @Test
    void commandsThatChangeNothingTakeNoBackup() throws Exception {
        assertThat(run("autocode", project.toString(), "--query", "handlingsplan", "--code", CODE,
                "--scope", "sentence")).as(err).isZero();
        assertThat(err).contains("Coded 2 passages");
        List<String> before = backups();
        assertThat(before).hasSize(2);

        assertThat(run("autocode", project.toString(), "--query", "handlingsplan", "--code", CODE,
                "--scope", "sentence")).as(err).isZero();
        assertThat(err).contains("Coded 0 passages");
        assertThat(run("import", project.toString(), file.toString())).isZero();
        assertThat(err).contains("1 already present");
        Path codebook = dir.resolve("kodbok.json");
        assertThat(run("codebook", "export", project.toString(), codebook.toString())).isZero();
        assertThat(run("codebook", "import", project.toString(), codebook.toString())).isZero();
        assertThat(err).contains("Added 0 codes");

        assertThat(backups()).isEqualTo(before);
    }
}
