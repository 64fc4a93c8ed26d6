package se.dialogcoder.app.analysis;

import se.dialogcoder.app.Project;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import se.dialogcoder.analysis.AutoCodeScope;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.analysis.Kwic;
import se.dialogcoder.analysis.words.QueryForms;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodePointText;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewCoding;
import se.dialogcoder.model.Span;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.WordForms;
import se.dialogcoder.store.Search;
import se.dialogcoder.store.Search.DocumentMatch;
import se.dialogcoder.store.Search.Match;
import se.dialogcoder.store.SearchSyntaxException;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;

/**
 * Full-text search with keyword in context, page by page, and auto-coding of the hits. Queries use SQLite FTS5
 * syntax: words, {@code "phrases"}, {@code prefix*}, AND / OR / NOT, NEAR, parentheses; å, ä, ö are distinct letters.
 *
 * <p>A page reads the matching documents from the index (how many there are is known at once) and then the texts of
 * only the documents it shows, one at a time; what it keeps of them is the context around each hit. How many hits
 * the whole result has is known only by reading every matching text, so a page does not wait for it: the last page
 * knows it, and {@link #count} counts it separately, a part at a time, for a window to run in the background.
 *
 * <p>With {@link WordForms} other than exact, each word of the query also matches its inflections ("alla
 * böjningsformer") and/or the compounds it is a part of ("sammansättningar"): the query is rewritten into the forms
 * the project's documents hold ({@link QueryForms}) and then runs as an exact search, so phrases, AND / OR / NOT,
 * NEAR, filters, pages, counts and auto-coding work as they do for any query, and hits lie on the words as written.
 */
public final class SearchService {
    /** Code points of context on each side of a hit. */
    public static final int DEFAULT_WIDTH = 60;
    /**
     * Hits on a page of the window's search (a good first page anywhere): more than a screen holds, and few enough
     * that a first page where every document has one hit reads its 50 texts well within 100 ms at 4 200 documents.
     */
    public static final int PAGE = 50;
    /** The rewriting of queries into word forms (made at the first search that asks for forms). */
    private volatile QueryForms queryForms;

    /** One hit: where it is (code points) and its keyword-in-context snippet. */
    public record Hit(long documentId, String document, County county, DocumentKind kind, int start, int end,
                      Kwic.Snippet snippet) {
    }

    /** The hits of one county (null = "Okänt län"). */
    public record CountyHits(County county, List<Hit> hits) {
    }

    /**
     * All hits, ordered by county (unknown last), document and position.
     *
     * @param searched the query as it ran: with the word forms written out (the query itself when exact)
     */
    public record Result(String query, String searched, int documents, List<Hit> hits) {
        public Result {
            hits = List.copyOf(hits);
        }

        /** The hits grouped by county, in county order. */
        public List<CountyHits> byCounty() {
            return SearchService.byCounty(hits);
        }
    }

    /**
     * One page of a search, in the order of the whole result (county, unknown last; document name; position).
     *
     * @param offset    hits of the whole result before this page (as asked)
     * @param documents matching documents (exact, from the index)
     * @param counties  counties among them (documents without a county count as one)
     * @param total     hits of the whole result, known when this page reached its end; empty while hits follow
     * @param next      where the following page begins; null on the last page
     * @param searched  the query as it ran: with the word forms written out (the query itself when exact)
     */
    public record Page(String query, int offset, List<Hit> hits, int documents, int counties, OptionalInt total,
                       Rest next, String searched) {
        public Page {
            hits = List.copyOf(hits);
        }

        /** Whether hits follow this page. */
        public boolean more() {
            return next != null;
        }

        /** This page's hits grouped by county, in county order. */
        public List<CountyHits> byCounty() {
            return SearchService.byCounty(hits);
        }
    }

    /**
     * The rest of a search after a page: the result's documents as the first page listed them (no texts) and the
     * hit the next page begins with. A document deleted since is left out; one imported since appears in a new
     * search.
     */
    public static final class Rest {
        private final String query;
        private final String searched;
        private final List<Match> documents;
        private final int document;
        private final int hit;
        private final int offset;

        private Rest(String query, String searched, List<Match> documents, int document, int hit, int offset) {
            this.query = query;
            this.searched = searched;
            this.documents = documents;
            this.document = document;
            this.hit = hit;
            this.offset = offset;
        }

        /** Hits of the result before the next page. */
        public int offset() {
            return offset;
        }

        /** Matching documents of the result. */
        public int documents() {
            return documents.size();
        }
    }

