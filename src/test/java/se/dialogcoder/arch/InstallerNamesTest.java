package se.dialogcoder.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The file names the documentation promises are the ones the installer scripts produce. */
class InstallerNamesTest {
    private static final Pattern DEB = Pattern.compile("dialogcoder_[^\\s`/)]*_amd64\\.deb");

    private static String version() throws Exception {
        Matcher m = Pattern.compile("<version>([^<]+)</version>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static List<Path> texts() throws Exception {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        for (String folder : new String[] {"docs", "installer"}) {
            try (Stream<Path> s = Files.list(Path.of(folder))) {
                s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".sh")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void theDebIsNamedAsJpackageNamesIt() throws Exception {
        // jpackage names a .deb <package name>_<version>-<release>_<arch>.deb; build.sh fixes the release at 1
        assertThat(Files.readString(Path.of("installer/build.sh"))).contains("--linux-package-name dialogcoder")
                .contains("--linux-app-release 1");
        String version = version();
        List<String> names = new ArrayList<>();
        for (Path file : texts()) {
            Matcher m = DEB.matcher(Files.readString(file));
            while (m.find()) {
                names.add(file + ": " + m.group());
            }
        }
        assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(n)
                .matches(".*: dialogcoder_(<version>|" + Pattern.quote(version) + ")-1_amd64\\.deb"));
    }
}
