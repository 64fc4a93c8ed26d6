package se.dialogcoder.cli;

import se.dialogcoder.app.Location;
import java.nio.file.Path;
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
    "Offsets (start, end) are Unicode code points, end exclusive."})
final class SearchCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Location project;

    @Parameters(index = "1", paramLabel = "QUERY")
    String query;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Option(names = "--width", paramLabel = "N", description = "Characters of context on each side (default 60).")
    int width = SearchService.DEFAULT_WIDTH;

    @Mixin
    FilterOptions filters;

    private final SearchService search;

    SearchCommand(SearchService search) {
        this.search = search;
    }

    @Override
    public Integer call() throws Exception {
        SearchService.Result result;
        try (Project p = projects.forReading(project)) {
            result = search.search(p, query, filters.filter(p), Math.max(0, width));
        } catch (IllegalArgumentException e) {
            return Failures.report(err(), project, e);
        }
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Hit h : result.hits()) {
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
            out().println(Json.write(rows));
        } else {
            for (CountyHits group : result.byCounty()) {
                out().printf("%s (%d)%n", group.county() == null ? "-- Okänt län" : group.county().code() + " "
                        + group.county().officialName(), group.hits().size());
                for (Hit h : group.hits()) {
                    out().printf("  %s %d–%d  %s[%s]%s%n", h.document(), h.start(), h.end(), h.snippet().before(),
                            h.snippet().match(), h.snippet().after());
                }
            }
        }
        err().println(result.hits().size() + " hits in " + result.documents() + " documents for " + query + ".");
        return Cli.OK;
    }
}
