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
    /** Codes pinned to the keys 1–9, per project id (code uids; "" = free key). */
    public java.util.Map<String, List<String>> pins = new java.util.HashMap<>();
    /** Window geometry and divider positions, remembered between sessions. */
    public double windowWidth = 1280;
    public double windowHeight = 720;
    public boolean windowMaximized;
    public double[] dividers = {0.22, 0.74};
    public double detailsDivider = 0.76;
    /** The "how to code" hint has been dismissed. */
    public boolean hintDismissed;
    /** The frequency store last exported to (rounds accumulate there), and the folder of the last export. */
    public String frequencyStore;
    public String exportFolder;
    /** Blind coding: others' codings and counts are hidden. */
    public boolean blindCoding;

    /** Puts a project first in the recent list. */
    public void touchRecent(String path) {
        recentProjects.remove(path);
        recentProjects.add(0, path);
        while (recentProjects.size() > MAX_RECENT) {
            recentProjects.remove(recentProjects.size() - 1);
        }
    }
}
