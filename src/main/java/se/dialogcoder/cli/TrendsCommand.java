package se.dialogcoder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import se.dialogcoder.analysis.Trends;
import se.dialogcoder.app.analysis.TrendsService;
import se.dialogcoder.model.County;
import se.dialogcoder.model.FrequencyHistory;

@Command(name = "trends", description = {"Rounds compared: reads a frequency store (written by export-frequencies) "
        + "without changing it and shows per county and theme the rounds side by side — segments, share of the "
        + "county's coded segments in that run, coverage — and the biggest changes between consecutive rounds first.",
    "Runs of one round from different projects or coders are shown separately, never added. Without --theme the "
        + "top-level themes are shown; JSON and CSV give shares and coverage between 0 and 1 (see docs/trends.md)."})
final class TrendsCommand extends BaseCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "FILE", description = "The frequency store (SQLite).")
    Path store;

    @Option(names = "--county", paramLabel = "LÄN", description = "Only this county (code, e.g. 12, or name); "
            + "repeatable.")
    List<String> counties = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "THEME", description = "Only this theme (path, name or stable id; "
            + "sub-themes too); repeatable.")
    List<String> themes = new ArrayList<>();

    @Option(names = "--rank", paramLabel = "share|coverage", description = "Rank the changes by the absolute change "
            + "in share (default) or in coverage.")
    String rank = "share";

    @Option(names = "--top", paramLabel = "N", description = "Changes listed in the table (default 10; JSON has all).")
    int top = 10;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Machine-readable output.")
        boolean json;

        @Option(names = "--csv", description = "One line per county, theme and run (UTF-8).")
        boolean csv;
    }

    private final TrendsService trends;

    TrendsCommand(TrendsService trends) {
        this.trends = trends;
    }

    @Override
    public Integer call() throws Exception {
        Trends.Measure measure = switch (rank.strip().toLowerCase(Locale.ROOT)) {
            case "share" -> Trends.Measure.SHARE;
            case "coverage" -> Trends.Measure.COVERAGE;
            default -> throw new ParameterException(spec.commandLine(), "--rank takes share or coverage, not \""
                    + rank + "\".");
        };
        Set<County> chosen = EnumSet.noneOf(County.class);
        for (String c : counties) {
            chosen.add(County.parse(c).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--county: no county \"" + c + "\" (give its code, e.g. 12, or its name).")));
        }
        FrequencyHistory history = trends.read(store);
        Set<String> uids = new LinkedHashSet<>();
        List<FrequencyHistory.Theme> all = Trends.themes(history);
        for (String t : themes) {
            try {
                uids.add(Trends.findTheme(all, t).uid());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--theme: " + e.getMessage() + " ("
                        + store.getFileName() + ").");
            }
        }
        Trends.Result result = trends.compare(history, chosen, uids, measure);
        err().println(store.getFileName() + ": " + result.columns().size() + " runs, rounds "
                + String.join(", ", result.rounds()) + ".");
        for (String r : result.sharedRounds()) {
            long n = result.columns().stream().filter(c -> c.round().equals(r)).count();
            err().println("Round " + r + " has " + n + " runs (different projects or coders): they are shown "
                    + "separately, never added.");
        }
        if (format.json) {
            out().println(Json.write(json(result)));
        } else if (format.csv) {
            out().print(Csv.line(TrendsService.CSV_HEADER));
            for (List<Object> line : TrendsService.lines(result)) {
                List<Object> fields = new ArrayList<>(line);
                for (int i = 9; i < 11; i++) {
                    fields.set(i, fields.get(i) == null ? null
                            : String.format(Locale.ROOT, "%.6f", ((Number) fields.get(i)).doubleValue()));
                }
                out().print(Csv.line(fields));
            }
        } else {
            table(result);
        }
        return Cli.OK;
    }

    /** A column's name: its round, with a number when the round has several runs. */
    private static String label(Trends.Result result, Trends.Column c) {
        if (!c.sharedRound()) {
            return c.round();
        }
        List<Trends.Column> same = result.columns().stream().filter(x -> x.round().equals(c.round())).toList();
        return c.round() + " (" + (same.indexOf(c) + 1) + ")";
    }

    private static String source(FrequencyHistory.Run r) {
        return r.projectName() + " · " + (r.coder() == null ? "all coders" : "coder " + r.coder());
    }

    private Map<String, Object> json(Trends.Result result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("store", store.toString());
        List<Map<String, Object>> runs = new ArrayList<>();
        for (Trends.Column c : result.columns()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("column", label(result, c));
            r.put("run", c.run().id());
            r.put("round", c.round());
            r.put("project", c.run().projectName());
            r.put("projectUuid", c.run().projectUuid());
            r.put("coder", c.run().coder());
            r.put("exportedAt", c.run().exportedAt());
            r.put("sharedRound", c.sharedRound());
            runs.add(r);
        }
        out.put("runs", runs);
        out.put("sharedRounds", result.sharedRounds());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Trends.Row row : result.rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("county", row.county().code());
            r.put("countyName", row.county().officialName());
            r.put("theme", row.theme().path());
            r.put("themeUid", row.theme().uid());
            List<Map<String, Object>> values = new ArrayList<>();
            for (Trends.Column c : result.columns()) {
                Trends.Value v = row.values().get(c.index());
                if (v != null) {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("column", label(result, c));
                    x.put("run", c.run().id());
                    x.put("segments", v.segments());
                    x.put("share", round(v.share()));
                    x.put("coverage", round(v.coverage()));
                    values.add(x);
                }
            }
            r.put("values", values);
            rows.add(r);
        }
        out.put("rows", rows);
        out.put("rankedBy", result.rankedBy().name().toLowerCase(Locale.ROOT));
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Trends.Change ch : result.changes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("county", ch.row().county().code());
            x.put("theme", ch.row().theme().path());
            x.put("from", label(result, ch.from()));
            x.put("to", label(result, ch.to()));
            x.put("segmentsBefore", ch.before().segments());
            x.put("segmentsAfter", ch.after().segments());
            x.put("shareBefore", round(ch.before().share()));
            x.put("shareAfter", round(ch.after().share()));
            x.put("shareChange", round(ch.shareChange()));
            x.put("coverageBefore", round(ch.before().coverage()));
            x.put("coverageAfter", round(ch.after().coverage()));
            x.put("coverageChange", round(ch.coverageChange()));
            changes.add(x);
        }
        out.put("changes", changes);
        return out;
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 1_000_000d) / 1_000_000d;
    }

    private static String pct(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    private static String pp(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%+.1f pp", 100 * v);
    }

    private static String cut(String s, int n) {
        return s.length() > n ? s.substring(0, n - 1) + "…" : s;
    }

    private void table(Trends.Result result) {
        out().println("Runs (columns):");
        for (Trends.Column c : result.columns()) {
            out().printf("  %-12s run %d, %s%n", label(result, c), c.run().id(), source(c.run()));
        }
        out().println("Per column: segments / share of the county's coded segments / coverage.");
        County county = null;
        for (Trends.Row row : result.rows()) {
            if (row.county() != county) {
                county = row.county();
                out().println();
                StringBuilder head = new StringBuilder(String.format("%-40s", county.code() + " "
                        + county.officialName()));
                for (Trends.Column c : result.columns()) {
                    head.append(String.format(" | %21s", label(result, c)));
                }
                out().println(head);
            }
            StringBuilder line = new StringBuilder(String.format("  %-38s", cut(row.theme().path(), 38)));
            for (Trends.Column c : result.columns()) {
                Trends.Value v = row.values().get(c.index());
                line.append(v == null ? String.format(" | %21s", "–") : String.format(" | %5d %7s %7s",
                        v.segments(), pct(v.share()), pct(v.coverage())));
            }
            out().println(line);
        }
        out().println();
        String by = result.rankedBy() == Trends.Measure.SHARE ? "share" : "coverage";
        out().println("Biggest changes between consecutive rounds, by the absolute change in " + by
                + " (pp = percentage points):");
        List<Trends.Change> shown = result.changes().stream().limit(Math.max(0, top)).toList();
        for (Trends.Change ch : shown) {
            out().printf("  %-22s %-34s %s → %s   share %s → %s (%s)   coverage %s → %s (%s)%n",
                    cut(ch.row().county().officialName(), 22), cut(ch.row().theme().path(), 34),
                    label(result, ch.from()), label(result, ch.to()), pct(ch.before().share()),
                    pct(ch.after().share()), pp(ch.shareChange()), pct(ch.before().coverage()),
                    pct(ch.after().coverage()), pp(ch.coverageChange()));
        }
        if (shown.isEmpty()) {
            out().println("  (none: the store needs two rounds)");
        }
    }
}
