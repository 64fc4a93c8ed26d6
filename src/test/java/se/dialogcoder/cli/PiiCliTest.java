package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;

/** scan-pii, import --pseudonymise and pii-key as a user runs them. */
class PiiCliTest extends CliTestBase {
    /** 811218-9876: the textbook personnummer with a valid check digit. */
    private static final String PNR = "811218-9876";
    private static final String TRANSCRIPT = """
            Länsdialog Skåne 2025-03-12

            Moderator: Välkomna. Anna Svensson från regionen börjar.
            Anna Svensson: Tack. Jag nås på 070-123 45 67 eller anna.svensson@skane.se.
            Moderator: Tack. Ärendet %s gäller en efterlevande. Budgeten är 1 527 000 000 kronor.
            Anna Svensson: Dnr 2025/01234 och S2024-01234 är diarienummer.
            """.formatted(PNR);

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() throws Exception {
        services = new Services(new AppPaths(dir.resolve("home")));
        Files.createDirectories(dir.resolve("home"));
        Files.writeString(dir.resolve("home/pii-names.txt"), "# mina namn\nAnna Svensson\n", StandardCharsets.UTF_8);
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path newProject() {
        Path project = dir.resolve("p.dcproj");
        assertThat(run("new", project.toString(), "--round", "2025")).isZero();
        return project;
    }

    @Test
    void scanPiiListsEachFindingWithItsTextAndCodePointOffsets() throws Exception {
        Path emoji = file("2025_skane.txt", "😀 Ring 070-123 45 67, pnr " + PNR + ".\n\nLisa Ek var där.");
        Path clean = file("2025_kalmar.txt", "Budgeten 2025 är 1 560 mnkr, se Dnr 2025/01234 från 2025-03-12.");
        Path names = file("namn.txt", "Lisa Ek\n");
        assertThat(run("scan-pii", emoji.toString(), clean.toString(), "--names", names.toString(), "--json"))
                .as(err).isZero();
        JsonNode rows = new ObjectMapper().readTree(out);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).path("kind").asText()).isEqualTo("phone");
        assertThat(rows.get(0).path("text").asText()).isEqualTo("070-123 45 67");
        assertThat(rows.get(0).path("start").asInt()).isEqualTo(7);
        assertThat(rows.get(0).path("end").asInt()).isEqualTo(20);
        assertThat(rows.get(1).path("kind").asText()).isEqualTo("personnummer");
        assertThat(rows.get(1).path("text").asText()).isEqualTo(PNR);
        assertThat(rows.get(2).path("kind").asText()).isEqualTo("name");
        assertThat(rows.get(2).path("file").asText()).isEqualTo(emoji.toString());
        assertThat(err).contains("2025_kalmar.txt: no personal data found")
                .contains("2025_skane.txt: 1 personnummer, 1 phone number, 1 listed name");

