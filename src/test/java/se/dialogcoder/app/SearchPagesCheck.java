package se.dialogcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.dialogcoder.app.analysis.SearchService;
import se.dialogcoder.app.analysis.SearchService.Hit;
import se.dialogcoder.app.analysis.SearchService.Page;
import se.dialogcoder.app.analysis.SearchService.Tally;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.ItemSet.Kind;
import se.dialogcoder.model.Span;
import se.dialogcoder.store.ProjectStore;
import se.dialogcoder.store.Search.DocumentMatch;
import se.dialogcoder.store.Search.Match;

/**
 * Search page by page, on any engine ({@link StoreContractTest} runs it on each): pages of any size, asked for by
 * offset or one after the other, join up to exactly the whole result; past the end there is nothing and the total;
 * the count of every hit equals the whole result's; filters hold on every page.
 */
final class SearchPagesCheck {
    private static final int WIDTH = 12;
    private static final List<String> QUERIES = List.of("stöd", "STÖD*", "\"stöd och oro\"", "stöd AND oro",
            "ångest OR oro", "stöd NOT ångest", "(stöd OR oro) NOT \"stöd och oro\"", "oro stöd*", "\"\"");

    private final ProjectStore store;
    private final Project project;
    private final SearchService search = new SearchService();

    private SearchPagesCheck(ProjectStore store) {
        this.store = store;
        this.project = new Project(store);
    }

    /** Adds documents to the contract's three and checks paging over all of them. */
    static void run(ProjectStore store) throws Exception {
        new SearchPagesCheck(store).check();
    }

    private void check() throws Exception {
        long[] set = new long[1];
        store.write(u -> {
            long b = u.documents().insert(StoreContractTest.doc("sthlm-b", County.STOCKHOLM,
                    "Stöd och oro. Stöd, stöd och oro; stödet kom. Stöd!")).id();
            u.documents().insert(StoreContractTest.doc("STHLM-A", County.STOCKHOLM, "Stöd i Stockholm."));
            u.documents().insert(StoreContractTest.doc("sthlm-a", County.STOCKHOLM, "stöd stöd stöd och oro ångest"));
            long gotland = u.documents().insert(StoreContractTest.doc("Gotland", County.GOTLAND,
                    "Oro utan stöd. Ångest och stöd.")).id();
            u.documents().insert(StoreContractTest.doc("norr", County.NORRBOTTEN,
                    "stöd och oro stöd och oro stöd och oro"));
            u.documents().insert(StoreContractTest.doc("okänd-2", null, "Stöd. STÖD. stöd och oro."));
            set[0] = u.sets().create(Kind.DOCUMENTS, "Urval", null).id();
            u.sets().add(Kind.DOCUMENTS, set[0], List.of(b, gotland));
            return null;
        });

        // the documents come from the index in result order: county (unknown last), name ignoring case, id
        List<Match> stod = store.read(u -> u.search().matches("stöd", CodingFilter.ALL));
        assertEquals(List.of("STHLM-A", "sthlm-a", "sthlm-b", "Gotland", "malmö-1", "norr", "okänd-2"),
                stod.stream().map(Match::name).toList());
        assertEquals(17, search.search(project, "stöd", CodingFilter.ALL, WIDTH).hits().size());
        // read() hands over exactly the documents asked for, in that order, and stops when told
        List<String> read = new ArrayList<>();
        store.read(u -> {
            u.search().read("stöd", List.of(stod.get(5), stod.get(2), stod.get(0)), m -> read.add(m.name()));
            u.search().read("stöd", stod, m -> read.add(m.name()) && read.size() < 5);
            return null;
        });
        assertEquals(List.of("norr", "sthlm-b", "STHLM-A", "STHLM-A", "sthlm-a"), read);

        List<CodingFilter> filters = List.of(CodingFilter.ALL,
                CodingFilter.ALL.withCounties(Set.of(County.STOCKHOLM, County.GOTLAND), true),
                CodingFilter.ALL.withDocumentSets(Set.of(set[0])));
        for (String q : QUERIES) {
            for (CodingFilter f : filters) {
                check(q, f);
            }
        }
        Page urval = search.page(project, "stöd", filters.get(2), 0, 3, WIDTH);
        assertEquals(2, urval.documents());
        assertEquals(List.of("sthlm-b"), urval.hits().stream().map(Hit::document).distinct().toList());
        assertEquals(6, search.count(project, urval.next()).hits());
    }

