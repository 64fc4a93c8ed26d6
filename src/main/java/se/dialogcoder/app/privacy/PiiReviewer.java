package se.dialogcoder.app.privacy;

import java.nio.file.Path;
import se.dialogcoder.ingest.ParsedDocument;
import se.dialogcoder.ingest.pii.PiiDecision;
import se.dialogcoder.ingest.pii.PiiReview;

/**
 * Decides, for one file with personal data, what to replace before it is stored. The command line decides
 * for everything at once ({@link #KEEP_ALL}, {@link #PSEUDONYMISE_ALL}); the window will show the findings and
 * let the user decide per finding or per kind.
 */
@FunctionalInterface
public interface PiiReviewer {
    /**
     * Sets the decisions in {@code review} (whose findings are non-empty).
     *
     * @return false to leave this file out of the import
     */
    boolean review(Path file, ParsedDocument document, PiiReview review);

    /** Store every file as it is (the findings are still counted and reported). */
    PiiReviewer KEEP_ALL = (file, document, review) -> {
        review.decideAll(PiiDecision.KEEP);
        return true;
    };

    /** Replace every finding with its pseudonym. */
    PiiReviewer PSEUDONYMISE_ALL = (file, document, review) -> {
        review.decideAll(PiiDecision.PSEUDONYMISE);
        return true;
    };
}
