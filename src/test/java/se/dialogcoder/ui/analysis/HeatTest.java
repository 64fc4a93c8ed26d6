package se.dialogcoder.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import se.dialogcoder.ui.Formats;

/** The heatmap colour scale: zero is white, larger is darker, and the text on every colour stays readable. */
class HeatTest {
    @Test
    void zeroIsWhiteAndLargerValuesAreDarker() {
        assertThat(Heat.color(0, 10)).isEqualTo(Color.WHITE);
        assertThat(Heat.color(5, 0)).as("nothing to scale against").isEqualTo(Color.WHITE);
        double last = 1.1;
        for (int v = 1; v <= 10; v++) {
            double l = Heat.luminance(Heat.color(v, 10));
            assertThat(l).as("value %d", v).isLessThan(last);
            last = l;
        }
        assertThat(Heat.color(20, 10)).as("above the top stays at the top").isEqualTo(Heat.color(10, 10));
    }

    @Test
    void textContrastsWithEveryCellColour() {
        for (int v = 0; v <= 100; v++) {
            Color bg = Heat.color(v, 100);
            Color text = Heat.text(bg);
            assertThat(Heat.contrast(bg, text)).as("contrast at %d (WCAG AA for text is 4.5)", v)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void headingsBreakAtSpacesAndPngNamesAreSafe() {
        assertThat(Formats.lines("Samsjuklighet och omfattande behov", 13))
                .isEqualTo("Samsjuklighet\noch\nomfattande\nbehov");
        assertThat(Formats.lines("Styrning och samordning", 13)).isEqualTo("Styrning och\nsamordning");
        assertThat(PngExport.fileName("Handlingsplaner per län – Segment")).isEqualTo("Handlingsplaner_per_län_–_Segment.png");
        assertThat(PngExport.fileName("a/b:c")).isEqualTo("a-b-c.png");
    }
}
