package se.dialogcoder.cli;

import se.dialogcoder.app.ServerAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.dialogcoder.app.bench.Benchmark;
import se.dialogcoder.app.bench.Benchmark.FormsQueryTime;
import se.dialogcoder.app.bench.Benchmark.QueryTime;
import se.dialogcoder.app.bench.Benchmark.Report;
import se.dialogcoder.app.bench.Benchmark.RetrievalTime;
import se.dialogcoder.app.bench.Benchmark.Target;

@Command(name = "bench", description = {"Measure import, the county × theme matrix (against the bare SQL aggregate "
        + "over the same file), full-text queries, the retrieval of one code's segments (against the bare query "
        + "another tool runs for them) and memory on a generated corpus.",
    "Times are medians of repeated runs after warm-up. Targets: matrix ≤ 100 ms and ≤ 1.5 × the bare document × "
        + "code aggregate; matrix with coverage ≤ 200 ms; FTS query ≤ 50 ms; search with word forms (--stem, "
        + "--compounds) ≤ 50 ms, ≤ 100 ms from scale 10; first page of a search ≤ 100 ms; "
        + "retrieval ≤ 1.5 × its bare query; peak RSS ≤ 1 GB. Each figure is marked ✔ (met) or ✘."})
final class BenchCommand extends BaseCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--codings", paramLabel = "C", description = "Codings added in bulk (default 200000).")
    int codings = 200_000;

    @Option(names = "--scale", paramLabel = "N", description = "N times the documents per county and the codings "
            + "(default 1: 21 counties × 20 documents × 8000 words, 200000 codings; 10: 4200 documents, 2000000 "
            + "codings).")
    int scale = 1;

    @Option(names = "--keep", paramLabel = "DIR", description = "Leave the corpus and bench.dcproj in this folder.")
    Path keep;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "sqlite (default): the project file; postgres: "
            + "the same corpus on SQLite and on PostgreSQL, figures side by side.")
    String engine = "sqlite";

    @Option(names = "--url", paramLabel = "URL", description = "With --engine postgres: an empty database "
            + "(postgresql://HOST:PORT/DB?user=ROLE; the password from PGPASSWORD, ~/.pgpass or a prompt); without it "
            + "a throwaway server is started on 127.0.0.1.")
    String url;

    private final Benchmark benchmark;

    BenchCommand(Benchmark benchmark) {
        this.benchmark = benchmark;
    }

    @Override
    public Integer call() throws Exception {
        if (!engine.equals("sqlite") && !engine.equals("postgres")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--engine is sqlite or postgres, not " + engine + ".");
        }
        if (url != null && !engine.equals("postgres")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--url goes with --engine postgres.");
        }
        if (!corpus.inRange() || codings < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    CorpusOptions.RANGES + "; --codings at least 0.");
        }
        Benchmark.Options options;
        try {
            options = new Benchmark.Options(corpus.counties, corpus.docsPerCounty, corpus.words, codings,
                    corpus.seed, keep).scaled(scale);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--scale takes a whole number from 1 up to what the corpus allows, not " + scale + ".");
        }
        Report r = benchmark.run(options, step -> err().println("bench: " + step + " …"));
        if (engine.equals("postgres")) {
            Report pg = benchmark.runOnPostgres(options, url == null ? null : ServerAddress.parse(url),
                    step -> err().println("bench (PostgreSQL): " + step + " …"));
            if (json) {
                Map<String, Object> both = new LinkedHashMap<>();
                both.put("sqlite", json(r));
                both.put("postgres", json(pg));
                out().println(Json.write(both));
            } else {
                sideBySide(r, pg);
            }
            return Cli.OK;
        }
        if (json) {
            out().println(Json.write(json(r)));
        } else {
            table(r);
        }
        return Cli.OK;
    }

    private static Map<String, Object> json(Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scale", r.options().scale());
        m.put("counties", r.options().counties());
        m.put("docsPerCounty", r.options().docsPerCounty());
        m.put("wordsPerDocument", r.options().words());
        m.put("seed", r.options().seed());
        m.put("documents", r.documents());
        m.put("words", r.words());
        m.put("characters", r.characters());
        m.put("codings", r.codings());
        m.put("fileBytes", r.fileBytes());
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("generateMs", round(r.generateMillis()));
        m.put("importMs", round(r.importMillis()));
        m.put("insertCodingsMs", round(r.codingsMillis()));
        m.put("matrixMs", round(r.matrixMillis()));
        m.put("bareSqlMs", round(r.bareMillis()));
        m.put("matrixToBare", round(r.ratio()));
        m.put("documentCodeAggregateMs", round(r.countsMillis()));
        m.put("matrixWithCoverageMs", round(r.coverageMatrixMillis()));
        m.put("matrixWithCoverageFromCodingsMs", round(r.coverageFromCodingsMillis()));
        List<Map<String, Object>> qs = new ArrayList<>();
        for (QueryTime q : r.queries()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("query", q.query());
            x.put("documents", q.documents());
            x.put("hits", q.hits());
            x.put("ftsMs", round(q.ftsMillis()));
            x.put("searchWithContextMs", round(q.searchMillis()));
            if (!Double.isNaN(q.firstPageMillis())) {
                x.put("firstPageMs", round(q.firstPageMillis()));
            }
            qs.add(x);
        }
        m.put("queries", qs);
        List<Map<String, Object>> fs = new ArrayList<>();
        for (FormsQueryTime f : r.formsQueries()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("query", f.query().query());
            x.put("options", f.query().options());
            x.put("documents", f.documents());
            x.put("exactDocuments", f.exactDocuments());
            x.put("hits", f.hits());
            x.put("queryMs", round(f.queryMillis()));
            x.put("firstPageMs", round(f.firstPageMillis()));
            fs.add(x);
        }
        m.put("formsQueries", fs);
        m.put("searchWords", r.searchWords());
        m.put("heapUsedBytes", r.heapUsedBytes());
        m.put("heapMaxBytes", r.heapMaxBytes());
        m.put("documentCodeBareSqlMs", round(r.bestBareMillis()));
        m.put("matrixToBestBare", round(r.ratioToBest()));
        RetrievalTime t = r.retrieval();
        Map<String, Object> retrieval = new LinkedHashMap<>();
        retrieval.put("code", t.code());
        retrieval.put("codeId", t.codeId());
        retrieval.put("segments", t.segments());
        retrieval.put("context", t.context());
        retrieval.put("appMs", round(t.appMillis()));
        retrieval.put("bareSqlMs", round(t.bareMillis()));
        retrieval.put("appToBare", round(t.ratio()));
        m.put("retrieval", retrieval);
        m.put("peakRssBytes", r.peakRssBytes());
        m.put("peakRssAfter", r.peakRssAfter());
        Map<String, Object> targets = new LinkedHashMap<>();
        Map<String, Object> met = new LinkedHashMap<>();
        for (Measured x : measured(r)) {
            targets.put(x.name(), x.target().limit());
            met.put(x.name(), x.value() == null ? null : x.target().met(x.value()));
        }
        m.put("targets", targets);
        m.put("met", met);
        return m;
    }

    /** A figure with a target, by its JSON name; value null = not measured in this run. */
    private record Measured(String name, Target target, Double value) {
    }

    private static List<Measured> measured(Report r) {
        double fts = r.queries().stream().mapToDouble(QueryTime::ftsMillis).max().orElse(0);
        double firstPage = r.queries().stream().mapToDouble(QueryTime::firstPageMillis).max().orElse(Double.NaN);
        double forms = r.formsQueries().stream().mapToDouble(FormsQueryTime::queryMillis).max().orElse(Double.NaN);
        double formsPage = r.formsQueries().stream().mapToDouble(FormsQueryTime::firstPageMillis).max()
                .orElse(Double.NaN);
        firstPage = Double.isNaN(firstPage) ? formsPage : Double.isNaN(formsPage) ? firstPage
                : Math.max(firstPage, formsPage);
        return List.of(new Measured("matrixMs", Target.MATRIX, r.matrixMillis()),
                new Measured("matrixToBestBare", Target.MATRIX_TO_BARE, r.ratioToBest()),
                new Measured("matrixWithCoverageMs", Target.COVERAGE_MATRIX, r.coverageMatrixMillis()),
                new Measured("ftsMs", Target.FTS_QUERY, fts),
                new Measured("formsQueryMs", FormsQueryTime.target(r.options().scale()), Double.isNaN(forms) ? null
                        : forms),
                new Measured("firstPageMs", Target.SEARCH_FIRST_PAGE, Double.isNaN(firstPage) ? null : firstPage),
                new Measured("retrievalToBare", Target.RETRIEVAL_TO_BARE, r.retrieval().ratio()),
                new Measured("peakRssBytes", Target.PEAK_RSS, r.peakRssBytes() < 0 ? null
                        : (double) r.peakRssBytes()));
    }

    private void sideBySide(Report s, Report p) {
        out().printf(Locale.ROOT, "scale %d: %d counties × %d documents × %,d words = %,d documents, %,d codings; "
                + "%d cores%n%n", s.options().scale(), s.options().counties(), s.options().docsPerCounty(),
                s.options().words(), s.documents(), s.codings(), Runtime.getRuntime().availableProcessors());
        out().printf("%-52s %14s %14s   %s%n", "measure", "SQLite", "PostgreSQL", "target");
        pair("import " + s.documents() + " documents", ms(s.importMillis()), ms(p.importMillis()), null);
        pair("add " + s.codings() + " codings (one transaction)", ms(s.codingsMillis()), ms(p.codingsMillis()), null);
        pair("county × theme matrix (segments, presence)", ms(s.matrixMillis()), ms(p.matrixMillis()),
                Target.MATRIX, s.matrixMillis(), p.matrixMillis());
        pair("document × code aggregate (counting without totals)", ms(s.countsMillis()), ms(p.countsMillis()),
                null);
        pair("bare SQL document × code aggregate", ms(s.bestBareMillis()), ms(p.bestBareMillis()), null);
        pair("matrix / bare", times(s.ratioToBest()), times(p.ratioToBest()), Target.MATRIX_TO_BARE,
                s.ratioToBest(), p.ratioToBest());
        pair("naive SQL county × theme join", ms(s.bareMillis()), ms(p.bareMillis()), null);
        pair("matrix with coverage (union of spans)", ms(s.coverageMatrixMillis()), ms(p.coverageMatrixMillis()),
                Target.COVERAGE_MATRIX, s.coverageMatrixMillis(), p.coverageMatrixMillis());
        pair("  the same counted from the codings (no totals)", ms(s.coverageFromCodingsMillis()),
                ms(p.coverageFromCodingsMillis()), null);
        for (int i = 0; i < s.queries().size(); i++) {
            QueryTime a = s.queries().get(i);
            QueryTime b = p.queries().get(i);
            pair("FTS query " + a.query() + " (" + a.documents() + " / " + b.documents() + " docs)",
                    ms(a.ftsMillis()), ms(b.ftsMillis()), Target.FTS_QUERY, a.ftsMillis(), b.ftsMillis());
            pair("  search with context (" + a.hits() + " / " + b.hits() + " hits)", ms(a.searchMillis()),
                    ms(b.searchMillis()), null);
            if (!Double.isNaN(a.firstPageMillis()) || !Double.isNaN(b.firstPageMillis())) {
                pair("  search, first page", ms(a.firstPageMillis()), ms(b.firstPageMillis()),
                        Target.SEARCH_FIRST_PAGE, a.firstPageMillis(), b.firstPageMillis());
            }
        }
        Target formsTarget = FormsQueryTime.target(s.options().scale());
        for (int i = 0; i < s.formsQueries().size(); i++) {
            FormsQueryTime a = s.formsQueries().get(i);
            FormsQueryTime b = p.formsQueries().get(i);
            pair("--" + a.query().options().replace("+", " --") + " " + a.query().query() + " (" + a.documents()
                    + " / " + b.documents() + " docs)", ms(a.queryMillis()), ms(b.queryMillis()), formsTarget,
                    a.queryMillis(), b.queryMillis());
            pair("  first page (" + a.hits() + " / " + b.hits() + " hits)", ms(a.firstPageMillis()),
                    ms(b.firstPageMillis()), Target.SEARCH_FIRST_PAGE, a.firstPageMillis(), b.firstPageMillis());
        }
        if (notMeasured(s.queries()) && notMeasured(p.queries())) {
            out().printf("%-52s %14s %14s   %s%n", "search, first page of results", "not measured", "not measured",
                    limit(Target.SEARCH_FIRST_PAGE));
        }
        RetrievalTime a = s.retrieval();
        RetrievalTime b = p.retrieval();
        pair("retrieve one code's segments (" + a.segments() + " / " + b.segments() + ")", ms(a.appMillis()),
                ms(b.appMillis()), null);
        pair("  bare SQL for the same segments", ms(a.bareMillis()), ms(b.bareMillis()), null);
        pair("  retrieval / bare", times(a.ratio()), times(b.ratio()), Target.RETRIEVAL_TO_BARE, a.ratio(),
                b.ratio());
        pair("peak RSS of the run so far (VmHWM)", megabytes(s.peakRssBytes()), megabytes(p.peakRssBytes()),
                Target.PEAK_RSS, s.peakRssBytes(), p.peakRssBytes());
        out().printf(Locale.ROOT, "  max heap %.0f MB; the PostgreSQL server's own memory is not counted.%n",
                s.heapMaxBytes() / 1e6);
        heapNote(s.heapMaxBytes());
    }

    private void pair(String label, String a, String b, Target target, double... values) {
        String ma = target == null ? a : a + " " + mark(target, values[0]);
        String mb = target == null ? b : b + " " + mark(target, values[1]);
        out().printf("%-52s %14s %14s   %s%n", fit(label), ma, mb, target == null ? "" : limit(target));
    }

    private void table(Report r) {
        out().printf(Locale.ROOT, "scale %d: %d counties × %d documents × %,d words = %,d documents, %,d words, %,d "
                + "codings; project file %.1f MB; %d cores%n%n", r.options().scale(), r.options().counties(),
                r.options().docsPerCounty(), r.options().words(), r.documents(), r.words(), r.codings(),
                r.fileBytes() / 1e6, Runtime.getRuntime().availableProcessors());
        out().printf("%-52s %12s   %s%n", "measure", "time", "target");
        row("generate corpus", ms(r.generateMillis()), null, 0);
        row("import " + r.documents() + " documents", ms(r.importMillis()), null, 0);
        row("add " + r.codings() + " codings (one transaction)", ms(r.codingsMillis()), null, 0);
        row("county × theme matrix (segments, presence)", ms(r.matrixMillis()), Target.MATRIX, r.matrixMillis());
        row("document × code aggregate (counting without totals)", ms(r.countsMillis()), null, 0);
        row("bare SQL document × code aggregate, covering index", ms(r.bestBareMillis()), null, 0);
        row("matrix / bare", times(r.ratioToBest()), Target.MATRIX_TO_BARE, r.ratioToBest());
        row("naive SQL county × theme join, same file", ms(r.bareMillis()), null, 0);
        row("  matrix / naive join", times(r.ratio()), null, 0);
        row("matrix with coverage (union of spans)", ms(r.coverageMatrixMillis()), Target.COVERAGE_MATRIX,
                r.coverageMatrixMillis());
        row("  the same counted from the codings (no totals)", ms(r.coverageFromCodingsMillis()), null, 0);
        for (QueryTime q : r.queries()) {
            row("FTS query " + q.query() + " (" + q.documents() + " docs)", ms(q.ftsMillis()), Target.FTS_QUERY,
                    q.ftsMillis());
            row("  search with context (" + q.hits() + " hits)", ms(q.searchMillis()), null, 0);
            if (!Double.isNaN(q.firstPageMillis())) {
                row("  search, first page", ms(q.firstPageMillis()), Target.SEARCH_FIRST_PAGE, q.firstPageMillis());
            }
        }
        Target formsTarget = FormsQueryTime.target(r.options().scale());
        for (FormsQueryTime f : r.formsQueries()) {
            row("--" + f.query().options().replace("+", " --") + " " + f.query().query() + " (" + f.documents()
                    + " docs, exact " + f.exactDocuments() + ")", ms(f.queryMillis()), formsTarget, f.queryMillis());
            row("  first page (" + f.hits() + " hits)", ms(f.firstPageMillis()), Target.SEARCH_FIRST_PAGE,
                    f.firstPageMillis());
        }
        out().printf(Locale.ROOT, "  (word forms looked up among the project's %,d distinct words)%n", r.searchWords());
        if (notMeasured(r.queries())) { // the place for it until paged search is timed here
            out().printf("%-52s %12s   %s%n", "search, first page of results", "not measured",
                    limit(Target.SEARCH_FIRST_PAGE));
        }
        RetrievalTime t = r.retrieval();
        row("retrieve one code's " + t.segments() + " segments with text", ms(t.appMillis()), null, 0);
        row("  bare SQL for the same segments (QualCoder's way)", ms(t.bareMillis()), null, 0);
        row("  retrieval / bare", times(t.ratio()), Target.RETRIEVAL_TO_BARE, t.ratio());
        out().printf("  (the code with the most codings: %s; context %d code points, as the retrieval view)%n",
                t.code(), t.context());
        row("peak RSS of the run (VmHWM)", megabytes(r.peakRssBytes()), Target.PEAK_RSS, r.peakRssBytes());
        StringBuilder after = new StringBuilder();
        r.peakRssAfter().forEach((step, bytes) -> after.append(after.length() == 0 ? "" : ", ").append(step)
                .append(' ').append(megabytes(bytes)));
        out().printf(Locale.ROOT, "  peak after each step: %s; max heap %.0f MB%n", after, r.heapMaxBytes() / 1e6);
        heapNote(r.heapMaxBytes());
        row("heap used after the runs (project open, after GC)", megabytes(r.heapUsedBytes()), null, 0);
    }

    private static boolean notMeasured(List<QueryTime> queries) {
        return queries.stream().allMatch(q -> Double.isNaN(q.firstPageMillis()));
    }

    /** When the JVM may grow its heap past the peak-memory target, say so next to the figure. */
    private void heapNote(long maxHeap) {
        if (maxHeap > Target.PEAK_RSS.limit()) {
            out().printf("  note: this JVM may grow its heap past 1 GB, far beyond what is live; the application's "
                    + "launcher runs with -Xmx768m (docs/performance.md).%n");
        }
    }

    private void row(String label, String value, Target target, double measured) {
        out().printf("%-52s %12s   %s%n", fit(label), value,
                target == null ? "" : limit(target) + " " + mark(target, measured));
    }

    private static String fit(String label) {
        return label.length() > 52 ? label.substring(0, 51) + "…" : label;
    }

    private static String mark(Target target, double value) {
        return target.met(value) ? "✔" : "✘";
    }

    private static String limit(Target target) {
        return switch (target.unit()) {
            case "ms" -> String.format(Locale.ROOT, "≤ %.0f ms", target.limit());
            case "bytes" -> String.format(Locale.ROOT, "≤ %.0f GB", target.limit() / 1e9);
            default -> String.format(Locale.ROOT, "≤ %.1f", target.limit());
        };
    }

    private static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "–";
        }
        return millis >= 10_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000)
                : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2f", ratio);
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "unknown" : String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
