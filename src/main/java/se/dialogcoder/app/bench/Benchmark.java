package se.dialogcoder.app.bench;

import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.ServerAddress;
import se.dialogcoder.app.ServerLogin;
import se.dialogcoder.app.analysis.AnalysisService;
import se.dialogcoder.app.analysis.RetrievalService;
import se.dialogcoder.app.analysis.SearchService;
import se.dialogcoder.app.codebook.CodebookService;
import se.dialogcoder.app.documents.ImportService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodingCount;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.NewCoding;
import se.dialogcoder.model.WordForms;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.app.ThrowawayServer;

/**
 * The scale benchmark: generates a corpus, imports it, adds codings in bulk, and times the county × theme matrix
 * (against the bare SQL aggregate over the same file, in the same run), full-text queries, the retrieval of one
 * code's segments (against the bare query another tool runs for them) and memory. Figures, not assertions: each
 * is printed with its {@link Target} and whether it was met.
 */
public final class Benchmark {
    /** Full-text queries timed by the benchmark. */
    public static final List<String> QUERIES = List.of("handlingsplan*", "\"psykisk hälsa\"",
            "suicidprevention AND stimulansmedel", "län", "efterlevande* OR kompetensutveckling");
    /** Searches with word forms timed by the benchmark ("alla böjningsformer", "sammansättningar", both). */
    public static final List<FormsQuery> FORMS_QUERIES = List.of(
            new FormsQuery("handlingsplan", new WordForms(true, false)),
            new FormsQuery("suicidprevention", new WordForms(false, true)),
            new FormsQuery("plan", new WordForms(true, true)),
            new FormsQuery("\"psykisk hälsa\"", new WordForms(true, false)),
            new FormsQuery("stöd AND (samverkan OR kommun) NOT barn", new WordForms(true, true)));
    private static final int RUNS = 15;
    /** Runs of the retrieval and its bare query (each reads text, so fewer than the aggregates). */
    private static final int RETRIEVAL_RUNS = 7;
    /** Codings handed to the store at a time while adding them (all in one transaction). */
    private static final int CODING_BATCH = 10_000;
    private final ImportService imports;
    private final ServerLogin login;
    private final CodebookService codebooks;
    private final AnalysisService analysis;
    private final SearchService search;
    private final RetrievalService retrieval;

    public Benchmark(ImportService imports, CodebookService codebooks, AnalysisService analysis, SearchService search,
                     RetrievalService retrieval, ServerLogin login) {
        this.login = login;
        this.imports = imports;
        this.codebooks = codebooks;
        this.analysis = analysis;
        this.search = search;
        this.retrieval = retrieval;
    }

    /** What a figure should be at most; the same on every engine and at every scale. */
    public enum Target {
        MATRIX(100, "ms"),
        MATRIX_TO_BARE(1.5, "×"),
        COVERAGE_MATRIX(200, "ms"),
        FTS_QUERY(50, "ms"),
        /** A search with word forms, forms looked up and documents matched, below scale 10. */
        FORMS_QUERY(50, "ms"),
        /** The same at scale 10 and above (4 200 documents of 8 000 words at the reference corpus). */
        FORMS_QUERY_AT_SCALE_10(100, "ms"),
        SEARCH_FIRST_PAGE(100, "ms"),
        RETRIEVAL_TO_BARE(1.5, "×"),
        PEAK_RSS(1e9, "bytes");

        private final double limit;
        private final String unit;

        Target(double limit, String unit) {
            this.limit = limit;
            this.unit = unit;
        }

        public double limit() {
            return limit;
        }

        public String unit() {
            return unit;
        }

        /** Whether a measured value meets the target (a value not measured, NaN or negative, does not). */
        public boolean met(double value) {
            return value >= 0 && value <= limit;
        }
    }

    /**
     * What to generate. {@code keep}: a folder to leave the corpus and project in (null = a temporary one);
     * {@code scale}: how many times the documents per county and the codings were multiplied (see {@link #scaled}).
     */
    public record Options(int counties, int docsPerCounty, int words, int codings, long seed, Path keep, int scale) {
        public Options(int counties, int docsPerCounty, int words, int codings, long seed, Path keep) {
            this(counties, docsPerCounty, words, codings, seed, keep, 1);
        }

