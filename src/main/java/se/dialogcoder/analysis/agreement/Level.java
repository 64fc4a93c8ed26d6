package se.dialogcoder.analysis.agreement;

import java.util.Locale;
import java.util.Optional;

/** Level of measurement of the values, which chooses Krippendorff's difference function (metric). */
public enum Level {
    NOMINAL, ORDINAL, INTERVAL, RATIO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the values must be numbers (every level but nominal). */
    public boolean needsNumbers() {
        return this != NOMINAL;
    }

    public static Optional<Level> parse(String text) {
        for (Level l : values()) {
            if (l.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