    /**
     * Hits counted over the first {@code documents} documents of a result, in result order.
     *
     * @param byCounty hits per county (null = no county), in county order
     * @param complete whether every document of the result is counted
     */
    public record Tally(int documents, int hits, Map<County, Integer> byCounty, boolean complete) {
        /** Nothing counted yet. */
        public static final Tally NONE = new Tally(0, 0, Map.of(), false);

        public Tally {
            byCounty = Collections.unmodifiableMap(new LinkedHashMap<>(byCounty));
        }
    }

    /** A passage auto-coding would code. */
    public record Proposal(long documentId, String document, County county, Span span, String passage) {
    }

    /**
     * What auto-coding would do, to be shown before it is applied.
     *
     * @param hits search hits found
     * @param alreadyCoded passages left out because the coder already coded exactly them with the code
     * @param outsideScope hits left out because the scope does not apply (a {@code turn} outside speaker turns)
     */
    public record AutoCodePreview(String query, Code code, AutoCodeScope scope, String coder, int hits,
                                  List<Proposal> proposals, int alreadyCoded, int outsideScope) {
        public AutoCodePreview {
            proposals = List.copyOf(proposals);
        }
    }

    /**
     * Every hit of the documents the filter admits (the texts are read one at a time; the snippets are kept).
     *
     * @throws se.dialogcoder.store.SearchSyntaxException when the query is not valid FTS5 syntax
     */
    public Result search(Project project, String query, CodingFilter filter, int width) throws StoreException {
        return search(project, query, WordForms.EXACT, filter, width);
    }

    /** Every hit, as {@link #search(Project, String, CodingFilter, int)}, with the words' other forms as asked. */
    public Result search(Project project, String query, WordForms forms, CodingFilter filter, int width)
            throws StoreException {
        Page all = page(project, query, forms, filter, 0, Integer.MAX_VALUE, width);
        return new Result(query, all.searched(), all.documents(), all.hits());
    }

    /**
     * Up to {@code limit} hits from hit number {@code offset} (0 = the first) of the documents the filter admits.
     * Reads the texts of the documents up to the end of the page, one at a time; for the pages after the first,
     * {@link #next} reads only the page's own.
     *
     * @throws se.dialogcoder.store.SearchSyntaxException when the query is not valid FTS5 syntax
     * @throws IllegalArgumentException when the offset or the limit is negative
     */
    public Page page(Project project, String query, CodingFilter filter, int offset, int limit, int width)
            throws StoreException {
        return page(project, query, WordForms.EXACT, filter, offset, limit, width);
    }

    /** A page, as {@link #page(Project, String, CodingFilter, int, int, int)}, with the words' forms as asked. */
    public Page page(Project project, String query, WordForms forms, CodingFilter filter, int offset, int limit,
            int width) throws StoreException {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        return project.read(tx -> {
            String searched = expand(tx, query, forms);
            List<Match> documents = matches(tx, query, searched, filter);
            return walk(tx, query, searched, documents, 0, offset, false, 0, offset, limit, width);
        });
    }

    /**
     * How many documents match a query with the words' forms as asked (the forms looked up, then the index; no text
     * is read): what a search costs before its first page.
     */
    public int matchingDocuments(Project project, String query, WordForms forms, CodingFilter filter)
            throws StoreException {
        return project.read(tx -> matches(tx, query, expand(tx, query, forms), filter).size());
    }

    /**
     * The query with the words' forms written out in the query language (the query itself when exact).
     *
     * @throws SearchSyntaxException when the query is not valid, or uses syntax the word forms do not take
     */
    private String expand(UnitOfWork tx, String query, WordForms forms) throws StoreException {
        if (forms.exact()) {
            return query;
        }
        Search search = tx.search();
        try {
            return queryForms().expand(query == null ? null : query.strip(), forms,
                    new QueryForms.Vocabulary<StoreException>() {
                        @Override
                        public List<String> startingWith(String prefix) throws StoreException {
                            return search.wordsStartingWith(prefix);
                        }

                        @Override
                        public List<String> containing(String part) throws StoreException {
                            return search.wordsContaining(part);
                        }
                    });
        } catch (QueryForms.Unsupported e) {
            search.matchingDocuments(query); // a query that is not valid at all is told as the exact search tells it
            throw new SearchSyntaxException(e.userMessage(), e);
        }
    }

    /** The documents of the query as it runs; a query not valid as written is told as written. */
    private static List<Match> matches(UnitOfWork tx, String query, String searched, CodingFilter filter)
            throws StoreException {
        try {
            return tx.search().matches(searched, filter);
        } catch (SearchSyntaxException e) {
            if (!searched.equals(query)) {
                tx.search().matches(query, filter);
            }
            throw e;
        }
    }