    private void check(String q, CodingFilter f) throws Exception {
        String what = q + " " + f;
        List<DocumentMatch> whole = store.read(u -> u.search().search(q, f));
        List<String> expected = new ArrayList<>();
        Map<County, Integer> byCounty = new LinkedHashMap<>();
        for (DocumentMatch m : whole) {
            for (Span s : m.hits()) {
                expected.add(m.documentId() + ":" + s.start() + "-" + s.end());
            }
            if (!m.hits().isEmpty()) {
                byCounty.merge(m.county(), m.hits().size(), Integer::sum);
            }
        }
        SearchService.Result all = search.search(project, q, f, WIDTH);
        assertEquals(expected, all.hits().stream().map(h -> h.documentId() + ":" + h.start() + "-" + h.end())
                .toList(), what);
        assertEquals(whole.size(), all.documents(), what);
        int n = all.hits().size();
        for (int size : new int[] {1, 2, 3, 5, 100}) {
            List<Hit> byOffset = new ArrayList<>();
            for (int offset = 0; ; offset += size) {
                Page page = search.page(project, q, f, offset, size, WIDTH);
                assertEquals(all.documents(), page.documents(), what);
                assertEquals(offset, page.offset(), what);
                byOffset.addAll(page.hits());
                if (!page.more()) {
                    assertEquals(n, page.total().orElseThrow(), what);
                    break;
                }
                assertEquals(size, page.hits().size(), what);
                assertTrue(page.total().isEmpty(), what);
            }
            assertEquals(all.hits(), byOffset, what + " by offset, " + size + " a page");

            Page page = search.page(project, q, f, 0, size, WIDTH);
            List<Hit> oneAfterAnother = new ArrayList<>(page.hits());
            while (page.more()) {
                assertEquals(oneAfterAnother.size(), page.next().offset(), what);
                page = search.next(project, page.next(), size, WIDTH);
                assertEquals(all.documents(), page.documents(), what);
                oneAfterAnother.addAll(page.hits());
            }
            assertEquals(all.hits(), oneAfterAnother, what + " one after another, " + size + " a page");
            assertEquals(n, page.total().orElseThrow(), what);
        }
        for (int offset : new int[] {n, n + 1, n + 50}) {
            Page past = search.page(project, q, f, offset, 10, WIDTH);
            assertTrue(past.hits().isEmpty(), what);
            assertFalse(past.more(), what);
            assertEquals(n, past.total().orElseThrow(), what + " past the end");
            assertEquals(all.documents(), past.documents(), what);
        }
        Page none = search.page(project, q, f, 0, 0, WIDTH);
        assertTrue(none.hits().isEmpty(), what);
        assertEquals(n > 0, none.more(), what + ": a page of none says whether there are hits");
        if (none.more()) {
            Tally once = search.count(project, none.next());
            assertTrue(once.complete(), what);
            assertEquals(n, once.hits(), what);
            assertEquals(byCounty, once.byCounty(), what);
            Tally step = Tally.NONE;
            int steps = 0;
            while (!step.complete()) {
                step = search.count(project, none.next(), step, 2);
                steps++;
            }
            assertEquals(once, step, what + " counted two documents at a time");
            assertEquals((all.documents() + 1) / 2, steps, what);
            Tally timed = Tally.NONE;
            int timedSteps = 0;
            while (!timed.complete()) {
                timed = search.count(project, none.next(), timed, 64, java.time.Duration.ZERO);
                timedSteps++;
            }
            assertEquals(once, timed, what + " counted with no time to spare: one document a step");
            assertEquals(all.documents(), timedSteps, what);
        }
        for (Hit h : all.hits()) {
            boolean countyFilter = !f.counties().isEmpty() || f.unknownCounty();
            assertTrue(!countyFilter || (h.county() == null ? f.unknownCounty() : f.counties().contains(h.county())),
                    what + " keeps to the counties: " + h);
        }
    }
}