        /** The reference corpus (scale 1): 21 counties × 20 documents × 8 000 words, 200 000 codings. */
        public static Options defaults() {
            return new Options(21, 20, 8000, 200_000, 1, null);
        }

        /**
         * {@code n} times the documents per county and the codings (the words per document stay): scale 10 of the
         * reference corpus is 4 200 documents and 2 000 000 codings.
         *
         * @throws IllegalArgumentException when n is below 1 or the result does not fit
         */
        public Options scaled(int n) {
            if (n < 1 || (long) docsPerCounty * n * counties > Integer.MAX_VALUE
                    || (long) codings * n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("scale " + n + " is not possible for this corpus");
            }
            return new Options(counties, docsPerCounty * n, words, codings * n, seed, keep, scale * n);
        }
    }

    /**
     * One full-text query: the FTS5 match alone and the whole search with keyword in context.
     *
     * @param firstPageMillis the search's first page of results as the search tab shows it
     *                        ({@link SearchService#PAGE} hits with context, the documents counted)
     */
    public record QueryTime(String query, int documents, int hits, double ftsMillis, double searchMillis,
                            double firstPageMillis) {
    }

    /** A search with word forms the benchmark times. */
    public record FormsQuery(String query, WordForms forms) {
        /** "stem", "compounds" or "stem+compounds". */
        public String options() {
            return forms.inflections() && forms.compounds() ? "stem+compounds" : forms.inflections() ? "stem"
                    : "compounds";
        }
    }

    /**
     * One search with word forms.
     *
     * @param queryMillis     the forms looked up in the project's words and the documents matched (the figure
     *                        {@link Target#FORMS_QUERY} is about)
     * @param firstPageMillis its first page as the search tab shows it
     * @param exactDocuments  documents the same query matches without the forms
     */
    public record FormsQueryTime(FormsQuery query, int documents, int exactDocuments, int hits, double queryMillis,
                                 double firstPageMillis) {
        /** The target for a run at a scale: 50 ms below scale 10, 100 ms from scale 10. */
        public static Target target(int scale) {
            return scale >= 10 ? Target.FORMS_QUERY_AT_SCALE_10 : Target.FORMS_QUERY;
        }
    }

    /**
     * Retrieval of one code's coded segments with text and document names: as the application does it
     * ({@link RetrievalService}, with the context the retrieval view shows) and as the bare query another tool runs
     * for the same segments ({@link se.dialogcoder.store.Yardsticks#codedPassages}), both on the same project.
     */
    public record RetrievalTime(long codeId, String code, int segments, int context, double appMillis,
                                double bareMillis) {
        public double ratio() {
            return bareMillis == 0 ? 0 : appMillis / bareMillis;
        }
    }

