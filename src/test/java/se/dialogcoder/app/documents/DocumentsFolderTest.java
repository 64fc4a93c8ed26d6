package se.dialogcoder.app.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where exports are suggested: the documents folder of each OS, or home when there is none. */
class DocumentsFolderTest {
    @TempDir
    Path home;

    @Test
    void linuxReadsTheXdgUserDirsSoASwedishDesktopGetsDokument() throws Exception {
        Files.createDirectories(home.resolve(".config"));
        Files.createDirectories(home.resolve("Dokument"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"), "# written by xdg-user-dirs-update\n"
                + "XDG_DESKTOP_DIR=\"$HOME/Skrivbord\"\nXDG_DOCUMENTS_DIR=\"$HOME/Dokument\"\n");
        assertThat(DocumentsFolder.find(Map.of(), "Linux", home)).isEqualTo(home.resolve("Dokument"));
    }

    @Test
    void linuxWithoutUserDirsUsesDocumentsOrHome() throws Exception {
        assertThat(DocumentsFolder.find(Map.of(), "Linux", home)).isEqualTo(home);
        Files.createDirectories(home.resolve("Documents"));
        assertThat(DocumentsFolder.find(Map.of(), "Linux", home)).isEqualTo(home.resolve("Documents"));
    }

    @Test
    void windowsUsesTheProfileAndOneDriveOnlyWhenThatIsWhereDocumentsAre() throws Exception {
        Path profile = Files.createDirectories(home.resolve("Users/anna"));
        Path oneDrive = Files.createDirectories(home.resolve("OneDrive - Myndigheten/Documents")).getParent();
        Map<String, String> env = Map.of("USERPROFILE", profile.toString(), "OneDrive", oneDrive.toString());
        assertThat(DocumentsFolder.find(env, "Windows 11", home)).isEqualTo(oneDrive.resolve("Documents"));
        Files.createDirectories(profile.resolve("Documents"));
        assertThat(DocumentsFolder.find(env, "Windows 11", home)).isEqualTo(profile.resolve("Documents"));
    }

    @Test
    void macOsUsesDocuments() throws Exception {
        Files.createDirectories(home.resolve("Documents"));
        assertThat(DocumentsFolder.find(Map.of(), "Mac OS X", home)).isEqualTo(home.resolve("Documents"));
    }
}
