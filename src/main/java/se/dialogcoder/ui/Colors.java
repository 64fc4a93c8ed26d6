package se.dialogcoder.ui;

/** Small colour helpers for code colours given as #RRGGBB. */
public final class Colors {
    private Colors() {
    }

    /** {@code rgba(r, g, b, alpha)} for a #RRGGBB colour. */
    public static String translucent(String hex, double alpha) {
        int rgb = parse(hex);
        return "rgba(" + ((rgb >> 16) & 0xFF) + ", " + ((rgb >> 8) & 0xFF) + ", " + (rgb & 0xFF) + ", " + alpha + ")";
    }

    static int parse(String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            return 0x999999;
        }
        return Integer.parseInt(hex.substring(1), 16);
    }

    public static String toHex(javafx.scene.paint.Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
