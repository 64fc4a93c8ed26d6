package se.dialogcoder.ingest.pii;

import java.util.List;

/** Finds one kind of personal data in a normalised text. */
public interface Detector {
    /**
     * The findings in {@code text}, in order; offsets are code points. Findings of one detector do not overlap.
     */
    List<PiiFinding> find(String text);
}
