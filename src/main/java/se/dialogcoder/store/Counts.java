package se.dialogcoder.store;

import java.util.List;
import java.util.Optional;
import se.dialogcoder.model.CodingCount;
import se.dialogcoder.model.CodeTotal;
import se.dialogcoder.model.CodingFilter;

/** Aggregates over codings (frequencies, matrix, co-occurrence). */
public interface Counts {
    /** Receives coded spans in order of document, code and start. */
    @FunctionalInterface
    interface SpanSink {
        void accept(long documentId, long codeId, int start, int end);
    }

    /** Receives (text unit, code) pairs: a coding of the code overlaps the unit. */
    @FunctionalInterface
    interface UnitCodeSink {
        void accept(long unitId, long codeId);
    }

    /** A number of overlapping coding pairs between two codes ({@code codeA <= codeB}). */
    record CodePair(long codeA, long codeB, int pairs) {
    }

    /**
     * The totals kept on write, per county and code, for the codings and documents the filter admits; empty when
     * they cannot answer for this filter (it names codes, code or document sets, attributes, or several but not
     * all coders) or when changes made outside the application are not yet folded in. Then the other methods
     * here count from the codings themselves.
     */
    default Optional<List<CodeTotal>> codeTotals(CodingFilter filter) throws StoreException {
        return Optional.empty();
    }

    /**
     * The pairs of different codes that meet, from the totals kept on write (as {@link #codeTotals}: empty when
     * they cannot answer). {@link CodingTotals.PairKind#UNIT_THEME} gives pairs of top-level themes.
     */
    default Optional<List<CodePair>> pairTotals(CodingFilter filter, CodingTotals.PairKind kind)
            throws StoreException {
        return Optional.empty();
    }

    /** Number of codings per document and code (one aggregate over the covering index). */
    List<CodingCount> codingCounts(CodingFilter filter) throws StoreException;

    /** Every coded span matching the filter, ordered by document, code, start (read from the covering index). */
    void spans(CodingFilter filter, SpanSink sink) throws StoreException;

    /**
     * Pairs of codings in the same document whose spans overlap, counted per pair of codes. Each unordered pair
     * of codings is counted once: the later-starting coding starts inside the other (ties broken by id).
     */
    List<CodePair> overlappingPairs(CodingFilter filter) throws StoreException;

    /** Each (text unit, code) where a coding of that code overlaps the unit, ordered by unit. */
    void unitCodes(CodingFilter filter, UnitCodeSink sink) throws StoreException;

    /**
     * The plain county × theme segment count written as one SQL statement, as a user would write it by hand
     * (themes = top-level codes, sub-codes counted with their theme). Used by the benchmark as the yardstick for
     * the matrix; returns the number of non-empty cells.
     */
    int bareCountyThemeSegments() throws StoreException;
}
