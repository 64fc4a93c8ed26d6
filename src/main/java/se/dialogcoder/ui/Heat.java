package se.dialogcoder.ui;

import javafx.scene.paint.Color;

/**
 * The sequential colour scale of heatmaps and the county map: ColorBrewer YlGnBu (colour-blind safe, readable in
 * grey scale), from pale yellow for the smallest non-zero value to dark blue for the largest; zero stays white.
 * Text on a cell is dark or white, whichever contrasts more.
 */
final class Heat {
    private static final Color[] STOPS = {
        Color.web("#edf8b1"), Color.web("#c7e9b4"), Color.web("#7fcdbb"), Color.web("#41b6c4"),
        Color.web("#1d91c0"), Color.web("#225ea8"), Color.web("#253494"), Color.web("#081d58"),
    };
    static final Color ZERO = Color.WHITE;
    static final Color TOTAL = Color.web("#eceef1");

    private Heat() {
    }

    /** The colour of a value on a scale from 0 to {@code max}. */
    static Color color(double value, double max) {
        if (!(value > 0) || !(max > 0)) {
            return ZERO;
        }
        double t = Math.min(1, value / max) * (STOPS.length - 1);
        int i = (int) Math.floor(t);
        if (i >= STOPS.length - 1) {
            return STOPS[STOPS.length - 1];
        }
        return STOPS[i].interpolate(STOPS[i + 1], t - i);
    }

    /** Dark text on light colours, white on dark ones (by relative luminance). */
    static Color text(Color background) {
        return luminance(background) > 0.36 ? Color.web("#1d1d1d") : Color.WHITE;
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
        for (int i = 0; i < STOPS.length; i++) {
            sb.append(", ").append(hex(STOPS[i])).append(' ').append(Math.round(100.0 * i / (STOPS.length - 1)))
                    .append('%');
        }
        return sb.append(')').toString();
    }
}
