package se.dialogcoder.analysis.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reliability data in its canonical form: one row per unit, one column per coder; a cell is a value (a number or a
 * label) or null/blank for a missing value.
 */
public record ReliabilityData(List<String> coders, List<List<String>> units) {
    public ReliabilityData {
        coders = List.copyOf(coders);
        List<List<String>> copy = new ArrayList<>(units.size());
        for (List<String> row : units) {
            if (row.size() > coders.size()) {
                throw new IllegalArgumentException("a unit has " + row.size() + " values for " + coders.size()
                        + " coders");
            }
            List<String> r = new ArrayList<>(coders.size());
            for (int i = 0; i < coders.size(); i++) {
                String cell = i < row.size() ? row.get(i) : null;
                r.add(Values.isMissing(cell) ? null : cell.strip());
            }
            copy.add(Collections.unmodifiableList(r));
        }
        units = Collections.unmodifiableList(copy);
    }

    /** The value of a coder for a unit, or null when missing. */
    public String value(int unit, int coder) {
        return units.get(unit).get(coder);
    }

    public int unitCount() {
        return units.size();
    }

    public int coderCount() {
        return coders.size();
    }
}
