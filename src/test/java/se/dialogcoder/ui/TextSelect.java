package se.dialogcoder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** For GUI tests: selecting a passage of the document text with the mouse, as a person does. */
public final class TextSelect {
    private TextSelect() {
    }

    /** Scrolls the passage into view and drags the mouse across it. */
    public static void select(FxRobot robot, InlineCssTextArea text, String passage) {
        int start = text.getText().indexOf(passage);
        assertThat(start).as("\"" + passage + "\" in the text").isNotNegative();
        robot.interact(() -> text.showParagraphAtTop(text.offsetToPosition(start, TwoDimensional.Bias.Forward)
                .getMajor()));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds[] b = new Bounds[2];
        robot.interact(() -> {
            b[0] = text.getCharacterBoundsOnScreen(start, start + 1).orElseThrow();
            b[1] = text.getCharacterBoundsOnScreen(start + passage.length() - 1, start + passage.length())
                    .orElseThrow();
        });
        robot.drag(new Point2D(b[0].getMinX() + 1, b[0].getCenterY()))
                .dropTo(new Point2D(b[1].getMaxX() - 1, b[1].getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
