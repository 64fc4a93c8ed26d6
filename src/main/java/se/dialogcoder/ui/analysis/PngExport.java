package se.dialogcoder.ui.analysis;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import se.dialogcoder.ui.Messages;

/** Saves a chart as a PNG picture (twice the screen resolution, white background), without Swing. */
public final class PngExport {
    private PngExport() {
    }

    /** The node as an image, scaled by {@code scale}. Must run on the FX thread. */
    static WritableImage snapshot(Node node, double scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        p.setTransform(Transform.scale(scale, scale));
        return node.snapshot(p, null);
    }

    /** Writes an image as PNG through javax.imageio. */
    public static void write(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        if (!ImageIO.write(out, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    /** Asks where to save, then saves; a failure is told in words. */
    static void save(Window owner, Node node, String name, ResourceBundle m) {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.getString("analysis.png"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        fc.setInitialFileName(fileName(name));
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        Path path = f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? f.toPath()
                : f.toPath().resolveSibling(f.getName() + ".png");
        try {
            write(snapshot(node, 2), path);
        } catch (IOException | RuntimeException e) {
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    Messages.format(m, "analysis.pngFailed", path.getFileName(), String.valueOf(e.getMessage())));
            a.initOwner(owner);
            a.show();
        }
    }

    /** A file name made of the chart's title. */
    static String fileName(String title) {
        String s = title == null ? "" : title.strip().replaceAll("[\\\\/:*?\"<>|]+", "-").replaceAll("\\s+", "_");
        return (s.isEmpty() ? "diagram" : s) + ".png";
    }
}
