package se.dialogcoder.app.analysis;

import se.dialogcoder.app.Project;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.dialogcoder.analysis.AutoCodeScope;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.analysis.Kwic;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodePointText;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewCoding;
import se.dialogcoder.model.Span;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.store.Search.DocumentMatch;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;

/**
 * Full-text search with keyword in context, and auto-coding of the hits. Queries use SQLite FTS5 syntax: words,
 * {@code "phrases"}, {@code prefix*}, AND / OR / NOT, NEAR, parentheses; å, ä, ö are distinct letters.
 */
public final class SearchService {
    /** Code points of context on each side of a hit. */
    public static final int DEFAULT_WIDTH = 60;

    /** One hit: where it is (code points) and its keyword-in-context snippet. */
    public record Hit(long documentId, String document, County county, DocumentKind kind, int start, int end,
                      Kwic.Snippet snippet) {
    }

    /** The hits of one county (null = "Okänt län"). */
    public record CountyHits(County county, List<Hit> hits) {
    }

    /** All hits, ordered by county (unknown last), document and position. */
    public record Result(String query, int documents, List<Hit> hits) {
        public Result {
            hits = List.copyOf(hits);
        }

        /** The hits grouped by county, in county order. */
        public List<CountyHits> byCounty() {
            Map<County, List<Hit>> groups = new LinkedHashMap<>();
            for (Hit h : hits) {
                groups.computeIfAbsent(h.county(), k -> new ArrayList<>()).add(h);
            }
            List<CountyHits> out = new ArrayList<>();
            groups.forEach((c, list) -> out.add(new CountyHits(c, List.copyOf(list))));
            return out;
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
     * Searches the documents the filter admits.
     *
     * @throws se.dialogcoder.store.SearchSyntaxException when the query is not valid FTS5 syntax
     */
    public Result search(Project project, String query, CodingFilter filter, int width) throws StoreException {
        List<DocumentMatch> matches = project.read(tx -> tx.search().search(query, filter));
        List<Hit> hits = new ArrayList<>();
        for (DocumentMatch m : matches) {
            CodePointText text = new CodePointText(m.text());
            for (Span s : m.hits()) {
                hits.add(new Hit(m.documentId(), m.name(), m.county(), m.kind(), s.start(), s.end(),
                        Kwic.of(text, s, width)));
            }
        }
        return new Result(query, matches.size(), hits);
    }

    /** What coding every hit of a search with a code would add (nothing is changed). */
    public AutoCodePreview preview(Project project, String query, CodingFilter filter, String codePath,
                                   AutoCodeScope scope, String coder) throws StoreException {
        return project.read(tx -> {
            Code code = new CodeTree(tx.codes().list()).resolve(codePath);
            List<DocumentMatch> matches = tx.search().search(query, filter);
            Long coderId = tx.coders().list().stream().filter(c -> c.name().equals(coder.strip()))
                    .map(c -> c.id()).findFirst().orElse(null);
            Map<Long, Set<Span>> existing = coderId == null ? Map.of() : tx.codings().spansOf(code.id(), coderId);
            List<Proposal> proposals = new ArrayList<>();
            int hits = 0;
            int outside = 0;
            int already = 0;
            for (DocumentMatch m : matches) {
                CodePointText text = new CodePointText(m.text());
                List<TextUnit> units = scope == AutoCodeScope.MATCH ? List.of() : tx.documents().units(m.documentId());
                List<Span> spans = new ArrayList<>();
                for (Span hit : m.hits()) {
                    hits++;
                    Optional<Span> span = scope.expand(text, units, hit);
                    if (span.isEmpty()) {
                        outside++;
                    } else {
                        spans.add(span.get());
                    }
                }
                for (Span s : mergeOverlapping(spans)) {
                    if (existing.getOrDefault(m.documentId(), Set.of()).contains(s)) {
                        already++;
                    } else {
                        proposals.add(new Proposal(m.documentId(), m.name(), m.county(), s,
                                text.slice(s.start(), s.end())));
                    }
                }
            }
            return new AutoCodePreview(query, code, scope, coder.strip(), hits, proposals, already, outside);
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
