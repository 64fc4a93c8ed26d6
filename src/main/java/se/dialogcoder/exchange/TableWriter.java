package se.dialogcoder.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@link Table}s for spreadsheets. CSV is UTF-8 with a byte-order mark (so Excel reads å, ä, ö right), lines
 * end with CRLF, fields are quoted when they hold the separator, a quote or a line break (quotes doubled, RFC 4180);
 * either comma-separated with a decimal point, or the Swedish-Excel style: semicolon-separated with a decimal comma.
 * Shares are written as percentages with two decimals. A text that Excel would take for a formula (it begins with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe. XLSX (Apache POI, streamed, so large tables
 * fit in little memory) has one sheet per table: bold header row frozen with a filter, numbers as numbers,
 * shares as percentages, total rows in bold, column widths fitted to the content (long texts wrapped).
 * Files appear only when complete.
 */
public final class TableWriter {
    /** Excel's limit on the text of one cell. */
    static final int MAX_CELL_TEXT = 32_767;
    /** Columns wider than this (in characters) are wrapped. */
    private static final int MAX_WIDTH = 60;

    /** The two CSV dialects. */
    public enum CsvStyle {
        /** Comma-separated, decimal point. */
        COMMA(',', '.'),
        /** Semicolon-separated, decimal comma: what Excel with Swedish settings expects. */
        SEMICOLON(';', ',');

        final char separator;
        final char decimal;

        CsvStyle(char separator, char decimal) {
            this.separator = separator;
            this.decimal = decimal;
        }
    }

    public void writeCsv(Table table, Path out, CsvStyle style) throws ExchangeException {
        AtomicWrite.write(out, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            w.write('\uFEFF');
            writeCsvLine(w, table.header().stream().map(Table::text).toList(), style);
            for (Table.Row row : table.rows()) {
                writeCsvLine(w, row.cells(), style);
            }
            w.flush();
        });
    }

    private static void writeCsvLine(Writer w, List<Table.Cell> cells, CsvStyle style) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(style.separator);
            }
            w.write(csvField(cells.get(i), style));
        }
        w.write("\r\n");
    }

    static String csvField(Table.Cell cell, CsvStyle style) {
        if (cell instanceof Table.Count c) {
            return Long.toString(c.value());
        }
        if (cell instanceof Table.Share s) {
            return String.format(Locale.ROOT, "%.2f", 100 * s.value()).replace('.', style.decimal);
        }
        if (cell instanceof Table.Text t) {
            String v = t.value();
            if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
                v = "'" + v;
            }
            if (v.indexOf(style.separator) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                    || v.indexOf('\r') >= 0) {
                return '"' + v.replace("\"", "\"\"") + '"';
            }
            return v;
        }
        return "";
    }

    /** One workbook, one sheet per table, in order. */
    public void writeXlsx(List<Table> tables, Path out) throws ExchangeException {
        AtomicWrite.write(out, stream -> {
            SXSSFWorkbook wb = new SXSSFWorkbook(200);
            wb.setCompressTempFiles(true);
            try {
                Styles styles = new Styles(wb);
                Set<String> names = new HashSet<>();
                for (Table t : tables) {
                    sheet(wb, styles, t, uniqueName(t.name(), names));
                }
                wb.write(stream);
            } finally {
                wb.dispose(); // deletes the temporary files that back the streamed sheets
                wb.close();
            }
        });
    }

    private static String uniqueName(String name, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Blad" : name);
        String candidate = base;
        for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            candidate = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    private static void sheet(SXSSFWorkbook wb, Styles styles, Table t, String name) {
        SXSSFSheet sheet = wb.createSheet(name);
        int columns = t.header().size();
        int[] width = new int[columns];
        boolean[] numeric = new boolean[columns];
        var header = sheet.createRow(0);
        for (int c = 0; c < columns; c++) {
            var cell = header.createCell(c);
            cell.setCellValue(t.header().get(c));
            cell.setCellStyle(styles.header);
            width[c] = Math.max(width[c], t.header().get(c).length());
        }
        for (Table.Row row : t.rows()) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], displayLength(row.cells().get(c)));
                numeric[c] |= row.cells().get(c) instanceof Table.Count || row.cells().get(c) instanceof Table.Share;
            }
        }
        boolean[] wrap = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            wrap[c] = !numeric[c] && width[c] > MAX_WIDTH;
            int chars = Math.min(MAX_WIDTH, Math.max(numeric[c] ? 8 : 6, width[c])) + 2;
            sheet.setColumnWidth(c, chars * 256);
        }
        int r = 1;
        for (Table.Row row : t.rows()) {
            var line = sheet.createRow(r++);
            for (int c = 0; c < columns; c++) {
                Table.Cell value = row.cells().get(c);
                var cell = line.createCell(c);
                if (value instanceof Table.Count n) {
                    cell.setCellValue(n.value());
                    cell.setCellStyle(row.total() ? styles.countTotal : styles.count);
                } else if (value instanceof Table.Share s) {
                    cell.setCellValue(s.value());
                    cell.setCellStyle(row.total() ? styles.shareTotal : styles.share);
                } else if (value instanceof Table.Text text) {
                    cell.setCellValue(limit(text.value()));
                    cell.setCellStyle(row.total() ? styles.textTotal : wrap[c] ? styles.wrapped : styles.text);
                } else if (row.total()) {
                    cell.setCellStyle(styles.textTotal);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        if (columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns - 1));
        }
    }

    private static int displayLength(Table.Cell cell) {
        if (cell instanceof Table.Text t) {
            int longest = 0;
            for (String line : t.value().split("\n", -1)) {
                longest = Math.max(longest, line.length());
            }
            return longest;
        }
        if (cell instanceof Table.Count n) {
            return Long.toString(n.value()).length() + 2;
        }
        if (cell instanceof Table.Share) {
            return 7;
        }
        return 0;
    }

    /** Excel holds at most 32 767 characters in a cell: longer texts are cut with a note of their full length. */
    static String limit(String text) {
        if (text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        String note = " […avkortad; hela texten har " + text.codePointCount(0, text.length()) + " tecken]";
        int end = MAX_CELL_TEXT - note.length();
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + note;
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle count;
        final CellStyle share;
        final CellStyle textTotal;
        final CellStyle countTotal;
        final CellStyle shareTotal;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            short countFormat = wb.createDataFormat().getFormat("#,##0");
            short shareFormat = wb.createDataFormat().getFormat("0.0%");
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setBorderBottom(BorderStyle.THIN);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = wb.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = wb.createCellStyle();
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped.setWrapText(true);
            count = wb.createCellStyle();
            count.setDataFormat(countFormat);
            count.setVerticalAlignment(VerticalAlignment.TOP);
            share = wb.createCellStyle();
            share.setDataFormat(shareFormat);
            share.setVerticalAlignment(VerticalAlignment.TOP);
            textTotal = wb.createCellStyle();
            textTotal.setFont(bold);
            textTotal.setBorderTop(BorderStyle.THIN);
            countTotal = wb.createCellStyle();
            countTotal.cloneStyleFrom(count);
            countTotal.setFont(bold);
            countTotal.setBorderTop(BorderStyle.THIN);
            shareTotal = wb.createCellStyle();
            shareTotal.cloneStyleFrom(share);
            shareTotal.setFont(bold);
            shareTotal.setBorderTop(BorderStyle.THIN);
        }
    }
}
