package se.dialogcoder.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.dialogcoder.model.CodebookEntry;

/**
 * The default codebook's colours, as a person sees them on the white page: the codes on the keys 1–9 (the first
 * nine themes) tell apart also with red-green colour blindness, and no code is so light that its stripe vanishes.
 */
class DefaultPaletteTest {
    private final List<CodebookEntry> themes = new CodebookJson().defaultCodebook().codes();

    @Test
    void theNineKeyedThemesStayApartForColourBlindEyes() {
        List<String> nine = themes.stream().limit(9).map(CodebookEntry::color).toList();
        assertThat(nine).hasSize(9).doesNotHaveDuplicates();
        for (int vision = 0; vision < 3; vision++) { // normal, protanopia, deuteranopia
            for (int i = 0; i < nine.size(); i++) {
                for (int j = i + 1; j < nine.size(); j++) {
                    double d = distance(seen(nine.get(i), vision), seen(nine.get(j), vision));
                    assertThat(d).as("codes %d %s and %d %s, vision %d", i + 1, nine.get(i), j + 1, nine.get(j), vision)
                            .isGreaterThan(18);
                }
            }
        }
    }

    @Test
    void everyCodeIsVisibleOnWhite() {
        List<CodebookEntry> all = new ArrayList<>();
        themes.forEach(t -> {
            all.add(t);
            all.addAll(t.children());
        });
        assertThat(all).hasSizeGreaterThan(40);
        for (CodebookEntry c : all) {
            assertThat(contrastWithWhite(c.color())).as(c.name() + " " + c.color()).isGreaterThanOrEqualTo(2.0);
        }
        for (CodebookEntry t : themes) {
            assertThat(t.children().stream().map(CodebookEntry::color)).as(t.name()).doesNotHaveDuplicates();
        }
    }

    private static double[] linear(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            double c = ((rgb >> (16 - 8 * k)) & 0xFF) / 255.0;
            out[k] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return out;
    }

    /** Linear RGB as seen with a vision (Viénot, Brettel and Mollon 1999 simulation for the two dichromacies). */
    private static double[] seen(String hex, int vision) {
        double[] c = linear(hex);
        double[][] m = switch (vision) {
            case 1 -> new double[][] {{0.11238, 0.88762, 0}, {0.11238, 0.88762, 0}, {0.00401, -0.00401, 1}};
            case 2 -> new double[][] {{0.29275, 0.70725, 0}, {0.29275, 0.70725, 0}, {-0.02234, 0.02234, 1}};
            default -> new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        };
        double[] out = new double[3];
        for (int r = 0; r < 3; r++) {
            out[r] = Math.max(0, Math.min(1, m[r][0] * c[0] + m[r][1] * c[1] + m[r][2] * c[2]));
        }
        return out;
    }

    /** CIE76 distance in L*a*b* (D65). */
    private static double distance(double[] a, double[] b) {
        double[] x = lab(a);
        double[] y = lab(b);
        return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
    }

    private static double[] lab(double[] c) {
        double x = (0.4124 * c[0] + 0.3576 * c[1] + 0.1805 * c[2]) / 0.95047;
        double y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        double z = (0.0193 * c[0] + 0.1192 * c[1] + 0.9505 * c[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double contrastWithWhite(String hex) {
        double[] c = linear(hex);
        double l = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        return 1.05 / (l + 0.05);
    }
}
