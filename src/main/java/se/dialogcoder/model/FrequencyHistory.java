package se.dialogcoder.model;

import java.util.List;

/**
 * What a frequency store holds, as read back: every run (one export of one project for one round, possibly of one
 * coder's codings) with its themes and its numbers per county and theme. Plain data for comparing rounds.
 *
 * @param store the store's file name, for messages
 * @param runs every run, in the store's order
 */
public record FrequencyHistory(String store, List<Run> runs) {
    public FrequencyHistory {
        runs = List.copyOf(runs);
    }

    /**
     * One run of the store.
     *
     * @param coder the coder whose codings were counted, or null for every coder
     * @param themes the run's codebook, in its tree order
     * @param cells one per county and theme
     */
    public record Run(long id, String round, String projectUuid, String projectName, String coder, String exportedAt,
                      List<Theme> themes, List<Cell> cells) {
        public Run {
            themes = List.copyOf(themes);
            cells = List.copyOf(cells);
        }
    }

    /** A theme of a run: its stable id (to compare runs by), path, names and depth (0 = top level). */
    public record Theme(String uid, String path, String name, String nameEn, int depth, int sortOrder) {
    }

    /**
     * The numbers of one theme (with its sub-codes) in one county of a run.
     *
     * @param coverage coded characters / characters of the county's documents, 0–1; null without documents
     */
    public record Cell(County county, String themeUid, int segments, int documents, long characters,
                       Double coverage) {
    }
}
