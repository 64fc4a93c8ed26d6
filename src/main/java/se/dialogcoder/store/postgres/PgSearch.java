package se.dialogcoder.store.postgres;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.Span;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.Search;
import se.dialogcoder.store.SearchSyntaxException;
import se.dialogcoder.store.StoreException;

/**
 * Full-text search on PostgreSQL's text search: the query ({@link PgQuery}) becomes a tsquery matched with
 * {@code @@} against each document's tsvector ({@link PgTokens}) over a GIN index. A document whose positions do not
 * fit PostgreSQL's limits (over 16383 tokens, or a token more than 256 times) is matched by a position-free superset
 * of the query and then checked exactly here. Hits are located over the same tokens, in code points, as the project
 * file's FTS5 {@code highlight()} marks them: every instance of the phrases of the matching branches of the query,
 * instances sharing a token joined.
 */
final class PgSearch implements Search {
    private static final String MATCH = "((d.positions_complete AND d.search_vector @@ CAST(? AS tsquery)) OR "
            + "(NOT d.positions_complete AND (d.search_vector IS NULL OR d.search_vector @@ CAST(? AS tsquery))))";
    /** Texts fetched per round trip by {@link #read} (held at once at most). */
    private static final int BATCH = 16;
    private final Db db;

    PgSearch(Db db) {
        this.db = db;
    }

    private record Row(Match match, boolean complete) {
    }

    /**
     * The documents whose tsvector matches the query, in {@link Search#ORDER}. The GIN index finds them by the
     * position-free superset of the query (for a query without phrases of several words that is the query itself,
     * and the index's answer is exact without reading a single tsvector); only phrases make PostgreSQL read the
     * candidates' positions. A document stored without positions (too long for PostgreSQL's limits) is read, one
     * at a time, to check the match exactly.
     */
    @Override
    public List<Match> matches(String query, CodingFilter filter) throws StoreException {
        PgQuery.Node node = PgQuery.simplify(PgQuery.parse(check(query)));
        if (node instanceof PgQuery.Nothing) {
            return List.of();
        }
        String exact = PgQuery.tsquery(node);
        String superset = PgQuery.superset(node);
        PgFilters where = new PgFilters().documents(filter, "d");
        String columns = "SELECT d.id, d.name, d.county, d.kind, d.positions_complete FROM document d WHERE ";
        List<Object> params = new ArrayList<>(List.of(superset));
        String byIndex = "d.search_vector @@ CAST(? AS tsquery)" + (exact.equals(superset) ? ""
                : " AND (NOT d.positions_complete OR d.search_vector @@ CAST(? AS tsquery))");
        if (!exact.equals(superset)) {
            params.add(exact);
        }
        params.addAll(List.of(where.params()));
        params.addAll(List.of(where.params()));
        List<Row> rows = withoutSequentialScan(() -> db.list(columns + byIndex + where.sql() + " UNION ALL "
                        + columns + "d.search_vector IS NULL" + where.sql(), r -> new Row(new Match(r.getLong(1),
                        r.getString(2), r.getString(3) == null ? null : County.parse(r.getString(3)).orElse(null),
                        DocumentKind.fromId(r.getString(4))), r.getBoolean(5)), params.toArray()));
        List<Match> out = new ArrayList<>();
        PgDocuments documents = new PgDocuments(db);
        for (Row c : rows) {
            if (c.complete() || PgQuery.matches(node, folded(PgTokens.scan(documents.text(c.match().documentId()))))) {
                out.add(c.match());
            }
        }
        out.sort(ORDER);
        return out;
    }

    /**
     * Runs a query with sequential scans discouraged (until the transaction ends, then as before). When most
     * documents match, the planner prefers reading the table to the GIN index because it does not count what a
     * sequential scan costs here: evaluating {@code @@} reads every row's tsvector out of TOAST (about 100 ms for
     * 4 200 documents of 8 000 words, against 2 ms through the index). JIT compilation is left out too: the penalty
     * that discourages the scan (which the {@code IS NULL} part still needs) would make the plan look expensive
     * enough to compile, which alone takes longer than the query.
     */
    private <T> T withoutSequentialScan(Query<T> query) throws StoreException {
        List<String> before = db.one("SELECT current_setting('enable_seqscan'), current_setting('jit')",
                r -> List.of(r.getString(1), r.getString(2))).orElse(List.of("on", "on"));
        db.one("SELECT set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)", r -> r.getString(1));
        try {
            return query.run();
        } finally {
            db.one("SELECT set_config('enable_seqscan', ?, true), set_config('jit', ?, true)", r -> r.getString(1),
                    before.get(0), before.get(1));
        }
    }

    @FunctionalInterface
    private interface Query<T> {
        T run() throws StoreException;
    }

