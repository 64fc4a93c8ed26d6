package se.dialogcoder.store.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import se.dialogcoder.model.CodeTotal;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.store.CodingTotals;
import se.dialogcoder.store.Counts.CodePair;
import se.dialogcoder.store.StoreException;

/**
 * Reads the totals the database keeps on write (schema version 4, see V4.sql). They are always up to date with what
 * is committed: the database folds every change in at its commit (so within a transaction that changed codings,
 * they are not read). Row-level security shows a coder who does not see
 * every coding only their own coder's rows, so "every coder" means that coder's rows for them, as with the codings.
 */
final class PgTotals {
    private static final String[] MEETING = {"overlap", "unit", "unit_theme"};
    private final Db db;
    private Boolean present;
    private OptionalLong ownOnly;

    PgTotals(Db db) {
        this.db = db;
    }

    /**
     * Whether the totals answer now: the database keeps them (an older schema opened read-only does not), and this
     * transaction has changed no codings yet (its own changes are folded in only when it commits).
     */
    boolean present() throws StoreException {
        if (present == null) {
            present = db.one("SELECT to_regclass('coding_total') IS NOT NULL", r -> r.getBoolean(1)).orElse(false);
        }
        return present && db.one("SELECT NOT dialogcoder_totals_pending()", r -> r.getBoolean(1))
                .orElse(false);
    }

    /**
     * The coder whose rows stand for every coder: 0, or the connected coder when they see only their own codings
     * (a coder of a team project before it is revealed).
     */
    long everyCoder() throws StoreException {
        if (ownOnly == null) {
            ownOnly = db.one("SELECT dialogcoder_is_member() AND NOT dialogcoder_sees_all_codings(), "
                    + "dialogcoder_coder_id()", r -> r.getBoolean(1) ? OptionalLong.of(r.getLong(2))
                    : OptionalLong.empty()).orElse(OptionalLong.empty());
        }
        return ownOnly.orElse(CodingTotals.ALL_CODERS);
    }

    Optional<List<CodeTotal>> codeTotals(CodingFilter filter) throws StoreException {
        Optional<OptionalLong> coder = coder(filter);
        if (coder.isEmpty()) {
            return Optional.empty();
        }
        if (coder.get().isEmpty()) {
            return Optional.of(List.of());
        }
        PgFilters where = new PgFilters().strata(filter);
        List<Object> args = new ArrayList<>(List.of(coder.get().getAsLong()));
        args.addAll(List.of(where.params()));
        return Optional.of(db.list("SELECT county, code_id, sum(segments), sum(characters), sum(documents), "
                + "sum(tree_segments), sum(tree_characters), sum(tree_documents) FROM coding_total WHERE coder_id = ?"
                + where.sql() + " GROUP BY county, code_id HAVING sum(tree_documents) > 0", r -> {
                    String county = r.getString(1);
                    return new CodeTotal(county.isEmpty() ? null : County.parse(county).orElse(null), r.getLong(2),
                            r.getInt(3), r.getLong(4), r.getInt(5), r.getInt(6), r.getLong(7), r.getInt(8));
                }, args.toArray()));
    }

    Optional<List<CodePair>> pairTotals(CodingFilter filter, CodingTotals.PairKind kind) throws StoreException {
        Optional<OptionalLong> coder = coder(filter);
        if (coder.isEmpty()) {
            return Optional.empty();
        }
        if (coder.get().isEmpty()) {
            return Optional.of(List.of());
        }
        PgFilters where = new PgFilters().strata(filter);
        List<Object> args = new ArrayList<>(List.of(MEETING[kind.ordinal()], coder.get().getAsLong()));
        args.addAll(List.of(where.params()));
        return Optional.of(db.list("SELECT code_a, code_b, sum(pairs) FROM coding_pair_total WHERE meeting = ? "
                + "AND coder_id = ?" + where.sql() + " GROUP BY code_a, code_b HAVING sum(pairs) > 0",
                r -> new CodePair(r.getLong(1), r.getLong(2), r.getInt(3)), args.toArray()));
    }

    /** Codings per code of one coder (0 = every coder), from the totals. */
    Map<Long, Integer> countsByCode(long coder) throws StoreException {
        Map<Long, Integer> out = new java.util.HashMap<>();
        db.each("SELECT code_id, sum(segments) FROM coding_total WHERE coder_id = ? AND code_id <> 0 "
                + "GROUP BY code_id HAVING sum(segments) > 0", r -> out.put(r.getLong(1), r.getInt(2)), coder);
        return out;
    }

    /** Codings per document of one coder (0 = every coder), from the documents' parts of the totals. */
    Map<Long, Integer> countsByDocument(long coder) throws StoreException {
        Map<Long, Integer> out = new java.util.HashMap<>();
        db.each("SELECT document_id, segments FROM coding_total_part WHERE coder_id = ? AND code_id = 0",
                r -> out.put(r.getLong(1), r.getInt(2)), coder);
        return out;
    }

    int count(long coder) throws StoreException {
        return db.integer("SELECT coalesce(sum(segments), 0) FROM coding_total WHERE coder_id = ? AND code_id = 0",
                coder);
    }

    /**
     * Which coder's rows answer for a filter: empty when the totals cannot answer (the filter names codes, sets or
     * attributes, or several but not all coders, or there are no totals); an empty coder when it names only coders
     * that do not exist.
     */
    private Optional<OptionalLong> coder(CodingFilter f) throws StoreException {
        if (!f.codeIds().isEmpty() || !f.codeSets().isEmpty() || !f.documentSets().isEmpty()
                || !f.attributes().isEmpty() || !present()) {
            return Optional.empty();
        }
        long every = everyCoder();
        if (f.coders().isEmpty()) {
            return Optional.of(OptionalLong.of(every));
        }
        List<Long> ids = new ArrayList<>();
        int[] all = new int[1];
        db.each("SELECT id, name FROM coder", r -> {
            all[0]++;
            if (f.coders().contains(r.getString(2))) {
                ids.add(r.getLong(1));
            }
        });
        if (ids.isEmpty()) {
            return Optional.of(OptionalLong.empty());
        }
        if (ids.size() == 1 && all[0] > 1) {
            return Optional.of(OptionalLong.of(ids.get(0)));
        }
        if (ids.size() < all[0]) {
            return Optional.empty();
        }
        return Optional.of(OptionalLong.of(every));
    }
}
