package se.dialogcoder.app.bench;

import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.ServerAddress;
import se.dialogcoder.app.ServerLogin;
import se.dialogcoder.app.analysis.AnalysisService;
import se.dialogcoder.app.analysis.SearchService;
import se.dialogcoder.app.codebook.CodebookService;
import se.dialogcoder.app.documents.ImportService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.NewCoding;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.app.ThrowawayServer;

/**
 * The scale benchmark: generates a corpus, imports it, adds codings in bulk, and times the county × theme matrix
 * (against the bare SQL aggregate over the same file, in the same run), full-text queries and memory. Figures,
 * not assertions: timing targets are checked by reading them.
 */
public final class Benchmark {
    /** Full-text queries timed by the benchmark. */
    public static final List<String> QUERIES = List.of("handlingsplan*", "\"psykisk hälsa\"",
            "suicidprevention AND stimulansmedel", "län", "efterlevande* OR kompetensutveckling");
    private static final int RUNS = 15;
    private final ImportService imports;
    private final ServerLogin login;
    private final CodebookService codebooks;
    private final AnalysisService analysis;
    private final SearchService search;

    public Benchmark(ImportService imports, CodebookService codebooks, AnalysisService analysis, SearchService search,
                     ServerLogin login) {
        this.login = login;
        this.imports = imports;
        this.codebooks = codebooks;
        this.analysis = analysis;
        this.search = search;
    }

    /** What to generate. {@code keep}: a folder to leave the corpus and project in (null = a temporary one). */
    public record Options(int counties, int docsPerCounty, int words, int codings, long seed, Path keep) {
        public static Options defaults() {
            return new Options(21, 20, 8000, 200_000, 1, null);
        }
    }

    /** One full-text query: the FTS5 match alone and the whole search with keyword in context. */
    public record QueryTime(String query, int documents, int hits, double ftsMillis, double searchMillis) {
    }

    /** The figures (times in milliseconds: medians over repeated runs, after warm-up). */
    public record Report(Options options, int documents, long words, long characters, int codings, long fileBytes,
                         double generateMillis, double importMillis, double codingsMillis,
                         double matrixMillis, double bareMillis, double countsMillis, double coverageMatrixMillis,
                         List<QueryTime> queries, long heapUsedBytes, long heapMaxBytes) {
        public double ratio() {
            return bareMillis == 0 ? 0 : matrixMillis / bareMillis;
        }
    }

    public Report run(Options o, Consumer<String> progress) throws IOException, StoreException {
        return run(o, null, progress);
    }

    /**
     * Runs the benchmark on PostgreSQL: in the empty database at {@code server} (a {@code postgresql://} address; the
     * password from PGPASSWORD, ~/.pgpass or a prompt, see {@link ServerLogin}), or, when it is null, on a throwaway
     * server started for the run in a temporary folder.
     */
    public Report runOnPostgres(Options o, ServerAddress server, Consumer<String> progress) throws IOException,
            StoreException {
        if (server != null) {
            return run(o, dir -> login.connect(server, pw -> ProjectStores.create(server, pw, "Bench", "2025")),
                    progress);
        }
        progress.accept("starting a throwaway PostgreSQL server");
        try (ThrowawayServer throwaway = ThrowawayServer.start()) {
            return run(o, dir -> throwaway.newProject("bench", "Bench", "2025"), progress);
        }
    }

    /** Makes the project to measure in a folder; null: a project file there. */
    @FunctionalInterface
    interface Engine {
        Project create(Path dir) throws StoreException, IOException;
    }

    private Report run(Options o, Engine engine, Consumer<String> progress) throws IOException, StoreException {
        Path dir = o.keep() != null ? o.keep() : Files.createTempDirectory("dialogcoder-bench");
        try {
            return measure(o, engine, dir, progress);
        } finally {
            if (o.keep() == null) {
                deleteTree(dir);
            }
        }
    }