    private QueryForms queryForms() {
        QueryForms f = queryForms;
        if (f == null) {
            f = QueryForms.swedish();
            queryForms = f;
        }
        return f;
    }

    /** The page after the one that gave {@code rest}: up to {@code limit} hits, reading only their documents. */
    public Page next(Project project, Rest rest, int limit, int width) throws StoreException {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return project.read(tx -> walk(tx, rest.query, rest.searched, rest.documents, rest.document, rest.hit, true,
                rest.offset - rest.hit, rest.offset, limit, width));
    }

    /**
     * Goes through the documents from {@code document} on, passing over {@code skip} hits (only in that document
     * when {@code within}, else across documents), and keeps the following {@code limit}; {@code before} is the
     * number of hits of the documents before {@code document}.
     */
    private static Page walk(UnitOfWork tx, String query, String searched, List<Match> documents, int document,
            int skip,
            boolean within, int before, int offset, int limit, int width) throws StoreException {
        class Walk implements Search.Reader {
            int index = document;
            int left = skip;
            int seen = before;
            final List<Hit> hits = new ArrayList<>();
            Rest next;

            @Override
            public boolean take(DocumentMatch m) {
                while (documents.get(index).documentId() != m.documentId()) {
                    index++;
                }
                if (within && index != document) {
                    left = 0;
                }
                List<Span> spans = m.hits();
                int from = Math.min(left, spans.size());
                left -= from;
                seen += from;
                CodePointText text = from < spans.size() ? new CodePointText(m.text()) : null;
                for (int k = from; k < spans.size(); k++) {
                    if (hits.size() == limit) {
                        next = new Rest(query, searched, documents, index, k, seen);
                        return false;
                    }
                    Span s = spans.get(k);
                    hits.add(new Hit(m.documentId(), m.name(), m.county(), m.kind(), s.start(), s.end(),
                            Kwic.of(text, s, width)));
                    seen++;
                }
                index++;
                return true;
            }
        }
        Walk w = new Walk();
        tx.search().read(searched, documents.subList(document, documents.size()), w);
        return new Page(query, offset, w.hits, documents.size(), counties(documents),
                w.next == null ? OptionalInt.of(w.seen) : OptionalInt.empty(), w.next, searched);
    }

    /**
     * Counts the hits of up to {@code maxDocuments} more documents of a result, after those {@code sofar} counted
     * (one read; the texts one at a time). Start from {@link Tally#NONE}; done when the tally is complete.
     */
    public Tally count(Project project, Rest rest, Tally sofar, int maxDocuments) throws StoreException {
        return project.read(tx -> count(tx, rest, sofar, maxDocuments, Long.MAX_VALUE));
    }

    /**
     * Counts as {@link #count(Project, Rest, Tally, int)}, stopping after the document during which {@code budget}
     * ran out (at least one document is counted): a background count in steps this long never keeps the next
     * search waiting for more than about one step.
     */
    public Tally count(Project project, Rest rest, Tally sofar, int maxDocuments, java.time.Duration budget)
            throws StoreException {
        return project.read(tx -> count(tx, rest, sofar, maxDocuments, System.nanoTime() + budget.toNanos()));
    }

    /** Counts every hit of a result in one read (each matching text is read once, one at a time). */
    public Tally count(Project project, Rest rest) throws StoreException {
        return project.read(tx -> count(tx, rest, Tally.NONE, Integer.MAX_VALUE, Long.MAX_VALUE));
    }

    private static Tally count(UnitOfWork tx, Rest rest, Tally sofar, int maxDocuments, long deadline)
            throws StoreException {
        int from = Math.min(sofar.documents(), rest.documents.size());
        int to = (int) Math.min(rest.documents.size(), (long) from + Math.max(1, maxDocuments));
        Map<County, Integer> byCounty = new LinkedHashMap<>(sofar.byCounty());
        int[] hits = {sofar.hits()};
        List<Match> step = rest.documents.subList(from, to);
        int[] next = {0}; // position in the step after the last document taken
        boolean[] stopped = {false};
        tx.search().read(rest.searched, step, m -> {
            while (next[0] < step.size() && step.get(next[0]).documentId() != m.documentId()) {
                next[0]++; // a document the store left out (deleted since the first page)
            }
            next[0]++;
            if (!m.hits().isEmpty()) {
                hits[0] += m.hits().size();
                byCounty.merge(m.county(), m.hits().size(), Integer::sum);
            }
            stopped[0] = deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0;
            return !stopped[0];
        });
        int done = stopped[0] ? from + Math.min(next[0], step.size()) : to;
        return new Tally(done, hits[0], byCounty, done == rest.documents.size());
    }

