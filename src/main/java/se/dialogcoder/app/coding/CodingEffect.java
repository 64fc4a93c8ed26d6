package se.dialogcoder.app.coding;

import java.util.List;
import se.dialogcoder.model.Coding;

/**
 * What an undo or redo did to codings, so a view can follow without reading the whole project again.
 *
 * @param added codings that are there now (back with their old ids)
 * @param removed codings that are gone now
 * @param complete true when that is all the step changed; false when it changed something else too (codes,
 *     documents), and the view has to read the project again
 */
public record CodingEffect(List<Coding> added, List<Coding> removed, boolean complete) {
    /** Nothing was undone or redone (the history was empty). */
    public static final CodingEffect NOTHING = new CodingEffect(List.of(), List.of(), true);
    /** A step that changed more than codings. */
    public static final CodingEffect OTHER = new CodingEffect(List.of(), List.of(), false);

    public CodingEffect {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }
}
