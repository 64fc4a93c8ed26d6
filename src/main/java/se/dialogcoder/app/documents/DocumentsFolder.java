package se.dialogcoder.app.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The user's documents folder, where exports are suggested (the frequency store, tables, reports):
 * <ul>
 *   <li>Linux: {@code XDG_DOCUMENTS_DIR} from {@code ~/.config/user-dirs.dirs} (e.g. {@code ~/Dokument} on a Swedish
 *       desktop), else {@code ~/Documents};</li>
 *   <li>Windows: {@code %USERPROFILE%\Documents}, else {@code %OneDrive%\Documents} when only that exists;</li>
 *   <li>macOS: {@code ~/Documents}.</li>
 * </ul>
 * When the folder does not exist, the home folder.
 */
public final class DocumentsFolder {
    private DocumentsFolder() {
    }

    public static Path fromEnvironment() {
        return find(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path find(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path candidate;
        if (os.contains("win")) {
            String profile = env.get("USERPROFILE");
            Path base = profile == null || profile.isBlank() ? home : Path.of(profile);
            candidate = base.resolve("Documents");
            String oneDrive = env.get("OneDrive");
            if (!Files.isDirectory(candidate) && oneDrive != null && !oneDrive.isBlank()
                    && Files.isDirectory(Path.of(oneDrive, "Documents"))) {
                candidate = Path.of(oneDrive, "Documents");
            }
        } else if (os.contains("mac")) {
            candidate = home.resolve("Documents");
        } else {
            candidate = xdgDocuments(env, home);
        }
        return Files.isDirectory(candidate) ? candidate : home;
    }

    private static Path xdgDocuments(Map<String, String> env, Path home) {
        String config = env.get("XDG_CONFIG_HOME");
        Path dirs = (config == null || config.isBlank() ? home.resolve(".config") : Path.of(config))
                .resolve("user-dirs.dirs");
        try {
            if (Files.isRegularFile(dirs)) {
                for (String line : Files.readAllLines(dirs, StandardCharsets.UTF_8)) {
                    String l = line.strip();
                    if (l.startsWith("XDG_DOCUMENTS_DIR=")) {
                        String value = l.substring(l.indexOf('=') + 1).strip();
                        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                            value = value.substring(1, value.length() - 1);
                        }
                        if (value.startsWith("$HOME")) {
                            return Path.of(home.toString() + value.substring("$HOME".length()));
                        }
                        if (value.startsWith("/")) {
                            return Path.of(value);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // an unreadable or odd user-dirs file: fall back to the usual name
        }
        return home.resolve("Documents");
    }
}