    /** Number of counties among the documents (those without a county count as one). */
    private static int counties(List<Match> documents) {
        return (int) documents.stream().map(m -> m.county() == null ? "" : m.county().code()).distinct().count();
    }

    /** Hits grouped by county, in the order they come. */
    static List<CountyHits> byCounty(List<Hit> hits) {
        Map<County, List<Hit>> groups = new LinkedHashMap<>();
        for (Hit h : hits) {
            groups.computeIfAbsent(h.county(), k -> new ArrayList<>()).add(h);
        }
        List<CountyHits> out = new ArrayList<>();
        groups.forEach((c, list) -> out.add(new CountyHits(c, List.copyOf(list))));
        return out;
    }

    /**
     * What coding every hit of a search with a code would add (nothing is changed). The matching documents are read
     * one at a time; what is kept of each is its proposed passages.
     */
    public AutoCodePreview preview(Project project, String query, CodingFilter filter, String codePath,
                                   AutoCodeScope scope, String coder) throws StoreException {
        return preview(project, query, WordForms.EXACT, filter, codePath, scope, coder);
    }

    /** What auto-coding would do, as {@link #preview(Project, String, CodingFilter, String, AutoCodeScope, String)},
     * with the words' other forms as asked. */
    public AutoCodePreview preview(Project project, String query, WordForms forms, CodingFilter filter,
                                   String codePath, AutoCodeScope scope, String coder) throws StoreException {
        return project.read(tx -> {
            String searched = expand(tx, query, forms);
            List<Match> matches = matches(tx, query, searched, filter);
            Code code = new CodeTree(tx.codes().list()).resolve(codePath);
            Long coderId = tx.coders().list().stream().filter(c -> c.name().equals(coder.strip()))
                    .map(c -> c.id()).findFirst().orElse(null);
            Map<Long, Set<Span>> existing = coderId == null ? Map.of() : tx.codings().spansOf(code.id(), coderId);
            List<Proposal> proposals = new ArrayList<>();
            int[] counts = new int[3]; // hits, outside the scope, already coded
            tx.search().read(searched, matches, m -> {
                CodePointText text = new CodePointText(m.text());
                List<TextUnit> units = scope == AutoCodeScope.MATCH ? List.of() : tx.documents().units(m.documentId());
                List<Span> spans = new ArrayList<>();
                for (Span hit : m.hits()) {
                    counts[0]++;
                    Optional<Span> span = scope.expand(text, units, hit);
                    if (span.isEmpty()) {
                        counts[1]++;
                    } else {
                        spans.add(span.get());
                    }
                }
                for (Span s : mergeOverlapping(spans)) {
                    if (existing.getOrDefault(m.documentId(), Set.of()).contains(s)) {
                        counts[2]++;
                    } else {
                        proposals.add(new Proposal(m.documentId(), m.name(), m.county(), s,
                                text.slice(s.start(), s.end())));
                    }
                }
                return true;
            });
            return new AutoCodePreview(query, code, scope, coder.strip(), counts[0], proposals, counts[2], counts[1]);
        });
    }

    /** Stores the previewed codings in one transaction; returns the ids of the codings created (for undo). */
    public List<Long> apply(Project project, AutoCodePreview preview) throws StoreException {
        if (preview.proposals().isEmpty()) {
            return List.of();
        }
        return project.write(tx -> insert(tx, preview));
    }

    /** Stores the previewed codings inside the caller's transaction (also the first apply of an undoable auto-code). */
    public static List<Long> insert(UnitOfWork tx, AutoCodePreview preview) throws StoreException {
        List<NewCoding> codings = preview.proposals().stream()
                .map(p -> new NewCoding(p.documentId(), preview.code().id(), p.span().start(), p.span().end()))
                .toList();
        return tx.codings().insertAll(codings, tx.coders().getOrCreate(preview.coder()).id());
    }

    /** Removes codings created by {@link #apply} in one transaction (the undo of an auto-coding). */
    public int undo(Project project, List<Long> codingIds) throws StoreException {
        return project.write(tx -> tx.codings().deleteAll(codingIds));
    }

    /** Spans in order with overlapping ones joined (spans that only touch stay apart). */
    static List<Span> mergeOverlapping(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() < last.end()) {
                out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