    private Report measure(Options o, Engine engine, Path dir, Consumer<String> progress) throws IOException,
            StoreException {
        Files.createDirectories(dir);
        Path corpus = dir.resolve("corpus");
        Path file = dir.resolve("bench.dcproj");
        if (Files.exists(file)) {
            throw new IOException(file + " already exists; choose an empty folder for --keep");
        }
        var codebook = codebooks.json().defaultCodebook();
        progress.accept("generating " + o.counties() * o.docsPerCounty() + " documents of " + o.words() + " words");
        long t = System.nanoTime();
        new CorpusGenerator(codebook.codes()).write(corpus, o.counties(), o.docsPerCounty(), o.words(), o.seed());
        double generate = millis(t);
        try (Project p = engine == null ? ProjectStores.create(file, "Bench", "2025") : engine.create(dir)) {
            codebooks.install(p, codebook);
            progress.accept("importing");
            t = System.nanoTime();
            ImportService.Report report = imports.importPaths(p, List.of(corpus), null, "2025",
                    ImportService.NO_PROGRESS);
            double importMs = millis(t);
            if (report.anyFailed()) {
                throw new IOException("a generated file could not be imported: " + report.results().stream()
                        .filter(r -> r.outcome() == ImportService.Outcome.FAILED).findFirst().orElseThrow().message());
            }
            progress.accept("adding " + o.codings() + " codings");
            List<Document> docs = p.read(tx -> tx.documents().list());
            List<Code> codes = p.read(tx -> tx.codes().list());
            t = System.nanoTime();
            addCodings(p, docs, codes, o.codings(), o.seed());
            double codingsMs = millis(t);

            progress.accept("timing the matrix");
            double[] matrix = new double[RUNS];
            double[] bare = new double[RUNS];
            double[] coverage = new double[RUNS];
            double[] counts = new double[RUNS];
            for (int i = 0; i < 3; i++) { // warm-up: JIT and page cache
                analysis.matrix(p, CodingFilter.ALL, null, true);
                p.read(tx -> tx.counts().bareCountyThemeSegments());
            }
            for (int i = 0; i < RUNS; i++) {
                t = System.nanoTime();
                p.read(tx -> tx.counts().bareCountyThemeSegments());
                bare[i] = millis(t);
                t = System.nanoTime();
                CountyMatrix m = analysis.matrix(p, CodingFilter.ALL, null, false);
                matrix[i] = millis(t);
                if (m.total(CountyMatrix.Measure.SEGMENTS) != o.codings()) {
                    throw new IllegalStateException("the matrix lost codings: " + m.total(CountyMatrix.Measure.SEGMENTS));
                }
                t = System.nanoTime();
                analysis.matrix(p, CodingFilter.ALL, null, true);
                coverage[i] = millis(t);
                t = System.nanoTime();
                p.read(tx -> tx.counts().codingCounts(CodingFilter.ALL));
                counts[i] = millis(t);
            }
            progress.accept("timing full-text queries");
            List<QueryTime> queries = new ArrayList<>();
            for (String q : QUERIES) {
                double[] fts = new double[RUNS];
                double[] full = new double[5];
                int documents = 0;
                for (int i = 0; i < 2; i++) {
                    p.read(tx -> tx.search().matchingDocuments(q));
                }
                for (int i = 0; i < RUNS; i++) {
                    t = System.nanoTime();
                    documents = p.read(tx -> tx.search().matchingDocuments(q)).size();
                    fts[i] = millis(t);
                }
                int hits = 0;
                for (int i = 0; i < full.length; i++) {
                    t = System.nanoTime();
                    hits = search.search(p, q, CodingFilter.ALL, SearchService.DEFAULT_WIDTH).hits().size();
                    full[i] = millis(t);
                }
                queries.add(new QueryTime(q, documents, hits, median(fts), median(full)));
            }
            long words = docs.stream().mapToLong(Document::words).sum();
            long characters = docs.stream().mapToLong(Document::characters).sum();
            int codingCount = p.read(tx -> tx.codings().count());
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long used = rt.totalMemory() - rt.freeMemory();
            return new Report(o, docs.size(), words, characters, codingCount, Files.exists(file) ? Files.size(file) : 0, generate, importMs,
                    codingsMs, median(matrix), median(bare), median(counts), median(coverage), queries, used, rt.maxMemory());
        }
    }

    /** Random codings (all codes, three coders, 20–600 code points) in one transaction. */
    static void addCodings(Project p, List<Document> docs, List<Code> codes, int n, long seed)
            throws StoreException {
        Random random = new Random(seed);
        String[] coders = {"anna", "bo", "cecilia"};
        List<List<NewCoding>> perCoder = new ArrayList<>();
        for (int i = 0; i < coders.length; i++) {
            perCoder.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            Document d = docs.get(random.nextInt(docs.size()));
            int length = Math.min(d.characters(), 20 + random.nextInt(581));
            int start = d.characters() == length ? 0 : random.nextInt(d.characters() - length);
            perCoder.get(random.nextInt(coders.length)).add(new NewCoding(d.id(),
                    codes.get(random.nextInt(codes.size())).id(), start, start + length));
        }
        p.write(tx -> {
            for (int i = 0; i < coders.length; i++) {
                tx.codings().insertAll(perCoder.get(i), tx.coders().getOrCreate(coders[i]).id());
            }
            return null;
        });
    }

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }
}
