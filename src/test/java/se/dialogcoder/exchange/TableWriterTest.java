package se.dialogcoder.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and XLSX as Excel (and a careful reader) see them. */
class TableWriterTest {
    @TempDir
    Path dir;
    private final TableWriter writer = new TableWriter();

    private static final Table TABLE = new Table("Täckning", List.of("Län", "Text", "Segment", "Täckning (%)"), List.of(
            Table.Row.of(Table.text("Skåne län"), Table.text("Ja, vi har en plan; den gäller \"hela\" länet,\nsedan 2023."),
                    Table.count(12), Table.share(0.123456)),
            Table.Row.of(Table.text("Gotlands län"), Table.text("=SUMMA(A1:A9)"), Table.count(0), Table.share(0)),
            Table.Row.of(Table.text("Okänt län"), Table.blank(), Table.count(1234567), Table.share(1)),
            Table.Row.totalOf(Table.text("Totalt"), Table.text("-2 och +3 @ alla"), Table.count(1234579),
                    Table.share(0.5))));

    @Test
    void commaCsvIsUtf8WithBomQuotedWhereNeededWithDecimalPoints() throws Exception {
        Path file = dir.resolve("t.csv");
        writer.writeCsv(TABLE, file, TableWriter.CsvStyle.COMMA);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFFLän,Text,Segment,"
                + "Täckning (%)\r\nSkåne län,\"Ja, vi har en plan; den gäller \"\"hela\"\" länet,\nsedan 2023.\",12,12.35\r\n");
        List<List<String>> rows = CsvReader.read(file, ',');
        assertThat(rows).containsExactly(
                List.of("Län", "Text", "Segment", "Täckning (%)"),
                List.of("Skåne län", "Ja, vi har en plan; den gäller \"hela\" länet,\nsedan 2023.", "12", "12.35"),
                List.of("Gotlands län", "'=SUMMA(A1:A9)", "0", "0.00"),
                List.of("Okänt län", "", "1234567", "100.00"),
                List.of("Totalt", "'-2 och +3 @ alla", "1234579", "50.00"));
    }

    @Test
    void swedishExcelCsvUsesSemicolonsAndDecimalCommas() throws Exception {
        Path file = dir.resolve("t.csv");
        writer.writeCsv(TABLE, file, TableWriter.CsvStyle.SEMICOLON);
        String text = Files.readString(file);
        assertThat(text).startsWith("\uFEFFLän;Text;Segment;Täckning (%)\r\n");
        List<List<String>> rows = CsvReader.read(file, ';');
        assertThat(rows).containsExactly(
                List.of("Län", "Text", "Segment", "Täckning (%)"),
                List.of("Skåne län", "Ja, vi har en plan; den gäller \"hela\" länet,\nsedan 2023.", "12", "12,35"),
                List.of("Gotlands län", "'=SUMMA(A1:A9)", "0", "0,00"),
                List.of("Okänt län", "", "1234567", "100,00"),
                List.of("Totalt", "'-2 och +3 @ alla", "1234579", "50,00"));
        // a comma alone needs no quotes here, a semicolon does
        assertThat(TableWriter.csvField(Table.text("a, b"), TableWriter.CsvStyle.SEMICOLON)).isEqualTo("a, b");
        assertThat(TableWriter.csvField(Table.text("a; b"), TableWriter.CsvStyle.SEMICOLON)).isEqualTo("\"a; b\"");
    }

    @Test
    void xlsxHasBoldHeadersNumbersAsNumbersPercentagesAndWidths() throws Exception {
        Path file = dir.resolve("t.xlsx");
        Table second = new Table("Täckning", List.of("A"), List.of(Table.Row.of(Table.text("x"))));
        writer.writeXlsx(List.of(TABLE, second), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(0)).isEqualTo("Täckning");
            assertThat(wb.getSheetName(1)).isEqualTo("Täckning (2)");
            XSSFSheet s = wb.getSheetAt(0);
            XSSFCell header = s.getRow(0).getCell(3);
            assertThat(header.getStringCellValue()).isEqualTo("Täckning (%)");
            assertThat(wb.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
            XSSFCell segments = s.getRow(1).getCell(2);
            assertThat(segments.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(segments.getNumericCellValue()).isEqualTo(12);
            XSSFCell share = s.getRow(1).getCell(3);
            assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(share.getNumericCellValue()).isEqualTo(0.123456);
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).contains("\"hela\"").contains("\n");
            assertThat(s.getRow(1).getCell(1).getCellStyle().getWrapText()).isFalse();
            assertThat(s.getRow(2).getCell(1).getStringCellValue()).isEqualTo("=SUMMA(A1:A9)");
            assertThat(s.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(s.getRow(3).getCell(1).getCellType()).isEqualTo(CellType.BLANK);
            XSSFCell total = s.getRow(4).getCell(2);
            assertThat(total.getNumericCellValue()).isEqualTo(1234579);
            assertThat(wb.getFontAt(total.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(wb.getFontAt(s.getRow(1).getCell(2).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(s.getColumnWidth(1)).as("text column fits its longest line").isGreaterThan(40 * 256);
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void aTextLongerThanExcelAllowsIsCutWithANote() throws Exception {
        String longText = "å".repeat(40_000);
        Path file = dir.resolve("lång.xlsx");
        writer.writeXlsx(List.of(new Table("Kodade segment", List.of("Text"),
                List.of(Table.Row.of(Table.text(longText))))), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFCell cell = wb.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getStringCellValue()).hasSize(TableWriter.MAX_CELL_TEXT)
                    .endsWith("[…avkortad; hela texten har 40000 tecken]");
            assertThat(cell.getCellStyle().getWrapText()).isTrue();
        }
        Path csv = dir.resolve("lång.csv");
        writer.writeCsv(new Table("x", List.of("Text"), List.of(Table.Row.of(Table.text(longText)))), csv,
                TableWriter.CsvStyle.COMMA);
        assertThat(CsvReader.read(csv, ',').get(1)).containsExactly(longText);
    }

    @Test
    void aFailedWriteLeavesAnExistingFileAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("t.csv"), "gammal");
        assertThatThrownBy(() -> writer.writeCsv(TABLE, dir, TableWriter.CsvStyle.COMMA))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("folder");
        assertThat(Files.readString(file)).isEqualTo("gammal");
        assertThatThrownBy(() -> new Table("x", List.of("a", "b"), List.of(Table.Row.of(Table.text("1")))))
                .isInstanceOf(IllegalArgumentException.class);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
