package se.dialogcoder.cli;

import se.dialogcoder.app.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.analysis.SearchService;
import se.dialogcoder.app.analysis.SearchService.CountyHits;
import se.dialogcoder.app.analysis.SearchService.Hit;
import se.dialogcoder.app.Project;

@Command(name = "search", description = {"Full-text search: keyword in context, grouped by county.",
    "QUERY: words (all must occur), \"a phrase\", prefix*, AND, OR, NOT in capitals, (parentheses), "
        + "NEAR(a b, 10). Å, ä and ö are letters of their own: län does not find lan.",
    "--stem and --compounds widen each word to its other forms in the project; hits are the words as written.",
    "Offsets (start, end) are Unicode code points, end exclusive.",
    "With --limit or --offset one page of the hits is shown (with --json an object with the page's offset, limit, "
        + "the total of hits and documents, and the hits)."})
final class SearchCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Location project;

    @Parameters(index = "1", paramLabel = "QUERY")
    String query;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Option(names = "--width", paramLabel = "N", description = "Characters of context on each side (default 60).")
    int width = SearchService.DEFAULT_WIDTH;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N hits (one page).")
    Integer limit;

    @Option(names = "--offset", paramLabel = "M", description = "Leave out the first M hits (default 0).")
    Integer offset;

    @Mixin
    FilterOptions filters;

    @Mixin
    WordFormOptions forms;

    private final SearchService search;

    SearchCommand(SearchService search) {
        this.search = search;
    }

    @Override
    public Integer call() throws Exception {
        if ((limit != null && limit < 0) || (offset != null && offset < 0)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--limit and --offset take a number of hits, 0 or more.");
        }
        if (limit != null || offset != null) {
            return page();
        }
        SearchService.Result result;
        try (Project p = projects.forReading(project)) {
            result = search.search(p, query, forms.forms(), filters.filter(p), Math.max(0, width));
        } catch (IllegalArgumentException e) {
            return Failures.report(err(), project, e);
        }
        if (json) {
            out().println(Json.write(rows(result.hits())));
        } else {
            print(result.byCounty());
        }
        err().println(result.hits().size() + " hits in " + result.documents() + " documents for " + query
                + forms.described() + ".");
        return Cli.OK;
    }

    /** One page: the hits from --offset on, at most --limit, and the totals of the whole result. */
    private int page() throws Exception {
        int from = offset == null ? 0 : offset;
        int max = limit == null ? Integer.MAX_VALUE : limit;
        SearchService.Page page;
        int total;
        try (Project p = projects.forReading(project)) {
            page = search.page(p, query, forms.forms(), filters.filter(p), from, max, Math.max(0, width));
            total = page.total().isPresent() ? page.total().getAsInt() : search.count(p, page.next()).hits();
        } catch (IllegalArgumentException e) {
            return Failures.report(err(), project, e);
        }
        if (json) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("query", query);
            object.put("searched", page.searched());
            object.put("offset", from);
            object.put("limit", limit);
            object.put("total", total);
            object.put("documents", page.documents());
            object.put("hits", rows(page.hits()));
            out().println(Json.write(object));
        } else {
            print(page.byCounty());
        }
        if (page.hits().isEmpty()) {
            err().println("No hits from " + (from + 1) + " on: " + total + " hits in " + page.documents()
                    + " documents for " + query + forms.described() + ".");
        } else {
            err().println("Hits " + (from + 1) + "–" + (from + page.hits().size()) + " of " + total + " in "
                    + page.documents() + " documents for " + query + forms.described() + ".");
        }
        return Cli.OK;
    }

    private static List<Map<String, Object>> rows(List<Hit> hits) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Hit h : hits) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("document", h.document());
            row.put("county", h.county() == null ? null : h.county().code());
            row.put("start", h.start());
            row.put("end", h.end());
            row.put("snippet", h.snippet().text());
            row.put("before", h.snippet().before());
            row.put("match", h.snippet().match());
            row.put("after", h.snippet().after());
            row.put("kind", h.kind().id());
            rows.add(row);
        }
        return rows;
    }

    /** The hits under a heading per county with the number of hits listed under it. */
    private void print(List<CountyHits> groups) {
        for (CountyHits group : groups) {
            out().printf("%s (%d)%n", group.county() == null ? "-- Okänt län" : group.county().code() + " "
                    + group.county().officialName(), group.hits().size());
            for (Hit h : group.hits()) {
                out().printf("  %s %d–%d  %s[%s]%s%n", h.document(), h.start(), h.end(), h.snippet().before(),
                        h.snippet().match(), h.snippet().after());
            }
        }
    }
}
