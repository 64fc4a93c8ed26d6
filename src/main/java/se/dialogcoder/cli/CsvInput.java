package se.dialogcoder.cli;

import java.nio.file.Path;
import se.dialogcoder.analysis.agreement.Values;
import se.dialogcoder.exchange.CsvException;
import se.dialogcoder.exchange.ReliabilityCsv;
import se.dialogcoder.exchange.ReliabilityCsv.Row;
import se.dialogcoder.exchange.ReliabilityCsv.Table;

/** Reads a reliability table for alpha and kappa and checks its values, naming file, line and column. */
final class CsvInput {
    private CsvInput() {
    }

    static Table read(Path file) throws CsvException {
        return ReliabilityCsv.read(file);
    }

    /** Refuses the first value that is not a number; {@code why} says who needs numbers. */
    static void requireNumbers(Table t, String why) throws CsvException {
        for (Row r : t.rows()) {
            for (int c = 0; c < r.cells().size(); c++) {
                String v = r.cells().get(c);
                if (v != null && !Values.isNumber(v)) {
                    throw new CsvException(where(t, r, c) + ": \"" + v + "\" is not a number; " + why);
                }
            }
        }
    }

    /** Refuses the first negative number (the ratio metric needs a true zero). */
    static void requireNonNegative(Table t) throws CsvException {
        for (Row r : t.rows()) {
            for (int c = 0; c < r.cells().size(); c++) {
                String v = r.cells().get(c);
                if (v != null && Values.number(v).orElse(0) < 0) {
                    throw new CsvException(where(t, r, c) + ": " + v + " is negative; the ratio level needs values of "
                            + "zero or more (use --level interval).");
                }
            }
        }
    }

    private static String where(Table t, Row r, int column) {
        return t.file() + ": line " + r.line() + ", column " + (column + 1) + " (\"" + t.coders().get(column) + "\")";
    }
}
