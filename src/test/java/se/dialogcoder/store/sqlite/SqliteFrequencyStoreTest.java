package se.dialogcoder.store.sqlite;

import se.dialogcoder.model.FrequencyWrite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.model.County;
import se.dialogcoder.store.FrequencyRun;
import se.dialogcoder.store.FrequencyStore;
import se.dialogcoder.store.FrequencyStoreException;

/** The frequency store file: created, accumulated, replaced atomically, refused when it is not ours or locked. */
class SqliteFrequencyStoreTest {
    @TempDir
    Path dir;

    private final SqliteFrequencyStore store = new SqliteFrequencyStore(Duration.ofMillis(300), step -> { });

    /** A run of two themes (B under A) where Skåne has {@code skane} segments of A and everything else is zero. */
    static FrequencyRun run(String project, String round, int skane) {
        List<FrequencyRun.Theme> themes = List.of(
                new FrequencyRun.Theme(10, "a", null, "A", "A", "A en", 0),
                new FrequencyRun.Theme(11, "a.b", 10L, "A / B", "B", null, 1));
        List<FrequencyRun.Cell> cells = new ArrayList<>();
        List<FrequencyRun.CountyTotals> counties = new ArrayList<>();
        for (County c : County.values()) {
            boolean s = c == County.SKANE;
            boolean none = c == County.GOTLAND;
            counties.add(new FrequencyRun.CountyTotals(c, none ? 0 : 1, none ? 0 : 400, none ? 0 : 60));
            cells.add(new FrequencyRun.Cell(c, 10, s ? skane : 0, s ? 1 : 0, s ? 40L * skane : 0, s ? 6L * skane : 0,
                    none ? null : s ? skane / 10.0 : 0.0));
            cells.add(new FrequencyRun.Cell(c, 11, 0, 0, 0, 0L, none ? null : 0.0));
        }
        return new FrequencyRun(Instant.parse("2026-01-02T03:04:05Z"), project, "Projekt " + project, round, null,
                "test", themes, counties, cells, 2);
    }