        assertThat(run("scan-pii", emoji.toString())).isZero();
        assertThat(out).contains(emoji + "\tpersonnummer\t").contains("\t" + PNR + "\n");
        assertThat(out).doesNotContain("Lisa Ek"); // only in the extra list, not in the user's own
    }

    @Test
    void scanPiiReportsUnreadableFilesAndBadNameLists() throws Exception {
        Path good = file("a.txt", "Ring 08-123 456 78.");
        Path empty = Files.createFile(dir.resolve("tom.txt"));
        assertThat(run("scan-pii", good.toString(), empty.toString())).isEqualTo(Cli.PARTIAL);
        assertThat(err).contains("tom.txt");
        assertThat(run("scan-pii", empty.toString())).isEqualTo(Cli.FAILED);
        Path latin1 = Files.write(dir.resolve("namn.txt"), "Åke\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("scan-pii", good.toString(), "--names", latin1.toString())).isEqualTo(Cli.FAILED);
        assertThat(err).contains("namn.txt").contains("UTF-8");
        assertThat(run("scan-pii")).isEqualTo(Cli.USAGE);
    }

    @Test
    void importWithoutTheFlagStoresAsItIsAndWarnsNamingFileAndKinds() throws Exception {
        Path project = newProject();
        Path f = file("2025_skane.txt", TRANSCRIPT);
        assertThat(run("import", project.toString(), f.toString(), "--json")).isZero();
        assertThat(err).contains("warning  2025_skane.txt: personal data stored as it is: 1 personnummer, "
                + "1 e-mail address, 1 phone number, 3 listed names");
        JsonNode row = new ObjectMapper().readTree(out).get(0);
        assertThat(row.path("pii").path("found").path("personnummer").asInt()).isEqualTo(1);
        assertThat(row.path("pii").path("pseudonymised").size()).isZero();
        run("text", project.toString(), "--document", "2025_skane");
        assertThat(out).contains(PNR).contains("Anna Svensson");
    }

    @Test
    void theSameValueGetsTheSamePseudonymAcrossImports() throws Exception {
        Path project = newProject();
        Path first = file("2025_skane.txt", TRANSCRIPT);
        assertThat(run("import", project.toString(), first.toString(), "--pseudonymise")).as(err).isZero();
        assertThat(err).contains("pseudonymised  2025_skane.txt: 1 personnummer, 1 e-mail address, 1 phone number, "
                + "3 listed names").contains("6 values replaced");
        run("text", project.toString(), "--document", "2025_skane");
        assertThat(out).isEqualTo("""
                Länsdialog Skåne 2025-03-12

                Moderator: Välkomna. [Person 1] från regionen börjar.
                [Person 1]: Tack. Jag nås på [Telefon 1] eller [E-post 1].
                Moderator: Tack. Ärendet [Personnummer 1] gäller en efterlevande. Budgeten är 1 527 000 000 kronor.
                [Person 1]: Dnr 2025/01234 och S2024-01234 är diarienummer.
                """);

        // another file, other spellings of the same values, and new ones
        Path second = file("2025_skane_teams.vtt", """
                WEBVTT

                00:00:01.000 --> 00:00:04.000
                <v ANNA SVENSSON>Ring +46 70 123 45 67 eller ANNA.SVENSSON@SKANE.SE.</v>

                00:00:05.000 --> 00:00:09.000
                <v Moderator>Gäller 19%s? Eller 08-123 456 78?</v>
                """.formatted(PNR));
        assertThat(run("import", project.toString(), second.toString(), "--pseudonymise")).as(err).isZero();
        run("text", project.toString(), "--document", "2025_skane_teams");
        assertThat(out).isEqualTo("""
                [00:00:01] [Person 1]: Ring [Telefon 1] eller [E-post 1].

                [00:00:05] Moderator: Gäller [Personnummer 1]? Eller [Telefon 2]?
                """);
        assertThat(err).doesNotContain("warning");
    }

    @Test
    void theProjectFileHoldsNoOriginalValueAfterPseudonymising() throws Exception {
        Path project = newProject();
        Path f = file("2025_skane.txt", TRANSCRIPT);
        assertThat(run("import", project.toString(), f.toString(), "--pseudonymise")).isZero();
        List<String> originals = List.of("8112189876", PNR, "070-123 45 67", "0701234567", "Svensson", "svensson",
                "anna.svensson@skane.se", "skane.se");
        for (Path p : projectFiles(project)) {
            String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
            String utf8 = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            for (String original : originals) {
                assertThat(bytes).as(p.getFileName() + " holds " + original).doesNotContain(original);
                assertThat(utf8).as(p.getFileName() + " holds " + original).doesNotContain(original);
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project);
             Statement s = c.createStatement()) {
            List<String> cells = new ArrayList<>();
            for (String sql : List.of("SELECT text FROM document", "SELECT speaker FROM text_unit",
                    "SELECT kind || value_hash || number || key_id FROM pseudonym", "SELECT name || source_file FROM document")) {
                try (ResultSet r = s.executeQuery(sql)) {
                    while (r.next()) {
                        cells.add(r.getString(1));
                    }
                }
            }
            assertThat(cells).isNotEmpty().noneMatch(cell -> cell != null
                    && originals.stream().anyMatch(o -> cell.toLowerCase().contains(o.toLowerCase())));
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM pseudonym")) {
                assertThat(r.getInt(1)).isEqualTo(4);
            }
        }
        // the secret is in the data folder, not beside the project
        try (Stream<Path> keys = Files.list(dir.resolve("home/pii-keys"))) {
            assertThat(keys.toList()).singleElement().satisfies(k -> assertThat(k.toString()).endsWith(".key"));
        }
    }

    /** The project, its WAL (if any) and its backups. */
    private List<Path> projectFiles(Path project) throws Exception {
        List<Path> files = new ArrayList<>();
        files.add(project);
        Path wal = project.resolveSibling(project.getFileName() + "-wal");
        if (Files.exists(wal)) {
            files.add(wal);
        }
        try (Stream<Path> walk = Files.walk(dir.resolve("home/backups"))) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        return files;
    }

    @Test
    void theKeyGoesOnlyToANewFileTheUserNames() throws Exception {
        Path project = newProject();
        Path f = file("2025_skane.txt", TRANSCRIPT);
        Path key = dir.resolve("nyckel.csv");
        assertThat(run("import", project.toString(), f.toString(), "--key-out", key.toString())).isEqualTo(Cli.USAGE);
        assertThat(err).contains("--key-out needs --pseudonymise");
        Files.writeString(key, "finns redan");
        assertThat(run("import", project.toString(), f.toString(), "--pseudonymise", "--key-out", key.toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err).contains("nyckel.csv").contains("exists already").contains("Nothing was imported");
        assertThat(Files.readString(key)).isEqualTo("finns redan");
        run("info", project.toString(), "--json");
        assertThat(new ObjectMapper().readTree(out).path("documents")).isEmpty();

        Files.delete(key);
        assertThat(run("import", project.toString(), f.toString(), "--pseudonymise", "--key-out", key.toString()))
                .as(err).isZero();
        assertThat(Files.readAllLines(key)).containsExactly("\"pseudonym\",\"kind\",\"original\"",
                "\"[Personnummer 1]\",\"personnummer\",\"" + PNR + "\"",
                "\"[E-post 1]\",\"email\",\"anna.svensson@skane.se\"",
                "\"[Telefon 1]\",\"phone\",\"070-123 45 67\"",
                "\"[Person 1]\",\"name\",\"Anna Svensson\"");

        // later, on this computer: the key rebuilt from the original files
        Path again = dir.resolve("nyckel-igen.csv");
        assertThat(run("pii-key", project.toString(), f.toString(), "--out", again.toString())).as(err).isZero();
        assertThat(Files.readAllLines(again)).isEqualTo(Files.readAllLines(key));
        assertThat(run("pii-key", project.toString(), f.toString(), "--out", again.toString())).isEqualTo(Cli.FAILED);
        assertThat(err).contains("exists already");
    }

    @Test
    void withoutTheSecretNumberingGoesOnAndTheUserIsWarned() throws Exception {
        Path project = newProject();
        Path f = file("2025_skane.txt", TRANSCRIPT);
        assertThat(run("import", project.toString(), f.toString(), "--pseudonymise")).isZero();
        try (Stream<Path> keys = Files.list(dir.resolve("home/pii-keys"))) {
            for (Path k : keys.toList()) {
                Files.delete(k); // as if the project had been copied to another computer
            }
        }
        Path other = dir.resolve("nyckel.csv");
        assertThat(run("pii-key", project.toString(), f.toString(), "--out", other.toString())).isEqualTo(Cli.FAILED);
        assertThat(err).contains("does not have the pseudonym secret");
        assertThat(other).doesNotExist();

        Path second = file("2025_skane_2.txt", "Anna Svensson: Ring 070-123 45 67.\nAnna Svensson: Hej då.");
        assertThat(run("import", project.toString(), second.toString(), "--pseudonymise")).isZero();
        assertThat(err).contains("warning").contains("4 earlier pseudonyms").contains("not on this computer")
                .contains("two pseudonyms");
        run("text", project.toString(), "--document", "2025_skane_2");
        assertThat(out).isEqualTo("[Person 2]: Ring [Telefon 2].\n[Person 2]: Hej då.\n");
    }
}
