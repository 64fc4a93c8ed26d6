package se.dialogcoder.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The quoted-coding table: codings written down by the words they cover instead of by offsets, so they survive a
 * change of importer (a different line ending, heading or page break moves every offset, but not the words). It
 * is a tab-separated UTF-8 text file with the header {@code file code occurrence coder quote}:
 *
 * <ul>
 *   <li>{@code file}: the imported file's name (e.g. {@code 2025_kalmar_lansdialog.txt});</li>
 *   <li>{@code code}: the code's path, names from the top down joined by {@code " / "};</li>
 *   <li>{@code occurrence}: which occurrence of the quote in the document's stored text is meant (1 = the first;
 *       occurrences are counted from every position, so they may overlap);</li>
 *   <li>{@code coder}: who coded it;</li>
 *   <li>{@code quote}: the exact passage as stored (no tabs or line breaks inside).</li>
 * </ul>
 *
 * Lines starting with {@code #} and blank lines are ignored. See {@code samples/README.md}.
 */
public final class QuotedCodings {
    public static final List<String> HEADER = List.of("file", "code", "occurrence", "coder", "quote");

    /**
     * One coding of the table.
     *
     * @param line the line of the file it is on (the header is line 1 when nothing comes before it)
     */
    public record Row(int line, String file, String code, int occurrence, String coder, String quote) {
    }

    private QuotedCodings() {
    }

    /**
     * Reads a table.
     *
     * @param name the file's name, for messages
     * @throws CsvException naming the file and line when the header or a row is not as described
     */
    public static List<Row> read(String name, Reader in) throws IOException, CsvException {
        BufferedReader lines = new BufferedReader(in);
        List<Row> rows = new ArrayList<>();
        boolean header = false;
        int lineNo = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (!header) {
                if (!List.of(cells).equals(HEADER)) {
                    throw new CsvException(name + ", line " + lineNo + ": the header must be the tab-separated "
                            + "columns " + String.join(", ", HEADER));
                }
                header = true;
                continue;
            }
            if (cells.length != HEADER.size()) {
                throw new CsvException(name + ", line " + lineNo + ": " + cells.length + " columns instead of "
                        + HEADER.size() + " (a quote may not contain a tab)");
            }
            int occurrence;
            try {
                occurrence = Integer.parseInt(cells[2].strip());
            } catch (NumberFormatException e) {
                occurrence = 0;
            }
            if (occurrence < 1) {
                throw new CsvException(name + ", line " + lineNo + ": the occurrence \"" + cells[2]
                        + "\" is not a whole number of at least 1");
            }
            for (int i : new int[] {0, 1, 3, 4}) {
                if (cells[i].isBlank()) {
                    throw new CsvException(name + ", line " + lineNo + ": the column " + HEADER.get(i) + " is empty");
                }
            }
            rows.add(new Row(lineNo, cells[0].strip(), cells[1].strip(), occurrence, cells[3].strip(), cells[4]));
        }
        if (!header) {
            throw new CsvException(name + ": no header line (" + String.join(", ", HEADER) + ")");
        }
        return rows;
    }
}
