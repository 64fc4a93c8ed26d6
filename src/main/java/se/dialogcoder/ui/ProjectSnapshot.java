package se.dialogcoder.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.dialogcoder.app.ProjectSession;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.store.StoreException;

/** Everything the main window lists, read in one go. */
public record ProjectSnapshot(ProjectInfo info, List<Document> documents, List<Code> codes, List<Coder> coders,
                              Map<Long, Integer> codeCounts, Map<Long, Integer> documentCounts, int codings,
                              List<ItemSet> sets) {

    /** Reads what the window lists; when blind, the counts are of {@code me}'s codings only. */
    public static ProjectSnapshot read(ProjectSession s, boolean blind, String me) throws StoreException {
        return s.project().read(tx -> {
            List<Coder> coders = tx.coders().list();
            if (!blind) {
                return new ProjectSnapshot(tx.project().info(), tx.documents().list(), tx.codes().list(), coders,
                        tx.codings().countsByCode(), tx.codings().countsByDocument(), tx.codings().count(),
                        tx.sets().list());
            }
            Long id = coders.stream().filter(c -> c.name().equals(me)).map(Coder::id).findFirst().orElse(null);
            return new ProjectSnapshot(tx.project().info(), tx.documents().list(), tx.codes().list(), coders,
                    id == null ? Map.of() : tx.codings().countsByCode(id),
                    id == null ? Map.of() : tx.codings().countsByDocument(id),
                    id == null ? 0 : tx.codings().count(id), tx.sets().list());
        });
    }

    /** Groups documents into the 21 counties (always all 21, in code order) and "Okänt län" last. */
    public static List<ProjectViewModel.CountyGroup> group(List<Document> docs) {
        Map<County, List<Document>> by = new EnumMap<>(County.class);
        List<Document> unknown = new ArrayList<>();
        for (Document d : docs) {
            if (d.county() == null) {
                unknown.add(d);
            } else {
                by.computeIfAbsent(d.county(), k -> new ArrayList<>()).add(d);
            }
        }
        List<ProjectViewModel.CountyGroup> out = new ArrayList<>();
        for (County c : County.values()) {
            out.add(new ProjectViewModel.CountyGroup(c, List.copyOf(by.getOrDefault(c, List.of()))));
        }
        out.add(new ProjectViewModel.CountyGroup(null, List.copyOf(unknown)));
        return out;
    }
}
