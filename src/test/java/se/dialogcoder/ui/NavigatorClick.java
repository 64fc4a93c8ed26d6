package se.dialogcoder.ui;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;

/** For GUI tests: clicking a document in the navigator, whose line is its name and, once coded, "· N" codings. */
public final class NavigatorClick {
    private NavigatorClick() {
    }

    /** Clicks the navigator line of the document of that name. */
    public static void document(FxRobot robot, String name) {
        robot.clickOn((Node n) -> n instanceof Labeled l && l.getText() != null
                && (l.getText().equals(name) || l.getText().startsWith(name + "  · ")));
    }
}
