package se.dialogcoder.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where DialogCoder keeps its own files, per user and per OS: settings, automatic backups, the demo project, the
 * names list and the pseudonym secrets.
 * Never inside the repository or the installation. {@code DIALOGCODER_HOME} (environment) or
 * {@code -Ddialogcoder.home} overrides the location (tests and portable use).
 * <ul>
 *   <li>Linux: {@code $XDG_DATA_HOME/dialogcoder} or {@code ~/.local/share/dialogcoder}</li>
 *   <li>Windows: {@code %LOCALAPPDATA%\DialogCoder}</li>
 *   <li>macOS: {@code ~/Library/Application Support/DialogCoder}</li>
 * </ul>
 */
public record AppPaths(Path home) {
    public static AppPaths fromEnvironment() {
        return fromEnvironment(System.getenv(), System.getProperty("dialogcoder.home"),
                System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static AppPaths fromEnvironment(Map<String, String> env, String override, String osName, Path userHome) {
        if (override != null && !override.isBlank()) {
            return new AppPaths(Path.of(override));
        }
        String fromEnv = env.get("DIALOGCODER_HOME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new AppPaths(Path.of(fromEnv));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : userHome.resolve("AppData/Local");
            return new AppPaths(base.resolve("DialogCoder"));
        }
        if (os.contains("mac")) {
            return new AppPaths(userHome.resolve("Library/Application Support/DialogCoder"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share");
        return new AppPaths(base.resolve("dialogcoder"));
    }

    public Path backups() {
        return home.resolve("backups");
    }

    public Path demoProject() {
        return home.resolve("demo").resolve("Länsdialoger 2025 (demo).dcproj");
    }

    public Path settingsFile() {
        return home.resolve("settings.json");
    }

    /** The user's list of names to look for at import (one per line; see {@code ingest.pii.NameList}). */
    public Path piiNames() {
        return home.resolve("pii-names.txt");
    }

    /** The per-project secrets of the pseudonyms, {@code <uuid>.key}; never inside a project. */
    public Path piiKeys() {
        return home.resolve("pii-keys");
    }
}
