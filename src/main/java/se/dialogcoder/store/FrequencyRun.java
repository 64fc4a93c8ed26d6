package se.dialogcoder.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import se.dialogcoder.model.County;

/**
 * One export run for the frequency store: what was counted (project, round, coder filter, when, by which version)
 * and the numbers, one {@link Cell} per county and theme. Plain data: {@code app} fills it from the analysis.
 *
 * @param coderFilter the coder whose codings were counted, or null for every coder
 * @param themes every code of the codebook, parents before their children
 * @param counties the documents in scope per county (all 21)
 * @param cells one per county (all 21) and theme
 * @param unknownCountyDocuments documents of unknown county: in scope, but in no county's row
 */
public record FrequencyRun(Instant exportedAt, String projectUuid, String projectName, String round,
                           String coderFilter, String appVersion, List<Theme> themes, List<CountyTotals> counties,
                           List<Cell> cells, int unknownCountyDocuments) {
    public FrequencyRun {
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(projectUuid, "projectUuid");
        Objects.requireNonNull(projectName, "projectName");
        if (round == null || round.isBlank()) {
            throw new IllegalArgumentException("a run needs a round label, e.g. 2025");
        }
        round = round.strip();
        themes = List.copyOf(themes);
        counties = List.copyOf(counties);
        cells = List.copyOf(cells);
    }

    /**
     * A code of the project's codebook; in the store a theme counts together with its sub-codes.
     *
     * @param codeId the code's id in the project (used to link cells and parents; the store gives its own ids)
     * @param uid the code's stable id (codebook id or UUID), the same in every run of projects sharing a codebook
     * @param depth 0 for a top-level theme, 1 for its sub-codes, …
     */
    public record Theme(long codeId, String uid, Long parentCodeId, String path, String name, String nameEn,
                        int depth) {
    }

    /** The documents of a county in scope, and their length in code points and words. */
    public record CountyTotals(County county, int documents, long characters, long words) {
    }

    /**
     * The numbers of one theme (with its sub-codes) in one county.
     *
     * @param segments codings of the theme or its sub-codes
     * @param documents documents with at least one of them
     * @param characters coded characters, overlapping codings counted once
     * @param words words in the coded characters, or null when not counted
     * @param coverage characters / characters of the county's documents in scope (0–1); null without documents
     */
    public record Cell(County county, long codeId, int segments, int documents, long characters, Long words,
                       Double coverage) {
    }
}
