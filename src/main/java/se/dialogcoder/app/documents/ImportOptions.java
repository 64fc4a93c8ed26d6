package se.dialogcoder.app.documents;

import se.dialogcoder.app.privacy.PiiReviewer;
import se.dialogcoder.ingest.pii.NameList;
import se.dialogcoder.model.County;

/**
 * How to import a batch.
 *
 * @param county the county of every imported document, or null to detect it per file
 * @param round the dialogue round, or null for the project's
 * @param names the names to look for (see {@link ImportService#names})
 * @param reviewer what to do with the personal data found in a file
 */
public record ImportOptions(County county, String round, NameList names, PiiReviewer reviewer) {
    public ImportOptions {
        names = names == null ? NameList.empty() : names;
        reviewer = reviewer == null ? PiiReviewer.KEEP_ALL : reviewer;
    }

    /** Detected county, the project's round, no names, everything stored as it is. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, NameList.empty(), PiiReviewer.KEEP_ALL);
    }

    public ImportOptions withCounty(County c) {
        return new ImportOptions(c, round, names, reviewer);
    }

    public ImportOptions withRound(String r) {
        return new ImportOptions(county, r, names, reviewer);
    }

    public ImportOptions withNames(NameList n) {
        return new ImportOptions(county, round, n, reviewer);
    }

    public ImportOptions withReviewer(PiiReviewer r) {
        return new ImportOptions(county, round, names, r);
    }
}
