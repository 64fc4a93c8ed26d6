package se.dialogcoder.store;

import java.util.List;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.Segment;

/** Coded passages with their context (retrieval). */
public interface Segments {
    /**
     * Coded passages matching the filter, ordered by county (unknown last), document name and offset.
     *
     * @param context how many code points of text to give before and after each passage
     * @param limit at most this many rows (0 = all)
     */
    List<Segment> find(CodingFilter filter, int context, int limit) throws StoreException;
}
