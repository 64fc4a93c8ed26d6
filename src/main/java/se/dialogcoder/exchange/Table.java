package se.dialogcoder.exchange;

import java.util.Arrays;
import java.util.List;

/**
 * A table to export: a name (the sheet's name in a workbook), a header and rows of typed cells, so each format can
 * write numbers as numbers and shares as percentages.
 */
public record Table(String name, List<String> header, List<Row> rows) {
    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        for (Row r : rows) {
            if (r.cells().size() != header.size()) {
                throw new IllegalArgumentException("a row of " + name + " has " + r.cells().size() + " cells for "
                        + header.size() + " columns");
            }
        }
    }

    /** One row; a total row is shown in bold where the format allows. */
    public record Row(List<Cell> cells, boolean total) {
        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(Cell... cells) {
            return new Row(Arrays.asList(cells), false);
        }

        public static Row totalOf(Cell... cells) {
            return new Row(Arrays.asList(cells), true);
        }
    }

    /** A cell: text, a whole number, a share (0–1, shown as a percentage) or nothing. */
    public sealed interface Cell permits Text, Count, Share, Blank {
    }

    /** Text (null is written as an empty cell). */
    public record Text(String value) implements Cell {
    }

    /** A whole number: segments, documents, characters. */
    public record Count(long value) implements Cell {
    }

    /** A share between 0 and 1, shown as a percentage. */
    public record Share(double value) implements Cell {
    }

    /** An empty cell. */
    public record Blank() implements Cell {
    }

    public static Cell text(String value) {
        return value == null ? new Blank() : new Text(value);
    }

    public static Cell count(long value) {
        return new Count(value);
    }

    public static Cell share(double value) {
        return new Share(value);
    }

    public static Cell blank() {
        return new Blank();
    }
}
