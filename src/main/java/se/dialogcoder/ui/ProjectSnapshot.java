package se.dialogcoder.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.coding.ProjectSession;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;

/** Everything the main window lists ({@link Project.Overview}), read in one go, and the counties it shows. */
public final class ProjectSnapshot {
    private ProjectSnapshot() {
    }

    /** Reads what the window lists; when blind, the counts are of {@code me}'s codings only. */
    public static Project.Overview read(ProjectSession s, boolean blind, String me) throws Exception {
        return s.project().overview(blind, me);
    }

    /** Groups documents into the 21 counties (always all 21, in code order) and "Okänt län" last. */
    public static List<CountyGroup> group(List<Document> docs) {
        Map<County, List<Document>> by = new EnumMap<>(County.class);
        List<Document> unknown = new ArrayList<>();
        for (Document d : docs) {
            if (d.county() == null) {
                unknown.add(d);
            } else {
                by.computeIfAbsent(d.county(), k -> new ArrayList<>()).add(d);
            }
        }
        List<CountyGroup> out = new ArrayList<>();
        for (County c : County.values()) {
            out.add(new CountyGroup(c, List.copyOf(by.getOrDefault(c, List.of()))));
        }
        out.add(new CountyGroup(null, List.copyOf(unknown)));
        return out;
    }
}
