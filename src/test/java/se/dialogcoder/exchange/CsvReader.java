package se.dialogcoder.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads CSV back the way a spreadsheet does (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). */
public final class CsvReader {
    private CsvReader() {
    }

    /** The rows of a UTF-8 file that must start with a byte-order mark. */
    public static List<List<String>> read(Path file, char separator) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 3 || (bytes[0] & 0xff) != 0xEF || (bytes[1] & 0xff) != 0xBB || (bytes[2] & 0xff) != 0xBF) {
            throw new AssertionError(file + " does not start with a UTF-8 byte-order mark");
        }
        return parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), separator);
    }

    public static List<List<String>> parse(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else if (c == '\n') {
                throw new AssertionError("a bare line feed outside quotes at " + i + ": lines must end with CRLF");
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            throw new AssertionError("the last line does not end with CRLF");
        }
        return rows;
    }
}