    /** The figures (times in milliseconds: medians over repeated runs, after warm-up). */
    /**
     * The figures (times in milliseconds: medians over repeated runs, after warm-up).
     *
     * @param bareMillis the county × theme count written as one naive SQL join (today's yardstick)
     * @param bestBareMillis the cheapest SQL for the matrix's data: the document × code aggregate over the covering
     *                       index, run bare
     * @param peakRssBytes the process's peak resident memory (VmHWM) so far, -1 where the system does not tell
     * @param peakRssAfter that peak after each step of the run, in order
     * @param coverageFromCodingsMillis the matrix with coverage counted from the codings themselves, as when the
     *                                  totals kept on write cannot answer (a filter naming codes or sets)
     * @param formsQueries searches with word forms ({@link #FORMS_QUERIES})
     * @param searchWords the distinct words of the project that the word forms are looked up among
     */
    public record Report(Options options, int documents, long words, long characters, int codings, long fileBytes,
                         double generateMillis, double importMillis, double codingsMillis,
                         double matrixMillis, double bareMillis, double countsMillis, double coverageMatrixMillis,
                         List<QueryTime> queries, long heapUsedBytes, long heapMaxBytes, double bestBareMillis,
                         RetrievalTime retrieval, long peakRssBytes, Map<String, Long> peakRssAfter,
                         double coverageFromCodingsMillis, List<FormsQueryTime> formsQueries, int searchWords) {
        /** The matrix against the naive join (today's figure, kept for comparison). */
        public double ratio() {
            return bareMillis == 0 ? 0 : matrixMillis / bareMillis;
        }

        /** The matrix against the best bare SQL: the figure {@link Target#MATRIX_TO_BARE} is about. */
        public double ratioToBest() {
            return bestBareMillis == 0 ? 0 : matrixMillis / bestBareMillis;
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
        Map<String, Long> peaks = new LinkedHashMap<>();
        progress.accept("generating " + o.counties() * o.docsPerCounty() + " documents of " + o.words() + " words");
        long t = System.nanoTime();
        new CorpusGenerator(codebook.codes()).write(corpus, o.counties(), o.docsPerCounty(), o.words(), o.seed());
        double generate = millis(t);
        peaks.put("generate", PeakMemory.residentBytes());
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
            peaks.put("import", PeakMemory.residentBytes());
            progress.accept("adding " + o.codings() + " codings");
            List<Document> docs = p.read(tx -> tx.documents().list());
            List<Code> codes = p.read(tx -> tx.codes().list());
            t = System.nanoTime();
            addCodings(p, docs, codes, o.codings(), o.seed());
            double codingsMs = millis(t);
            peaks.put("codings", PeakMemory.residentBytes());

            progress.accept("timing the matrix");
            double[] matrix = new double[RUNS];
            double[] bare = new double[RUNS];
            double[] best = new double[RUNS];
            double[] coverage = new double[RUNS];
            double[] counts = new double[RUNS];
            double[] fromCodings = new double[RUNS];
            AnalysisService recount = new AnalysisService(false);
            for (int i = 0; i < 3; i++) { // warm-up: JIT and page cache
                analysis.matrix(p, CodingFilter.ALL, null, true);
                p.read(tx -> tx.counts().bareCountyThemeSegments());
                p.read(tx -> tx.yardsticks().documentCodeCounts());
            }
            for (int i = 0; i < RUNS; i++) {
                t = System.nanoTime();
                p.read(tx -> tx.counts().bareCountyThemeSegments());
                bare[i] = millis(t);
                t = System.nanoTime();
                p.read(tx -> tx.yardsticks().documentCodeCounts());
                best[i] = millis(t);
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
                t = System.nanoTime();
                recount.matrix(p, CodingFilter.ALL, null, true);
                fromCodings[i] = millis(t);
            }
            peaks.put("matrix", PeakMemory.residentBytes());
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
                double[] first = new double[RUNS];
                for (int i = 0; i < 2; i++) {
                    search.page(p, q, CodingFilter.ALL, 0, SearchService.PAGE, SearchService.DEFAULT_WIDTH);
                }
                for (int i = 0; i < RUNS; i++) {
                    t = System.nanoTime();
                    search.page(p, q, CodingFilter.ALL, 0, SearchService.PAGE, SearchService.DEFAULT_WIDTH);
                    first[i] = millis(t);
                }
                int hits = 0;
                for (int i = 0; i < full.length; i++) {
                    t = System.nanoTime();
                    hits = search.search(p, q, CodingFilter.ALL, SearchService.DEFAULT_WIDTH).hits().size();
                    full[i] = millis(t);
                }
                queries.add(new QueryTime(q, documents, hits, median(fts), median(full), median(first)));
            }
            progress.accept("timing searches with word forms");
            List<FormsQueryTime> formsQueries = new ArrayList<>();
            for (FormsQuery f : FORMS_QUERIES) {
                formsQueries.add(timeForms(p, f));
            }
            int searchWords = p.read(tx -> tx.search().wordsStartingWith("")).size();
            peaks.put("search", PeakMemory.residentBytes());
            progress.accept("timing the retrieval of one code's segments");
            RetrievalTime retrievalTime = timeRetrieval(p, codes);
            peaks.put("retrieval", PeakMemory.residentBytes());
            long words = docs.stream().mapToLong(Document::words).sum();
            long characters = docs.stream().mapToLong(Document::characters).sum();
            int codingCount = p.read(tx -> tx.codings().count());
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long used = rt.totalMemory() - rt.freeMemory();
            return new Report(o, docs.size(), words, characters, codingCount, Files.exists(file) ? Files.size(file) : 0,
                    generate, importMs, codingsMs, median(matrix), median(bare), median(counts), median(coverage),
                    queries, used, rt.maxMemory(), median(best), retrievalTime, PeakMemory.residentBytes(), peaks,
                    median(fromCodings), formsQueries, searchWords);
        }
    }

    /** One search with word forms: the forms and the match, then the first page, each after warm-up. */
    private FormsQueryTime timeForms(Project p, FormsQuery f) throws StoreException {
        int documents = 0;
        for (int i = 0; i < 2; i++) {
            search.matchingDocuments(p, f.query(), f.forms(), CodingFilter.ALL);
        }
        double[] query = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            documents = search.matchingDocuments(p, f.query(), f.forms(), CodingFilter.ALL);
            query[i] = millis(t);
        }
        double[] first = new double[RUNS];
        SearchService.Page page = null;
        for (int i = -2; i < RUNS; i++) {
            long t = System.nanoTime();
            page = search.page(p, f.query(), f.forms(), CodingFilter.ALL, 0, SearchService.PAGE,
                    SearchService.DEFAULT_WIDTH);
            if (i >= 0) {
                first[i] = millis(t);
            }
        }
        int hits = page.total().isPresent() ? page.total().getAsInt() : search.count(p, page.next()).hits();
        int exact = search.matchingDocuments(p, f.query(), WordForms.EXACT, CodingFilter.ALL);
        return new FormsQueryTime(f, documents, exact, hits, median(query), median(first));
    }

    /**
     * The code with the most codings, retrieved with text and document names as the retrieval view does it (the
     * view's context, no sub-codes) and by the bare query, alternately; both must find the same segments.
     */
    private RetrievalTime timeRetrieval(Project p, List<Code> codes) throws StoreException {
        Map<Long, Long> perCode = new HashMap<>();
        for (CodingCount c : p.read(tx -> tx.counts().codingCounts(CodingFilter.ALL))) {
            perCode.merge(c.codeId(), (long) c.segments(), Long::sum);
        }
        long codeId = perCode.entrySet().stream()
                .max(Map.Entry.<Long, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(codes.get(0).id());
        String path = new CodeTree(codes).path(codeId);
        CodingFilter filter = CodingFilter.ALL.withCodes(Set.of(codeId));
        int context = RetrievalService.DEFAULT_CONTEXT;
        double[] app = new double[RETRIEVAL_RUNS];
        double[] bare = new double[RETRIEVAL_RUNS];
        int segments = 0;
        for (int i = -2; i < RETRIEVAL_RUNS; i++) { // two warm-up rounds
            long t = System.nanoTime();
            segments = retrieval.segments(p, filter, false, context, 0).size();
            double a = millis(t);
            t = System.nanoTime();
            int rows = p.read(tx -> tx.yardsticks().codedPassages(codeId));
            double b = millis(t);
            if (rows != segments) {
                throw new IllegalStateException("retrieval found " + segments + " segments, the bare query " + rows);
            }
            if (i >= 0) {
                app[i] = a;
                bare[i] = b;
            }
        }
        return new RetrievalTime(codeId, path, segments, context, median(app), median(bare));
    }

    /**
     * Random codings (all codes, three coders, 20–600 code points) in one transaction, handed to the store a batch
     * at a time, so that memory does not grow with their number.
     */
    static void addCodings(Project p, List<Document> docs, List<Code> codes, int n, long seed)
            throws StoreException {
        Random random = new Random(seed);
        String[] coders = {"anna", "bo", "cecilia"};
        p.write(tx -> {
            long[] coderIds = new long[coders.length];
            List<List<NewCoding>> perCoder = new ArrayList<>();
            for (int i = 0; i < coders.length; i++) {
                coderIds[i] = tx.coders().getOrCreate(coders[i]).id();
                perCoder.add(new ArrayList<>(CODING_BATCH));
            }
            for (int i = 0; i < n; i++) {
                Document d = docs.get(random.nextInt(docs.size()));
                int length = Math.min(d.characters(), 20 + random.nextInt(581));
                int start = d.characters() == length ? 0 : random.nextInt(d.characters() - length);
                int coder = random.nextInt(coders.length);
                List<NewCoding> batch = perCoder.get(coder);
                batch.add(new NewCoding(d.id(), codes.get(random.nextInt(codes.size())).id(), start, start + length));
                if (batch.size() == CODING_BATCH) {
                    tx.codings().insertAll(batch, coderIds[coder]);
                    batch.clear();
                }
            }
            for (int i = 0; i < coders.length; i++) {
                tx.codings().insertAll(perCoder.get(i), coderIds[i]);
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
