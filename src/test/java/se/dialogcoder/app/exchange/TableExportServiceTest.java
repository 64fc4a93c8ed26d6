package se.dialogcoder.app.exchange;

import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.analysis.CountyMatrix.Measure;
import se.dialogcoder.analysis.Frequencies;
import se.dialogcoder.app.exchange.TableExportService.Format;
import se.dialogcoder.app.exchange.TableExportService.Request;
import se.dialogcoder.app.exchange.TableExportService.What;
import se.dialogcoder.exchange.CsvReader;
import se.dialogcoder.exchange.TableWriter.CsvStyle;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Segment;

/** The tables read back (CSV as text, XLSX with POI) hold the numbers and passages the app shows. */
class TableExportServiceTest {
    @TempDir
    static Path dir;
    static ExportFixture fixture;

    @BeforeAll
    static void build() throws Exception {
        fixture = new ExportFixture(dir);
    }

    private static Project open() throws Exception {
        return ProjectStores.openReadOnly(fixture.project);
    }

    private static double number(String csv) {
        return Double.parseDouble(csv.replace(',', '.'));
    }

    @Test
    void theCoverageMatrixAsSwedishCsvHasEveryCountyThemeAndTotal() throws Exception {
        Path file = dir.resolve("täckning.csv");
        try (Project p = open()) {
            var result = fixture.services.exchanges().tables().export(p, file, new Request(What.MATRIX, Format.CSV,
                    CsvStyle.SEMICOLON, List.of(Measure.COVERAGE), CodingFilter.ALL, List.of()));
            assertThat(result.tables()).containsExactly("Täckning");
            CountyMatrix m = fixture.services.analyses().analysis().matrix(p, CodingFilter.ALL, null, true);
            List<List<String>> rows = CsvReader.read(file, ';');
            assertThat(rows).hasSize(1 + 22 + 1);
            assertThat(rows.get(0)).startsWith("Länskod", "Län", "Styrning och samordning").endsWith("Totalt")
                    .hasSize(2 + m.columns().size() + 1);
            assertThat(rows.get(1).subList(0, 2)).containsExactly("01", "Stockholms län");
            assertThat(rows.get(22).subList(0, 2)).containsExactly("", "Okänt län");
            assertThat(rows.get(23).subList(0, 2)).containsExactly("", "Totalt");
            int decimalCommas = 0;
            for (int r = 0; r < m.rows().size(); r++) {
                List<String> row = rows.get(r + 1);
                for (int c = 0; c < m.columns().size(); c++) {
                    assertThat(number(row.get(c + 2))).isCloseTo(100 * m.cell(Measure.COVERAGE, r, c), within(0.0051));
                    decimalCommas += row.get(c + 2).matches("\\d+,\\d\\d") ? 1 : 0;
                }
                assertThat(number(row.get(row.size() - 1))).isCloseTo(100 * m.rowTotal(Measure.COVERAGE, r),
                        within(0.0051));
            }
            assertThat(decimalCommas).isEqualTo(22 * m.columns().size());
            List<String> total = rows.get(23);
            for (int c = 0; c < m.columns().size(); c++) {
                assertThat(number(total.get(c + 2))).isCloseTo(100 * m.columnTotal(Measure.COVERAGE, c), within(0.0051));
            }
            assertThat(number(total.get(total.size() - 1))).isCloseTo(100 * m.total(Measure.COVERAGE), within(0.0051));
        }
    }

