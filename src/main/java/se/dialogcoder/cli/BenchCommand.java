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
import se.dialogcoder.app.bench.Benchmark.QueryTime;
import se.dialogcoder.app.bench.Benchmark.Report;

@Command(name = "bench", description = {"Measure import, the county × theme matrix (against the bare SQL aggregate "
        + "over the same file), full-text queries and memory on a generated corpus.",
    "Times are medians of repeated runs after warm-up. Targets: matrix ≤ 100 ms and ≤ 1.5 × the bare query; "
        + "FTS query ≤ 50 ms."})
final class BenchCommand extends BaseCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--codings", paramLabel = "C", description = "Codings added in bulk (default 200000).")
    int codings = 200_000;

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
        Benchmark.Options options = new Benchmark.Options(corpus.counties, corpus.docsPerCounty, corpus.words,
                codings, corpus.seed, keep);
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
        List<Map<String, Object>> qs = new ArrayList<>();
        for (QueryTime q : r.queries()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("query", q.query());
            x.put("documents", q.documents());
            x.put("hits", q.hits());
            x.put("ftsMs", round(q.ftsMillis()));
            x.put("searchWithContextMs", round(q.searchMillis()));
            qs.add(x);
        }
        m.put("queries", qs);
        m.put("heapUsedBytes", r.heapUsedBytes());
        m.put("heapMaxBytes", r.heapMaxBytes());
        return m;
    }

    private void sideBySide(Report s, Report p) {
        out().printf(Locale.ROOT, "%d counties × %d documents × %,d words = %,d documents, %,d codings; %d cores%n%n",
                s.options().counties(), s.options().docsPerCounty(), s.options().words(), s.documents(), s.codings(),
                Runtime.getRuntime().availableProcessors());
        out().printf("%-52s %12s %12s%n", "measure", "SQLite", "PostgreSQL");
        pair("import " + s.documents() + " documents", s.importMillis(), p.importMillis());
        pair("add " + s.codings() + " codings (one transaction)", s.codingsMillis(), p.codingsMillis());
        pair("county × theme matrix (segments, presence)", s.matrixMillis(), p.matrixMillis());
        pair("  of which the document × code aggregate", s.countsMillis(), p.countsMillis());
        pair("bare SQL county × theme aggregate", s.bareMillis(), p.bareMillis());
        pair("matrix with coverage (union of spans)", s.coverageMatrixMillis(), p.coverageMatrixMillis());
        for (int i = 0; i < s.queries().size(); i++) {
            QueryTime a = s.queries().get(i);
            QueryTime b = p.queries().get(i);
            pair("FTS query " + a.query() + " (" + a.documents() + " / " + b.documents() + " docs)", a.ftsMillis(),
                    b.ftsMillis());
            pair("  search with context (" + a.hits() + " / " + b.hits() + " hits)", a.searchMillis(),
                    b.searchMillis());
        }
    }

    private void pair(String label, double a, double b) {
        out().printf(Locale.ROOT, "%-52s %9.1f ms %9.1f ms%n", label, a, b);
    }

    private void table(Report r) {
        out().printf(Locale.ROOT, "%d counties × %d documents × %,d words = %,d documents, %,d words, %,d codings; "
                + "project file %.1f MB; %d cores%n%n", r.options().counties(), r.options().docsPerCounty(),
                r.options().words(), r.documents(), r.words(), r.codings(), r.fileBytes() / 1e6,
                Runtime.getRuntime().availableProcessors());
        out().printf("%-52s %12s   %s%n", "measure", "time", "target");
        row("generate corpus", r.generateMillis(), "");
        row("import " + r.documents() + " documents", r.importMillis(), "");
        row("add " + r.codings() + " codings (one transaction)", r.codingsMillis(), "");
        row("county × theme matrix (segments, presence)", r.matrixMillis(), "≤ 100 ms");
        row("  of which the document × code aggregate", r.countsMillis(), "");
        row("bare SQL county × theme aggregate, same file", r.bareMillis(), "");
        out().printf(Locale.ROOT, "%-52s %12.2f   %s%n", "matrix / bare", r.ratio(), "≤ 1.5");
        row("matrix with coverage (union of spans)", r.coverageMatrixMillis(), "");
        for (QueryTime q : r.queries()) {
            row("FTS query " + q.query() + " (" + q.documents() + " docs)", q.ftsMillis(), "≤ 50 ms");
            row("  search with context (" + q.hits() + " hits)", q.searchMillis(), "");
        }
        out().printf(Locale.ROOT, "%-52s %9.0f MB   (project open, after GC; max heap %.0f MB)%n",
                "heap used after the runs", r.heapUsedBytes() / 1e6, r.heapMaxBytes() / 1e6);
    }

    private void row(String label, double millis, String target) {
        String time = millis >= 10_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000)
                : String.format(Locale.ROOT, "%.1f ms", millis);
        out().printf("%-52s %12s   %s%n", label.length() > 52 ? label.substring(0, 51) + "…" : label, time, target);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
