package se.dialogcoder.app;

import java.util.ArrayList;
import java.util.List;

/** The user's preferences, kept in {@code settings.json} in the data folder. */
public final class Settings {
    public static final int MAX_RECENT = 10;
    public String coderName;
    public String language;
    public List<String> recentProjects = new ArrayList<>();
    public int backupsToKeep = 5;

    /** Puts a project first in the recent list. */
    public void touchRecent(String path) {
        recentProjects.remove(path);
        recentProjects.add(0, path);
        while (recentProjects.size() > MAX_RECENT) {
            recentProjects.remove(recentProjects.size() - 1);
        }
    }
}
