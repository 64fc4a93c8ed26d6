package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;
import se.dialogcoder.exchange.CsvReader;

/** export and export-frequencies as a user runs them: real files, exit codes, messages. */
class ExportCliTest extends CliTestBase {
    @TempDir
    Path dir;
    private Path project;

    @BeforeEach
    void setUp() {
        services = new Services(new AppPaths(dir.resolve("home")));
        project = dir.resolve("p.dcproj");
        assertThat(run("new", project.toString(), "--round", "2025")).isZero();
        assertThat(run("import", project.toString(), System.getProperty("samples.dir", "samples"))).as(err).isZero();
        assertThat(run("autocode", project.toString(), "--query", "efterlevande*", "--code",
                "Suicidprevention / Efterlevandestöd", "--scope", "sentence", "--coder", "Anna")).as(err).isZero();
        assertThat(run("autocode", project.toString(), "--query", "handlingsplan*", "--code",
                "Handlingsplaner / Länsgemensam plan", "--scope", "sentence", "--coder", "Bo")).as(err).isZero();
        assertThat(run("code", project.toString(), "--document", "2025_skane_lansdialog", "--start", "100", "--end",
                "180", "--code", "Suicidprevention", "--coder", "Anna")).as(err).isZero();
    }

    private static List<String> query(Path store, String sql) throws Exception {
        List<String> rows = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1) + "|" + r.getString(2));
            }
        }
        return rows;
    }

    @Test
    void exportFrequenciesAccumulatesRoundsAndReplacesTheSameRound() throws Exception {
        Path store = dir.resolve("Dokument").resolve("dialogcoder-frekvenser.sqlite");
        assertThat(run("export-frequencies", project.toString(), "--store", store.toString(), "--round", "2024"))
                .as(err).isZero();
        assertThat(err).contains("Created the store").contains("run 1 (round 2024, all coders)")
                .containsPattern("\\d+ rows = 21 counties × \\d+ themes").contains("Note: the project also has "
                        + "documents of round 2025");
        assertThat(run("export-frequencies", project.toString(), "--store", store.toString(), "--round", "2025",
                "--json")).as(err).isZero();
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.path("run").asInt()).isEqualTo(2);
        assertThat(json.path("counties").asInt()).isEqualTo(21);
        assertThat(json.path("rows").asInt()).isEqualTo(21 * json.path("themes").asInt());
        assertThat(json.path("replaced").asBoolean()).isFalse();
        assertThat(err).doesNotContain("Note:");
        assertThat(run("export-frequencies", project.toString(), "--store", store.toString(), "--round", "2025",
                "--coder", "Anna")).as(err).isZero();
        assertThat(err).contains("Wrote to").contains("(round 2025, coder Anna)")
                .contains("replaced the earlier run of this project and round");
        assertThat(query(store, "SELECT round, coalesce(coder_filter, '-') FROM run ORDER BY round"))
                .containsExactly("2024|-", "2025|Anna");
        assertThat(query(store, "SELECT r.round, f.segments FROM frequency f JOIN run r ON r.id = f.run_id "
                + "JOIN theme t ON t.id = f.theme_id WHERE f.county_code = '12' AND t.path = 'Suicidprevention' "
                + "ORDER BY r.round")).hasSize(2).allSatisfy(row -> assertThat(row).doesNotEndWith("|0"));
    }

    @Test
    void exportFrequenciesRefusesALockedStoreAndFilesThatAreNoStore() throws Exception {
        Path store = dir.resolve("frekvenser.sqlite");
        assertThat(run("export-frequencies", project.toString(), "--store", store.toString(), "--round", "2025"))
                .isZero();
        byte[] before = Files.readAllBytes(store);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            assertThat(run("export-frequencies", project.toString(), "--store", store.toString(), "--round", "2026"))
                    .isEqualTo(Cli.FAILED);
            assertThat(err).contains("frekvenser.sqlite").contains("in use by another program")
                    .contains("nothing was written").doesNotContain("Exception");
            s.execute("ROLLBACK");
        }
        assertThat(Files.readAllBytes(store)).isEqualTo(before);

        Path text = Files.writeString(dir.resolve("anteckning.txt"), "inte en databas");
        assertThat(run("export-frequencies", project.toString(), "--store", text.toString(), "--round", "2025"))
                .isEqualTo(Cli.FAILED);
        assertThat(err).contains("anteckning.txt: this is not a DialogCoder frequency store").contains("not changed");
        assertThat(Files.readString(text)).isEqualTo("inte en databas");
        assertThat(run("export-frequencies", project.toString(), "--store", project.toString(), "--round", "2025"))
                .isEqualTo(Cli.USAGE);
        assertThat(err).contains("is the project itself");
        assertThat(run("export-frequencies", project.toString(), "--store", store.toString())).isEqualTo(Cli.USAGE);
        assertThat(err).contains("--round");
    }

    @Test
    void tablesAndReportsAreWrittenInEachFormat() throws Exception {
        Path csv = dir.resolve("matris.csv");
        assertThat(run("export", project.toString(), "--format", "csv", "--out", csv.toString())).as(err).isZero();
        assertThat(err).contains("Wrote").contains("Segment (22 rows, commas)");
        List<List<String>> matrix = CsvReader.read(csv, ',');
        assertThat(matrix.get(0)).startsWith("Länskod", "Län").endsWith("Totalt");
        assertThat(matrix).hasSize(23);

        Path swedish = dir.resolve("täckning.csv");
        assertThat(run("export", project.toString(), "--format", "CSV", "--out", swedish.toString(), "--measure",
                "coverage", "--semicolon", "--county", "12", "--county", "09")).as(err).isZero();
        assertThat(CsvReader.read(swedish, ';').get(1).get(2)).matches("\\d+,\\d\\d");

        Path xlsx = dir.resolve("segment.xlsx");
        assertThat(run("export", project.toString(), "--format", "xlsx", "--out", xlsx.toString(), "--what",
                "segments", "--code", "Suicidprevention", "--coder", "Anna")).as(err).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Kodade segment");
            assertThat(sheet.getLastRowNum()).isGreaterThan(10);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(4).getStringCellValue()).startsWith("Suicidprevention");
                assertThat(sheet.getRow(r).getCell(6).getStringCellValue()).isEqualTo("Anna");
            }
        }

        Path html = dir.resolve("rapport.html");
        assertThat(run("export", project.toString(), "--format", "html", "--out", html.toString())).as(err).isZero();
        assertThat(err).containsPattern("Wrote the report .*rapport.html: 11 themes, \\d+ coded passages.");
        assertThat(Files.readString(html)).contains("<h2 id=\"frekvenser\">Frekvenstabell</h2>");
        Path docx = dir.resolve("rapport.docx");
        assertThat(run("export", project.toString(), "--format", "docx", "--out", docx.toString(), "--code",
                "Handlingsplaner")).as(err).isZero();
        assertThat(err).containsPattern(": 1 theme, \\d+ coded passages.");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("Handlingsplaner / Länsgemensam plan").contains("handlingsplan");
        }
    }

    @Test
    void theFrequencyTableEqualsTheFrequenciesCommand() throws Exception {
        assertThat(run("frequencies", project.toString(), "--with-subcodes", "--json")).isZero();
        Map<String, JsonNode> expected = new HashMap<>();
        new ObjectMapper().readTree(out).forEach(n -> expected.put(n.path("code").asText(), n));
        Path csv = dir.resolve("frekvenser.csv");
        assertThat(run("export", project.toString(), "--format", "csv", "--out", csv.toString(), "--what",
                "frequencies")).isZero();
        List<List<String>> rows = CsvReader.read(csv, ',');
        assertThat(rows).hasSize(expected.size() + 1);
        for (List<String> row : rows.subList(1, rows.size())) {
            JsonNode e = expected.get(row.get(0));
            assertThat(row.get(2)).as(row.get(0)).isEqualTo(e.path("segments").asText());
            assertThat(row.get(3)).isEqualTo(e.path("documents").asText());
            assertThat(row.get(5)).isEqualTo(e.path("characters").asText());
            assertThat(Double.parseDouble(row.get(6))).isCloseTo(100 * e.path("coverage").asDouble(),
                    org.assertj.core.api.Assertions.within(0.0051));
        }
    }

    @Test
    void wrongCombinationsAreUsageErrorsAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("x.out");
        Object[][] cases = {
            {new String[] {"--format", "qdpx", "--what", "matrix"}, Cli.USAGE, "--what does not apply"},
            {new String[] {"--format", "pdf"}, Cli.USAGE, "unknown format \"pdf\""},
            {new String[] {"--format", "xlsx", "--semicolon"}, Cli.USAGE, "--semicolon applies to --format csv"},
            {new String[] {"--format", "csv", "--what", "segments", "--measure", "coverage"}, Cli.USAGE,
                "--measure applies to --what matrix"},
            {new String[] {"--format", "csv", "--what", "tabell"}, Cli.USAGE, "--what takes matrix, frequencies"},
            {new String[] {"--format", "csv", "--measure", "mean"}, Cli.USAGE, "--measure takes segments"},
            {new String[] {"--format", "html", "--what", "matrix"}, Cli.USAGE, "not to the report"},
            {new String[] {"--format", "csv", "--code", "Finns inte"}, Cli.FAILED, "no code \"Finns inte\""},
            {new String[] {"--format", "csv", "--county", "99"}, Cli.USAGE, "unknown county"},
        };
        for (Object[] c : cases) {
            String[] extra = (String[]) c[0];
            String[] args = new String[4 + extra.length];
            args[0] = "export";
            args[1] = project.toString();
            args[2] = "--out";
            args[3] = file.toString();
            System.arraycopy(extra, 0, args, 4, extra.length);
            assertThat(run(args)).as(String.join(" ", extra)).isEqualTo(c[1]);
            assertThat(err).as(String.join(" ", extra)).contains((String) c[2]);
            assertThat(file).doesNotExist();
        }
        assertThat(run("export", project.toString(), "--format", "csv", "--out", project.toString()))
                .isEqualTo(Cli.USAGE);
        assertThat(err).contains("is the project itself");
        assertThat(run("export", dir.resolve("saknas.dcproj").toString(), "--format", "csv", "--out",
                file.toString())).isEqualTo(Cli.FAILED);
        assertThat(err).contains("saknas.dcproj").contains("no such file");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("x.out")
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
