package se.dialogcoder.cli;

import se.dialogcoder.app.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.analysis.Frequencies;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.analysis.AnalysisService;

@Command(name = "frequencies", description = {"Theme frequencies: per code the coded segments, documents, counties, "
        + "coded characters (overlapping codings counted once) and coverage (coded characters / characters of the "
        + "documents in scope).",
    "JSON and CSV always carry every column; coverage is a share between 0 and 1. Without --by county the county "
        + "is \"all\"; with it, null stands for unknown county."})
final class FrequenciesCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Location project;

    @Option(names = "--by", paramLabel = "county", description = "One block per county.")
    String by;

    @Option(names = "--coverage", description = "Show coded characters and coverage in the table.")
    boolean coverage;

    @Option(names = "--with-subcodes", description = "Count each code together with its sub-codes.")
    boolean withSubcodes;

    @Option(names = "--coder", paramLabel = "NAME", description = "Only this coder's codings; repeatable.")
    List<String> coders = new ArrayList<>();

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Machine-readable output.")
        boolean json;

        @Option(names = "--csv", description = "Comma-separated values (UTF-8).")
        boolean csv;
    }

    @Mixin
    FilterOptions filters;

    private final AnalysisService analysis;

    FrequenciesCommand(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @Override
    public Integer call() throws Exception {
        boolean byCounty = false;
        if (by != null) {
            if (!by.strip().toLowerCase(Locale.ROOT).equals("county")) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--by takes only \"county\", not \"" + by + "\".");
            }
            byCounty = true;
        }
        List<Frequencies.Row> rows;
        try (Project p = projects.forReading(project)) {
            CodingFilter filter = filters.filter(p).withCoders(Set.copyOf(coders));
            rows = analysis.frequencies(p, filter, withSubcodes, byCounty);
        }
        if (format.json) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Frequencies.Row r : rows) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("county", county(r));
                row.put("code", r.path());
                row.put("segments", r.segments());
                row.put("documents", r.documents());
                row.put("counties", r.counties());
                row.put("characters", r.characters());
                row.put("coverage", round(r.coverage()));
                row.put("codeId", r.code().uid());
                out.add(row);
            }
            out().println(Json.write(out));
        } else if (format.csv) {
            out().print(Csv.line(List.of("county", "code", "segments", "documents", "counties", "characters",
                    "coverage")));
            for (Frequencies.Row r : rows) {
                out().print(Csv.line(java.util.Arrays.asList(county(r), r.path(), r.segments(), r.documents(),
                        r.counties(), r.characters(), String.format(Locale.ROOT, "%.6f", r.coverage()))));
            }
        } else {
            table(rows, byCounty);
        }
        return Cli.OK;
    }

    private static String county(Frequencies.Row r) {
        if (r.allCounties()) {
            return "all";
        }
        return r.county() == null ? null : r.county().code();
    }

    private static double round(double share) {
        return Math.round(share * 1_000_000d) / 1_000_000d;
    }

    private void table(List<Frequencies.Row> rows, boolean byCounty) {
        Set<String> blocks = new LinkedHashSet<>();
        rows.forEach(r -> blocks.add(String.valueOf(county(r))));
        for (String block : blocks) {
            List<Frequencies.Row> part = rows.stream().filter(r -> String.valueOf(county(r)).equals(block))
                    .filter(r -> !byCounty || r.segments() > 0).toList();
            if (byCounty) {
                Frequencies.Row first = rows.stream().filter(r -> String.valueOf(county(r)).equals(block))
                        .findFirst().orElseThrow();
                out().println(first.county() == null ? "-- Okänt län"
                        : first.county().code() + " " + first.county().officialName());
            }
            out().printf("  %-60s %8s %9s %8s%s%n", "code", "segments", "documents", "counties",
                    coverage ? String.format("%11s %8s", "characters", "coverage") : "");
            for (Frequencies.Row r : part) {
                String path = r.path().length() > 60 ? r.path().substring(0, 59) + "…" : r.path();
                out().printf("  %-60s %8d %9d %8d%s%n", path, r.segments(), r.documents(), r.counties(),
                        coverage ? String.format(Locale.ROOT, "%11d %7.2f%%", r.characters(), 100 * r.coverage())
                                : "");
            }
            if (byCounty && part.isEmpty()) {
                out().println("  (no codings)");
            }
        }
    }
}