    /** Reads the texts a few at a time (one round trip per {@value #BATCH}) and locates the hits in each. */
    @Override
    public void read(String query, List<Match> documents, Reader reader) throws StoreException {
        PgQuery.Node node = PgQuery.simplify(PgQuery.parse(check(query)));
        for (int from = 0; from < documents.size(); from += BATCH) {
            List<Match> batch = documents.subList(from, Math.min(documents.size(), from + BATCH));
            Map<Long, String> texts = texts(batch);
            for (Match m : batch) {
                String text = texts.remove(m.documentId());
                if (text == null) {
                    continue;
                }
                List<PgTokens.Token> tokens = PgTokens.scan(text);
                List<String> folded = folded(tokens);
                if (!reader.take(new DocumentMatch(m.documentId(), m.name(), m.county(), m.kind(), text,
                        hits(tokens, folded, PgQuery.matchingPhrases(node, folded))))) {
                    return;
                }
            }
        }
    }

    private Map<Long, String> texts(List<Match> batch) throws StoreException {
        Map<Long, String> out = new HashMap<>();
        Long[] ids = batch.stream().map(Match::documentId).toArray(Long[]::new);
        try {
            java.sql.Array array = db.connection().createArrayOf("bigint", ids);
            db.each("SELECT id, text FROM document WHERE id = ANY(?)", r -> out.put(r.getLong(1), r.getString(2)),
                    array);
        } catch (java.sql.SQLException e) {
            throw new PgFailure(e);
        }
        return out;
    }

    private static List<String> folded(List<PgTokens.Token> tokens) {
        return tokens.stream().map(PgTokens.Token::folded).toList();
    }

    @Override
    public List<Long> matchingDocuments(String query) throws StoreException {
        PgQuery.Node node = PgQuery.simplify(PgQuery.parse(check(query)));
        if (node instanceof PgQuery.Nothing) {
            return List.of();
        }
        String exact = PgQuery.tsquery(node);
        record Candidate(long id, boolean complete) {
        }
        List<Candidate> rows = db.list("SELECT d.id, d.positions_complete FROM document d WHERE " + MATCH
                        + " ORDER BY ts_rank(coalesce(d.search_vector, ''::tsvector), CAST(? AS tsquery)) DESC, d.id",
                r -> new Candidate(r.getLong(1), r.getBoolean(2)), exact, PgQuery.superset(node), exact);
        List<Long> out = new ArrayList<>();
        for (Candidate c : rows) {
            if (c.complete() || PgQuery.matches(node, PgTokens.scan(new PgDocuments(db).text(c.id())).stream()
                    .map(PgTokens.Token::folded).toList())) {
                out.add(c.id());
            }
        }
        return out;
    }

    /** The spans of all phrase instances, those that share a token joined, in text order (code points). */
    static List<Span> hits(List<PgTokens.Token> tokens, List<String> folded, List<PgQuery.Phrase> phrases) {
        List<int[]> instances = new ArrayList<>();
        for (PgQuery.Phrase p : phrases) {
            for (int t : PgQuery.instances(p, folded)) {
                instances.add(new int[] {t, t + p.tokens().size() - 1});
            }
        }
        instances.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<Span> out = new ArrayList<>();
        int curStart = -1;
        int curEnd = -1;
        for (int[] inst : instances) {
            if (curStart >= 0 && inst[0] <= curEnd) {
                curEnd = Math.max(curEnd, inst[1]);
            } else {
                if (curStart >= 0) {
                    out.add(new Span(tokens.get(curStart).startCp(), tokens.get(curEnd).endCp()));
                }
                curStart = inst[0];
                curEnd = inst[1];
            }
        }
        if (curStart >= 0) {
            out.add(new Span(tokens.get(curStart).startCp(), tokens.get(curEnd).endCp()));
        }
        return List.copyOf(out);
    }

    @Override
    public List<String> wordsStartingWith(String prefix) throws StoreException {
        List<String> out = db.list("SELECT word FROM search_word WHERE word >= ? AND word < ? ORDER BY word",
                r -> r.getString(1), prefix, prefix + "\uDBFF\uDFFF");
        return out.stream().filter(w -> w.startsWith(prefix)).toList();
    }

    @Override
    public List<String> wordsContaining(String part) throws StoreException {
        return db.list("SELECT word FROM search_word WHERE strpos(word, ?) > 0 ORDER BY word", r -> r.getString(1),
                part);
    }

    private static String check(String query) {
        if (query == null || query.isBlank()) {
            throw new SearchSyntaxException(UserMessage.of("err.search.empty",
                    "The search is empty: give a word, a \"phrase\" or a prefix*."), null);
        }
        if (query.indexOf('\u0001') >= 0 || query.indexOf('\u0002') >= 0) {
            throw new SearchSyntaxException(UserMessage.of("err.search.control",
                    "The search contains control characters."), null);
        }
        return query.strip();
    }
}
