package se.dialogcoder.exchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads reliability data from CSV: a header row of coder names, then one row per unit; an empty cell is a missing
 * value. The separator is {@code ,} or {@code ;} (or a tab), whichever the header uses most; fields may be quoted
 * with {@code "} (a doubled {@code ""} inside is one quote, and quoted fields may span lines). The file must be
 * UTF-8, with or without a byte-order mark. Blank lines and rows without any value are ignored. A row with fewer
 * cells than coders is padded with missing values; a row with more (non-empty) cells than coders is refused.
 */
public final class ReliabilityCsv {
    /** Larger files are refused: reliability samples are small, and this keeps a wrong file from eating memory. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /**
     * The table read.
     *
     * @param file the file's name as given
     * @param separator the separator detected from the header
     * @param coders the coder names of the header
     * @param rows the units, in file order
     */
    public record Table(String file, char separator, List<String> coders, List<Row> rows) {
        public Table {
            coders = List.copyOf(coders);
            rows = List.copyOf(rows);
        }

        /** The cells as rows of values (null = missing), for the statistics. */
        public List<List<String>> cells() {
            List<List<String>> out = new ArrayList<>(rows.size());
            for (Row r : rows) {
                out.add(r.cells());
            }
            return out;
        }
    }

    /**
     * One unit.
     *
     * @param line the line of the file the row starts on (the header is line 1)
     * @param cells one value per coder, null when missing (blank)
     */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = Collections.unmodifiableList(new ArrayList<>(cells));
        }
    }

    private ReliabilityCsv() {
    }

    public static Table read(Path file) throws CsvException {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new CsvException(name + ": this is a folder, not a CSV file.");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new CsvException(name + ": the file is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB; that is not a reliability table.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CsvException(name + ": no such file.", e);
        } catch (IOException e) {
            throw new CsvException(name + ": the file cannot be read (" + e.getMessage() + ").", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvException(name + ": the file is not UTF-8 text; save it as \"CSV UTF-8\".", e);
        }
        return parse(text, name);
    }

    /** Parses CSV text; {@code name} is used in messages. */
    public static Table parse(String text, String name) throws CsvException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new CsvException(name + ": the file contains binary data; it is not a CSV file.");
        }
        char separator = detectSeparator(text);
        List<Record> records = records(text, separator, name);
        if (records.isEmpty()) {
            throw new CsvException(name + ": the file is empty; it needs a header row of coder names.");
        }
        Record header = records.get(0);
        List<String> coders = new ArrayList<>();
        for (String h : header.fields()) {
            coders.add(h.strip());
        }
        while (!coders.isEmpty() && coders.get(coders.size() - 1).isEmpty()) {
            coders.remove(coders.size() - 1);
        }
        if (coders.isEmpty()) {
            throw new CsvException(name + ": the header row names no coders.");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < coders.size(); i++) {
            if (coders.get(i).isEmpty()) {
                throw new CsvException(name + ": column " + (i + 1) + " of the header has no coder name.");
            }
            if (!seen.add(coders.get(i))) {
                throw new CsvException(name + ": the header names the coder \"" + coders.get(i) + "\" twice.");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Record r : records.subList(1, records.size())) {
            List<String> fields = r.fields();
            for (int i = coders.size(); i < fields.size(); i++) {
                if (!fields.get(i).isBlank()) {
                    throw new CsvException(name + ": line " + r.line() + " has " + fields.size() + " cells but the "
                            + "header names " + coders.size() + " coders (\"" + fields.get(i).strip()
                            + "\" has no coder).");
                }
            }
            List<String> cells = new ArrayList<>(coders.size());
            for (int i = 0; i < coders.size(); i++) {
                String v = i < fields.size() ? fields.get(i).strip() : "";
                cells.add(v.isEmpty() ? null : v);
            }
            rows.add(new Row(r.line(), cells));
        }
        return new Table(name, separator, coders, rows);
    }

    /** The separator the header line uses most, outside quotes: {@code ;}, {@code ,} or tab (default comma). */
    static char detectSeparator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                break;
            } else if (!quoted && ch == ',') {
                comma++;
            } else if (!quoted && ch == ';') {
                semicolon++;
            } else if (!quoted && ch == '\t') {
                tab++;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return ',';
    }

    private record Record(int line, List<String> fields) {
        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** Splits the text into records of fields (RFC 4180, tolerant of CR, LF and CRLF line ends). */
    private static List<Record> records(String text, char separator, String name) throws CsvException {
        List<Record> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int i = 0;
        int n = text.length();
        boolean atFieldStart = true;
        while (i < n) {
            char ch = text.charAt(i);
            if (atFieldStart && ch == '"') {
                int quoteLine = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new CsvException(name + ": the quote opened on line " + quoteLine
                                + " is never closed.");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n' || (q == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                // after the closing quote only blanks may come before the separator or line end
                while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t') && text.charAt(i) != separator) {
                    i++;
                }
                if (i < n && text.charAt(i) != separator && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    throw new CsvException(name + ": line " + line + ": text after a closing quote; quote the "
                            + "whole cell or double the quote (\"\").");
                }
                atFieldStart = false;
                continue;
            }
            if (ch == separator) {
                fields.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
                i++;
                continue;
            }
            if (ch == '\n' || ch == '\r') {
                fields.add(field.toString());
                field.setLength(0);
                Record r = new Record(recordLine, List.copyOf(fields));
                if (!r.blank()) {
                    out.add(r);
                }
                fields.clear();
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                line++;
                recordLine = line;
                atFieldStart = true;
                continue;
            }
            if (atFieldStart && (ch == ' ' || ch == '\t') && ch != separator) {
                // blanks before a quoted field are allowed; keep them in case the field is not quoted
                int j = i;
                while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t') && text.charAt(j) != separator) {
                    j++;
                }
                if (j < n && text.charAt(j) == '"') {
                    i = j;
                    continue;
                }
            }
            field.append(ch);
            atFieldStart = false;
            i++;
        }
        if (!atFieldStart || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            Record r = new Record(recordLine, List.copyOf(fields));
            if (!r.blank()) {
                out.add(r);
            }
        }
        return out;
    }
}
