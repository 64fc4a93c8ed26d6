package se.dialogcoder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rule of {@link Dialogs}, checked on the sources (the dialogs themselves are driven in LanguageTest). */
class DialogsTest {
    /** Every dialog is made by Dialogs, so none shows JavaFX's buttons in the computer's language. */
    @Test
    void noDialogIsMadeOutsideDialogs() throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/se/dialogcoder/ui"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("Dialogs.java")).toList()) {
                String code = Files.readString(f);
                for (String bad : List.of("new Alert(", "new TextInputDialog(", "new ChoiceDialog<", "new Dialog<",
                        "ButtonType.OK", "ButtonType.CANCEL", "ButtonType.YES", "ButtonType.NO", "ButtonType.CLOSE",
                        "ButtonType.APPLY", "ButtonType.FINISH", "ButtonType.NEXT", "ButtonType.PREVIOUS")) {
                    if (code.contains(bad)) {
                        found.add(f.getFileName() + ": " + bad);
                    }
                }
            }
        }
        assertThat(found).as("use Dialogs.alert/textInput/choice/dialog and Dialogs.ok/cancel/…").isEmpty();
    }
}
