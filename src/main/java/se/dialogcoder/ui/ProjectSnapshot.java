package se.dialogcoder.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.coding.ProjectSession;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.ProjectInfo;

/** Everything the main window lists, read in one go. */
public record ProjectSnapshot(ProjectInfo info, List<Document> documents, List<Code> codes, List<Coder> coders,
                              Map<Long, Integer> codeCounts, Map<Long, Integer> documentCounts, int codings,
                              List<ItemSet> sets) {

    /** Reads what the window lists; when blind, the counts are of {@code me}'s codings only. */
    public static ProjectSnapshot read(ProjectSession s, boolean blind, String me) throws Exception {
        Project.Overview o = s.project().overview(blind, me);
        return new ProjectSnapshot(o.info(), o.documents(), o.codes(), o.coders(), o.codeCounts(),
                o.documentCounts(), o.codings(), o.sets());
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
