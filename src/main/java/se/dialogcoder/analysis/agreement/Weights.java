package se.dialogcoder.analysis.agreement;

import java.util.Locale;
import java.util.Optional;

/**
 * Agreement weights of Cohen's kappa. With k ordered categories at ranks i and j (0 … k-1): none gives 1 on the
 * diagonal and 0 elsewhere; linear gives 1 - |i-j|/(k-1) (Cicchetti-Allison); quadratic gives 1 - (i-j)²/(k-1)²
 * (Fleiss-Cohen).
 */
public enum Weights {
    NONE, LINEAR, QUADRATIC;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The agreement weight of categories at ranks i and j out of k. */
    public double weight(int i, int j, int k) {
        if (i == j) {
            return 1.0;
        }
        double d = Math.abs(i - j) / (double) (k - 1);
        switch (this) {
            case LINEAR:
                return 1.0 - d;
            case QUADRATIC:
                return 1.0 - d * d;
            default:
                return 0.0;
        }
    }

    public static Optional<Weights> parse(String text) {
        for (Weights w : values()) {
            if (w.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