    private static Connection open(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static List<String> rows(Path file, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = open(file); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    @Test
    void aNewStoreHasItsIdentityAll21CountiesAndTheRun() throws Exception {
        Path file = dir.resolve("frekvenser.sqlite");
        FrequencyWrite result = store.write(file, run("p1", "2025", 3));
        assertThat(result.created()).isTrue();
        assertThat(result.replaced()).isFalse();
        assertThat(result.rows()).isEqualTo(42);
        assertThat(result.counties()).isEqualTo(21);
        assertThat(result.themes()).isEqualTo(2);
        assertThat(rows(file, "PRAGMA application_id")).containsExactly(Integer.toString(SqliteFrequencyStore.APPLICATION_ID));
        assertThat(rows(file, "PRAGMA user_version")).containsExactly(Integer.toString(SqliteFrequencyStore.CURRENT_VERSION));
        assertThat(rows(file, "SELECT code, iso, name FROM county ORDER BY code")).hasSize(21)
                .contains("01|SE-AB|Stockholms län", "23|SE-Z|Jämtlands län", "25|SE-BD|Norrbottens län");
        assertThat(rows(file, "SELECT id, exported_at, project_uuid, project_name, round, coder_filter, app_version, "
                + "unknown_county_documents FROM run"))
                .containsExactly(result.runId() + "|2026-01-02T03:04:05Z|p1|Projekt p1|2025|null|test|2");
        assertThat(rows(file, "SELECT county_code, documents, characters, words FROM run_county ORDER BY 1"))
                .hasSize(21).contains("09|0|0|0", "12|1|400|60");
        assertThat(rows(file, "SELECT t.uid, t.path, t.name, t.name_en, t.depth, p.uid FROM theme t "
                + "LEFT JOIN theme p ON p.id = t.parent_id ORDER BY t.sort_order"))
                .containsExactly("a|A|A|A en|0|null", "a.b|A / B|B|null|1|a");
        assertThat(rows(file, "SELECT f.county_code, t.uid, f.segments, f.documents, f.characters, f.words, "
                + "f.coverage FROM frequency f JOIN theme t ON t.id = f.theme_id WHERE f.county_code IN ('12', '09') "
                + "ORDER BY 1, 2")).containsExactly("09|a|0|0|0|0|null", "09|a.b|0|0|0|0|null", "12|a|3|1|120|18|0.3",
                "12|a.b|0|0|0|0|0.0");
        assertThat(rows(file, "SELECT county, theme, segments FROM frequency_view WHERE segments > 0"))
                .containsExactly("Skåne län|A|3");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("frekvenser.sqlite");
        }
    }

    @Test
    void roundsAccumulateAndTheSameProjectAndRoundIsReplaced() throws Exception {
        Path file = dir.resolve("frekvenser.sqlite");
        store.write(file, run("p1", "2024", 1));
        store.write(file, run("p1", "2025", 2));
        store.write(file, run("p2", "2025", 5));
        FrequencyWrite again = store.write(file, run("p1", "2025", 7));
        assertThat(again.replaced()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(rows(file, "SELECT r.project_uuid, r.round, f.segments FROM run r JOIN frequency f ON f.run_id = r.id "
                + "JOIN theme t ON t.id = f.theme_id WHERE f.county_code = '12' AND t.uid = 'a' ORDER BY 1, 2"))
                .containsExactly("p1|2024|1", "p1|2025|7", "p2|2025|5");
        assertThat(rows(file, "SELECT count(*) FROM theme")).containsExactly("6");
        assertThat(rows(file, "SELECT count(*) FROM frequency")).containsExactly("126");
        assertThat(rows(file, "SELECT count(*) FROM county")).containsExactly("21");
        assertThat(rows(file, "SELECT count(*) FROM run_county")).containsExactly("63");
        assertThat(rows(file, "PRAGMA foreign_key_check")).isEmpty();
    }

    @Test
    void aReplaceInterruptedHalfWayLeavesTheEarlierRunAsItWas() throws Exception {
        Path file = dir.resolve("frekvenser.sqlite");
        store.write(file, run("p1", "2025", 2));
        store.write(file, run("p1", "2024", 1));
        List<String> before = rows(file, "SELECT * FROM run r JOIN theme t ON t.run_id = r.id "
                + "JOIN frequency f ON f.theme_id = t.id ORDER BY r.id, t.id, f.county_code");
        int[] rowsWritten = {0};
        SqliteFrequencyStore failing = new SqliteFrequencyStore(Duration.ofMillis(300), step -> {
            if (step.equals("frequency") && ++rowsWritten[0] == 17) {
                throw new IllegalStateException("power cut");
            }
        });
        assertThatThrownBy(() -> failing.write(file, run("p1", "2025", 9))).hasMessageContaining("power cut");
        assertThat(rowsWritten[0]).isEqualTo(17);
        assertThat(rows(file, "SELECT * FROM run r JOIN theme t ON t.run_id = r.id "
                + "JOIN frequency f ON f.theme_id = t.id ORDER BY r.id, t.id, f.county_code")).isEqualTo(before);

        SqliteFrequencyStore failingAfterDelete = new SqliteFrequencyStore(Duration.ofMillis(300), step -> {
            if (step.equals("deleted")) {
                throw new SQLException("disk I/O error");
            }
        });
        assertThatThrownBy(() -> failingAfterDelete.write(file, run("p1", "2025", 9)))
                .isInstanceOf(FrequencyStoreException.class).hasMessageContaining("frekvenser.sqlite")
                .hasMessageContaining("nothing was written");
        assertThat(rows(file, "SELECT * FROM run r JOIN theme t ON t.run_id = r.id "
                + "JOIN frequency f ON f.theme_id = t.id ORDER BY r.id, t.id, f.county_code")).isEqualTo(before);
    }

    @Test
    void aNewStoreThatFailsHalfWayLeavesNoFileBehind() throws Exception {
        SqliteFrequencyStore failing = new SqliteFrequencyStore(Duration.ofMillis(300), step -> {
            if (step.equals("themes")) {
                throw new SQLException("disk I/O error");
            }
        });
        Path file = dir.resolve("ny.sqlite");
        assertThatThrownBy(() -> failing.write(file, run("p1", "2025", 1))).isInstanceOf(FrequencyStoreException.class)
                .hasMessageContaining("ny.sqlite");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aStoreLockedByAnotherConnectionIsRefusedAndLeftByteForByte() throws Exception {
        Path file = dir.resolve("frekvenser.sqlite");
        store.write(file, run("p1", "2024", 1));
        byte[] before = Files.readAllBytes(file);
        try (Connection other = open(file); Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            assertThatThrownBy(() -> store.write(file, run("p1", "2025", 2))).isInstanceOf(FrequencyStoreException.class)
                    .hasMessageContaining("frekvenser.sqlite").hasMessageContaining("in use by another program")
                    .hasMessageContaining("nothing was written");
            s.execute("ROLLBACK");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(store.write(file, run("p1", "2025", 2)).replaced()).isFalse();
    }

    @Test
    void aStoreWithAnOpenWriteTransactionElsewhereIsRefusedToo() throws Exception {
        Path file = dir.resolve("frekvenser.sqlite");
        store.write(file, run("p1", "2024", 1));
        byte[] before = Files.readAllBytes(file);
        try (Connection other = open(file); Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.executeUpdate("UPDATE run SET project_name = 'ändrad'");
            assertThatThrownBy(() -> store.write(file, run("p1", "2025", 2)))
                    .hasMessageContaining("in use by another program");
            s.execute("ROLLBACK");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void filesThatAreNotStoresAreRefusedByNameAndNotChanged() throws Exception {
        Path text = Files.writeString(dir.resolve("anteckningar.txt"), "Det här är ingen databas.\n");
        Path other = dir.resolve("annan.sqlite");
        try (Connection c = open(other); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE kontakter (namn TEXT)");
            s.executeUpdate("INSERT INTO kontakter VALUES ('Anna')");
        }
        Path project = dir.resolve("projekt.dcproj");
        try (Connection c = open(project); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA application_id = 1145270116");
            s.executeUpdate("CREATE TABLE project (id INTEGER)");
        }
        Path empty = Files.createFile(dir.resolve("tom.sqlite"));
        Path newer = dir.resolve("nyare.sqlite");
        store.write(newer, run("p1", "2025", 1));
        try (Connection c = open(newer); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = " + (SqliteFrequencyStore.CURRENT_VERSION + 1));
        }
        Object[][] cases = {{text, "not an SQLite database"}, {other, "SQLite database of another kind"},
            {project, "DialogCoder project"}, {empty, "empty"}, {newer, "newer DialogCoder"}};
        for (Object[] c : cases) {
            Path file = (Path) c[0];
            byte[] before = Files.readAllBytes(file);
            assertThatThrownBy(() -> store.write(file, run("p1", "2025", 2))).as(file.toString())
                    .isInstanceOf(FrequencyStoreException.class).hasMessageStartingWith(file.getFileName().toString())
                    .hasMessageContaining((String) c[1]).hasMessageContaining("not changed");
            assertThat(Files.readAllBytes(file)).as(file.toString()).isEqualTo(before);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("anteckningar.txt",
                    "annan.sqlite", "projekt.dcproj", "tom.sqlite", "nyare.sqlite");
        }
        assertThatThrownBy(() -> store.write(dir, run("p1", "2025", 2))).hasMessageContaining("folder");
    }

    @Test
    void aVersion1StoreIsMigratedWithItsRunsKeptAndTheNewRunAdded() throws Exception {
        Path file = dir.resolve("gammal.sqlite");
        writeV1Store(file);
        assertThat(store.inspect(file)).isEqualTo(1);
        List<String> oldRows = rows(file, "SELECT r.round, r.coder_filter, t.path, f.county_code, f.segments, "
                + "f.documents, f.characters, round(f.coverage, 6) FROM frequency f JOIN run r ON r.id = f.run_id "
                + "JOIN theme t ON t.id = f.theme_id ORDER BY 1, 3, 4");
        assertThat(oldRows).hasSize(126).contains("2024|null|Suicidprevention|12|2|1|92|0.431925",
                "2023|Bo|Suicidprevention / Efterlevandestöd|12|1|1|35|0.164319");

        FrequencyWrite result = store.write(file, run("p1", "2025", 4));
        assertThat(result.migratedFrom()).isEqualTo(1);
        assertThat(rows(file, "PRAGMA user_version")).containsExactly("2");
        assertThat(rows(file, "SELECT r.round, r.coder_filter, t.path, f.county_code, f.segments, "
                + "f.documents, f.characters, round(f.coverage, 6) FROM frequency f JOIN run r ON r.id = f.run_id "
                + "JOIN theme t ON t.id = f.theme_id WHERE r.project_uuid <> 'p1' ORDER BY 1, 3, 4"))
                .isEqualTo(oldRows);
        assertThat(rows(file, "SELECT DISTINCT r.round, f.words, r.unknown_county_documents FROM frequency f "
                + "JOIN run r ON r.id = f.run_id WHERE r.project_uuid <> 'p1'"))
                .containsExactlyInAnyOrder("2024|null|null", "2023|null|null");
        assertThat(rows(file, "SELECT round, count(*) FROM frequency_view GROUP BY round ORDER BY round"))
                .containsExactly("2023|63", "2024|63", "2025|42");
        assertThat(rows(file, "SELECT count(*) FROM run_county")).containsExactly("21");
        assertThat(rows(file, "PRAGMA foreign_key_check")).isEmpty();
        assertThat(rows(file, "PRAGMA integrity_check")).containsExactly("ok");
    }

    @Test
    void aMigrationThatFailsLeavesTheVersion1StoreAsItWas() throws Exception {
        Path file = dir.resolve("gammal.sqlite");
        writeV1Store(file);
        byte[] before = Files.readAllBytes(file);
        SqliteFrequencyStore failing = new SqliteFrequencyStore(Duration.ofMillis(300), step -> {
            if (step.equals("themes")) {
                throw new SQLException("disk I/O error");
            }
        });
        assertThatThrownBy(() -> failing.write(file, run("p1", "2025", 4))).hasMessageContaining("gammal.sqlite");
        assertThat(rows(file, "PRAGMA user_version")).containsExactly("1");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    /** Writes the frozen version-1 fixture into a new file. */
    static void writeV1Store(Path file) throws Exception {
        String sql;
        try (var in = SqliteFrequencyStoreTest.class.getResourceAsStream("/fixtures/frequency-store-v1.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = open(file); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