    @Test
    void theXlsxMatrixHasASheetPerMeasureWithExactNumbers() throws Exception {
        Path file = dir.resolve("matris.xlsx");
        try (Project p = open()) {
            fixture.services.exchanges().tables().export(p, file, new Request(What.MATRIX, Format.XLSX, null,
                    List.of(Measure.values()), CodingFilter.ALL, List.of()));
            CountyMatrix m = fixture.services.analyses().analysis().matrix(p, CodingFilter.ALL, null, true);
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                        .containsExactly("Segment", "Täckning", "Förekomst");
                for (Measure measure : Measure.values()) {
                    XSSFSheet s = wb.getSheet(TableExportService.measureName(measure));
                    int last = 2 + m.columns().size();
                    for (int r = 0; r < m.rows().size(); r++) {
                        XSSFRow row = s.getRow(r + 1);
                        County county = m.rows().get(r);
                        assertThat(row.getCell(1).getStringCellValue())
                                .isEqualTo(county == null ? "Okänt län" : county.officialName());
                        for (int c = 0; c < m.columns().size(); c++) {
                            assertThat(row.getCell(c + 2).getCellType()).isEqualTo(CellType.NUMERIC);
                            assertThat(row.getCell(c + 2).getNumericCellValue()).as(measure + " " + r + "," + c)
                                    .isEqualTo(m.cell(measure, r, c));
                        }
                        assertThat(row.getCell(last).getNumericCellValue()).isEqualTo(m.rowTotal(measure, r));
                    }
                    XSSFRow total = s.getRow(m.rows().size() + 1);
                    assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Totalt");
                    assertThat(total.getCell(last).getNumericCellValue()).isEqualTo(m.total(measure));
                    assertThat(s.getRow(1).getCell(2).getCellStyle().getDataFormatString())
                            .isEqualTo(measure == Measure.COVERAGE ? "0.0%" : "#,##0");
                }
                assertThat(wb.getSheet("Segment").getRow(m.rows().size() + 1).getCell(2 + m.columns().size())
                        .getNumericCellValue()).isEqualTo(fixture.codings.size());
            }
        }
    }

    @Test
    void themeFrequenciesAsCsvMatchTheFrequenciesWithSubcodes() throws Exception {
        Path file = dir.resolve("frekvenser.csv");
        try (Project p = open()) {
            fixture.services.exchanges().tables().export(p, file, new Request(What.FREQUENCIES, Format.CSV, CsvStyle.COMMA,
                    null, CodingFilter.ALL, List.of()));
            List<Frequencies.Row> expected = fixture.services.analyses().analysis().frequencies(p, CodingFilter.ALL, true, false);
            List<List<String>> rows = CsvReader.read(file, ',');
            assertThat(rows.get(0)).containsExactly("Kod", "Nivå", "Segment", "Dokument", "Län", "Kodade tecken",
                    "Täckning (%)", "Kod-id");
            assertThat(rows).hasSize(expected.size() + 1);
            for (int i = 0; i < expected.size(); i++) {
                Frequencies.Row f = expected.get(i);
                List<String> row = rows.get(i + 1);
                assertThat(row.get(0)).isEqualTo(f.path());
                assertThat(row.get(1)).isEqualTo(f.path().contains(" / ") ? "2" : "1");
                assertThat(row.subList(2, 6)).containsExactly(Integer.toString(f.segments()),
                        Integer.toString(f.documents()), Integer.toString(f.counties()), Long.toString(f.characters()));
                assertThat(number(row.get(6))).isCloseTo(100 * f.coverage(), within(0.0051));
                assertThat(row.get(7)).isEqualTo(f.code().uid());
            }
        }
    }

    @Test
    void codedSegmentsInXlsxAreThePassagesWithCountySpeakerCodeCoderAndMemo() throws Exception {
        Path file = dir.resolve("segment.xlsx");
        try (Project p = open()) {
            var result = fixture.services.exchanges().tables().export(p, file, new Request(What.SEGMENTS, Format.XLSX, null,
                    null, CodingFilter.ALL, List.of()));
            List<Segment> segments = fixture.services.analyses().retrieval().segments(p, CodingFilter.ALL, false, 0, 0);
            assertThat(result.rows()).isEqualTo(segments.size()).isEqualTo(fixture.codings.size());
            CodeTree tree = fixture.services.analyses().analysis().codeTree(p);
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                XSSFSheet s = wb.getSheet("Kodade segment");
                List<String> header = new ArrayList<>();
                s.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
                assertThat(header).containsExactly("Länskod", "Län", "Dokument", "Talare", "Kod", "Text", "Kodare",
                        "Memo", "Start", "Slut");
                int memos = 0;
                int speakers = 0;
                for (int i = 0; i < segments.size(); i++) {
                    Segment seg = segments.get(i);
                    XSSFRow row = s.getRow(i + 1);
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo(seg.documentName());
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo(tree.path(seg.codeId()));
                    assertThat(row.getCell(5).getStringCellValue()).isEqualTo(seg.passage());
                    assertThat(row.getCell(6).getStringCellValue()).isEqualTo(seg.coder());
                    assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(seg.start());
                    assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(seg.end());
                    if (seg.memo() != null) {
                        assertThat(row.getCell(7).getStringCellValue()).isEqualTo(seg.memo());
                        memos++;
                    }
                    if (seg.speaker() != null) {
                        assertThat(row.getCell(3).getStringCellValue()).isEqualTo(seg.speaker());
                        speakers++;
                    }
                }
                assertThat(memos).isGreaterThan(10);
                assertThat(speakers).isGreaterThan(50);
                assertThat(s.getRow(segments.size()).getCell(1).getStringCellValue()).isEqualTo("Okänt län");
                assertThat(s.getColumnWidth(5)).isEqualTo(62 * 256);
                assertThat(s.getRow(1).getCell(5).getCellStyle().getWrapText()).isTrue();
            }
        }
    }

    @Test
    void aCodeAndACoderNarrowTheTables() throws Exception {
        Path file = dir.resolve("bo.csv");
        try (Project p = open()) {
            CodingFilter bo = CodingFilter.ALL.withCoders(Set.of("Bo"));
            fixture.services.exchanges().tables().export(p, file, new Request(What.SEGMENTS, Format.CSV, CsvStyle.SEMICOLON, null,
                    bo, List.of("Suicidprevention")));
            List<List<String>> rows = CsvReader.read(file, ';');
            assertThat(rows.size()).isGreaterThan(2);
            for (List<String> row : rows.subList(1, rows.size())) {
                assertThat(row.get(4)).startsWith("Suicidprevention");
                assertThat(row.get(6)).isEqualTo("Bo");
            }
            var matrix = fixture.services.exchanges().tables().tables(p, new Request(What.MATRIX, Format.XLSX, null,
                    List.of(Measure.SEGMENTS), CodingFilter.ALL, List.of("Suicidprevention / Efterlevandestöd",
                    "handlingsplaner")));
            assertThat(matrix.get(0).header()).containsExactly("Länskod", "Län", "Suicidprevention / Efterlevandestöd",
                    "Handlingsplaner", "Totalt");
            assertThatThrownBy(() -> fixture.services.exchanges().tables().tables(p, new Request(What.SEGMENTS, Format.CSV, null,
                    null, CodingFilter.ALL, List.of("Finns inte")))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no code \"Finns inte\"");
        }
    }
}
