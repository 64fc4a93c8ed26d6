package se.dialogcoder.app.analysis;

import se.dialogcoder.app.Project;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.Segment;
import se.dialogcoder.store.StoreException;

/** Coded-segment retrieval: everything coded with a theme, by county, with speaker and context. */
public final class RetrievalService {
    /** How much text around a passage is shown by default, in code points. */
    public static final int DEFAULT_CONTEXT = 80;

    /**
     * The coded passages the filter admits, ordered by county, document and position.
     *
     * @param withSubcodes the filter's codes include their sub-codes
     * @param context code points of text before and after each passage
     * @param limit at most this many (0 = all)
     */
    public List<Segment> segments(Project project, CodingFilter filter, boolean withSubcodes, int context,
                                  int limit) throws StoreException {
        return project.read(tx -> {
            CodingFilter f = filter;
            if (withSubcodes && !filter.codeIds().isEmpty()) {
                CodeTree tree = new CodeTree(tx.codes().list());
                Set<Long> ids = new HashSet<>();
                for (long id : filter.codeIds()) {
                    ids.addAll(tree.subtree(id));
                }
                f = filter.withCodes(ids);
            }
            return tx.segments().find(f, context, limit);
        });
    }
}
