package se.dialogcoder.ui.analysis;

import javafx.scene.paint.Color;
import se.dialogcoder.ui.Colors;

/**
 * The sequential colour scale of heatmaps and the county map: ColorBrewer YlGnBu (colour-blind safe, readable in
 * grey scale), from pale yellow for the smallest non-zero value to dark blue for the largest; zero stays white.
 * Text on a cell is dark or white, whichever contrasts more.
 */
final class Heat {
    private static final java.util.List<Color> STOPS = java.util.List.of(
        Color.web("#edf8b1"), Color.web("#c7e9b4"), Color.web("#7fcdbb"), Color.web("#41b6c4"),
        Color.web("#1d91c0"), Color.web("#225ea8"), Color.web("#253494"), Color.web("#081d58"));
    static final Color ZERO = Color.WHITE;
    static final Color TOTAL = Color.web("#eceef1");

    private Heat() {
    }

    /** The colour of a value on a scale from 0 to {@code max}. */
    static Color color(double value, double max) {
        if (!(value > 0) || !(max > 0)) {
            return ZERO;
        }
        double t = Math.min(1, value / max) * (STOPS.size() - 1);
        int i = (int) Math.floor(t);
        if (i >= STOPS.size() - 1) {
            return STOPS.get(STOPS.size() - 1);
        }
        return STOPS.get(i).interpolate(STOPS.get(i + 1), t - i);
    }

    /** Black or white text, whichever contrasts more with the background (at least 4.5:1 on this scale). */
    static Color text(Color background) {
        return contrast(background, Color.BLACK) >= contrast(background, Color.WHITE) ? Color.BLACK : Color.WHITE;
    }

    /** The WCAG contrast ratio of two colours (1–21). */
    static double contrast(Color a, Color b) {
        double la = luminance(a) + 0.05;
        double lb = luminance(b) + 0.05;
        return Math.max(la, lb) / Math.min(la, lb);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static String hex(Color c) {
        return Colors.toHex(c);
    }

    /** CSS for a cell: background and text colour. */
    static String css(Color background) {
        return "-fx-background-color: " + hex(background) + "; -fx-text-fill: " + hex(text(background)) + ";";
    }

    /** A CSS linear gradient over the scale, for legends. */
    static String gradient() {
        StringBuilder sb = new StringBuilder("linear-gradient(to right");
        for (int i = 0; i < STOPS.size(); i++) {
            sb.append(", ").append(hex(STOPS.get(i))).append(' ').append(Math.round(100.0 * i / (STOPS.size() - 1)))
                    .append('%');
        }
        return sb.append(')').toString();
    }
}
