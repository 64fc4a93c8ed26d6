package se.dialogcoder.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.dialogcoder.analysis.Cooccurrence;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.app.analysis.AnalysisService;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewCoding;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.store.UnitOfWork;

/**
 * The totals kept on write always equal a full recomputation from the codings: random sequences of changes
 * (codings added one by one and in batches, deleted, re-coded, resized, put back as undo and redo do, documents
 * moved to another county, kind or round, codes moved in the tree, transactions rolled back, and codings changed
 * by another program) and after every step frequencies, the matrix, co-occurrence and the codebook's counts read
 * from the totals equal the same figures counted from the codings. Each seed prints itself on failure.
 */
class TotalsPropertyTest {
    private static final List<CodingFilter> FILTERS = List.of(
            CodingFilter.ALL,
            CodingFilter.ALL.withCoders(Set.of("anna")),
            CodingFilter.ALL.withCoders(Set.of("bo")),
            CodingFilter.ALL.withCoders(Set.of("anna", "bo", "cia")),
            CodingFilter.ALL.withCounties(Set.of(County.SKANE, County.GOTLAND), false),
            CodingFilter.ALL.withCounties(Set.of(County.SKANE), true),
            CodingFilter.ALL.withCounties(Set.of(), true),
            CodingFilter.ALL.withKind(DocumentKind.TRANSCRIPT),
            CodingFilter.ALL.withRound("2024").withCoders(Set.of("cia")));
    private static final String[] CODERS = {"anna", "bo", "cia"};

    @TempDir
    Path dir;
    private static final AnalysisService FROM_TOTALS = new AnalysisService(true);
    private static final AnalysisService FROM_CODINGS = new AnalysisService(false);

    /** A change made by another program, outside the application's transactions. */
    @FunctionalInterface
    interface ExternalEdit {
        void run(String sql) throws Exception;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void totalsEqualAFullRecount(long seed) throws Exception {
        Random rnd = new Random(seed);
        Path file = dir.resolve("p" + seed + ".dcproj");
        try (Project p = ProjectStores.create(file, "Totals", "2025")) {
            List<Document> docs = documents(p, rnd);
            List<Code> codes = codebook(p);
            List<Coding> deleted = new ArrayList<>();
            for (int step = 0; step < 40; step++) {
                String what = change(p, rnd, docs, codes, deleted, sql -> sqlite(file, sql));
                assertSame(p, "seed " + seed + " step " + step + " (" + what + ")");
            }
        }
    }

    /** A change made outside the application is not read from the totals until the next write folds it in. */
    @Test
    void aChangeByAnotherProgramIsFoldedInAtTheNextWrite() throws Exception {
        Path file = dir.resolve("external.dcproj");
        try (Project p = ProjectStores.create(file, "Totals", "2025")) {
            Random rnd = new Random(99);
            List<Document> docs = documents(p, rnd);
            List<Code> codes = codebook(p);
            for (int i = 0; i < 20; i++) {
                insertOne(p, rnd, docs, codes);
            }
            assertThat(p.read(tx -> tx.counts().codeTotals(CodingFilter.ALL)).isPresent()).isTrue();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM coding WHERE id IN (SELECT id FROM coding ORDER BY id LIMIT 5)");
            }
            assertThat(p.read(tx -> tx.counts().codeTotals(CodingFilter.ALL)).isPresent()).isFalse();
            assertSame(p, "after another program's change");
            insertOne(p, rnd, docs, codes);
            assertThat(p.read(tx -> tx.counts().codeTotals(CodingFilter.ALL)).isPresent()).isTrue();
            assertSame(p, "after the next write");
        }
    }

    private static void sqlite(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    static List<Document> documents(Project p, Random rnd) throws Exception {
        County[] counties = {County.SKANE, County.GOTLAND, null, County.SKANE};
        List<Document> out = new ArrayList<>();
        for (int d = 0; d < counties.length; d++) {
            int n = d;
            StringBuilder text = new StringBuilder();
            List<TextUnit> units = new ArrayList<>();
            for (int u = 0; u < 4; u++) {
                int start = text.length();
                text.append("x".repeat(20 + rnd.nextInt(30)));
                units.add(TextUnit.paragraph(u, start, text.length()));
                text.append('\n');
            }
            String body = text.toString();
            out.add(p.write(tx -> tx.documents().insert(new NewDocument("d" + n, counties[n],
                    n % 2 == 0 ? DocumentKind.TRANSCRIPT : DocumentKind.NOTES, n == 3 ? "2024" : "2025", null,
                    "d" + n + ".txt", body, units))));
        }
        return out;
    }

    static List<Code> codebook(Project p) throws Exception {
        return p.write(tx -> {
            Code a = tx.codes().insert("a", null, "A", null, null, null, "#000001", 0);
            Code a1 = tx.codes().insert("a1", a.id(), "A1", null, null, null, "#000002", 0);
            Code a11 = tx.codes().insert("a11", a1.id(), "A11", null, null, null, "#000003", 0);
            Code b = tx.codes().insert("b", null, "B", null, null, null, "#000004", 1);
            Code b1 = tx.codes().insert("b1", b.id(), "B1", null, null, null, "#000005", 0);
            Code c = tx.codes().insert("c", null, "C", null, null, null, "#000006", 2);
            return List.of(a, a1, a11, b, b1, c);
        });
    }

    static void insertOne(Project p, Random rnd, List<Document> docs, List<Code> codes) throws Exception {
        p.write(tx -> {
            newCoding(tx, rnd, docs, codes);
            return null;
        });
    }

    private static void newCoding(UnitOfWork tx, Random rnd, List<Document> docs, List<Code> codes)
            throws se.dialogcoder.store.StoreException {
        Document d = docs.get(rnd.nextInt(docs.size()));
        int length = tx.documents().text(d.id()).codePointCount(0, tx.documents().text(d.id()).length());
        int start = rnd.nextInt(length - 1);
        int end = start + 1 + rnd.nextInt(Math.min(60, length - start));
        tx.codings().insert(d.id(), codes.get(rnd.nextInt(codes.size())).id(),
                tx.coders().getOrCreate(CODERS[rnd.nextInt(CODERS.length)]).id(), start, Math.min(end, length));
    }

    /** One transaction of one to four random changes (sometimes rolled back); says what it did. */
    static String change(Project p, Random rnd, List<Document> docs, List<Code> codes, List<Coding> deleted,
                         ExternalEdit external) throws Exception {
        int kind = rnd.nextInt(12);
        if (kind == 11) {
            external.run("UPDATE coding SET \"end\" = \"end\" + 1 WHERE id IN (SELECT id FROM coding ORDER BY random() "
                    + "LIMIT 2) AND \"end\" < (SELECT characters FROM document WHERE id = coding.document_id)");
            return "another program";
        }
        boolean rollBack = rnd.nextInt(8) == 0;
        List<String> done = new ArrayList<>();
        Runnable noop = () -> { };
        try {
            p.write(tx -> {
                int n = 1 + rnd.nextInt(4);
                for (int i = 0; i < n; i++) {
                    done.add(one(tx, rnd, kind == 10 ? 10 : rnd.nextInt(10), docs, codes, deleted));
                }
                if (rollBack) {
                    throw new IllegalStateException("rolled back on purpose");
                }
                return null;
            });
        } catch (se.dialogcoder.store.StoreException | IllegalStateException e) {
            assertThat(rollBack).as("an unexpected failure: " + e.getMessage()).isTrue();
            noop.run();
        }
        return (rollBack ? "rolled back: " : "") + String.join(", ", done);
    }

    private static String one(UnitOfWork tx, Random rnd, int kind, List<Document> docs, List<Code> codes,
                              List<Coding> deleted) throws se.dialogcoder.store.StoreException {
        List<Coding> all = tx.codings().all();
        switch (kind) {
            case 0, 1, 2 -> {
                newCoding(tx, rnd, docs, codes);
                return "insert";
            }
            case 3 -> {
                List<NewCoding> batch = new ArrayList<>();
                for (int i = 0; i < 1 + rnd.nextInt(6); i++) {
                    Document d = docs.get(rnd.nextInt(docs.size()));
                    int start = rnd.nextInt(d.characters() - 1);
                    batch.add(new NewCoding(d.id(), codes.get(rnd.nextInt(codes.size())).id(), start,
                            Math.min(d.characters(), start + 1 + rnd.nextInt(40))));
                }
                tx.codings().insertAll(batch, tx.coders().getOrCreate(CODERS[rnd.nextInt(CODERS.length)]).id());
                return "batch of " + batch.size();
            }
            case 4, 5 -> {
                if (all.isEmpty()) {
                    return "nothing to delete";
                }
                Coding gone = all.get(rnd.nextInt(all.size()));
                tx.codings().delete(gone.id());
                deleted.add(gone);
                return "delete " + gone.id();
            }
            case 6 -> {
                if (deleted.isEmpty()) {
                    return "nothing to put back";
                }
                Coding back = deleted.remove(rnd.nextInt(deleted.size()));
                if (tx.codings().byId(back.id()).isPresent()) {
                    return "already back";
                }
                tx.codings().restore(back, null);
                return "restore " + back.id();
            }
            case 7 -> {
                if (all.isEmpty()) {
                    return "nothing to re-code";
                }
                Coding c = all.get(rnd.nextInt(all.size()));
                tx.codings().setCode(c.id(), codes.get(rnd.nextInt(codes.size())).id());
                return "re-code " + c.id();
            }
            case 8 -> {
                if (all.isEmpty()) {
                    return "nothing to resize";
                }
                Coding c = all.get(rnd.nextInt(all.size()));
                Document d = docs.stream().filter(x -> x.id() == c.documentId()).findFirst().orElseThrow();
                int start = rnd.nextInt(d.characters() - 1);
                tx.codings().setRange(c.id(), start, Math.min(d.characters(), start + 1 + rnd.nextInt(50)));
                return "resize " + c.id();
            }
            case 9 -> {
                Document d = docs.get(rnd.nextInt(docs.size()));
                switch (rnd.nextInt(3)) {
                    case 0 -> tx.documents().setCounty(d.id(), rnd.nextBoolean() ? County.GOTLAND : null);
                    case 1 -> tx.documents().setKind(d.id(), rnd.nextBoolean() ? DocumentKind.NOTES
                            : DocumentKind.TRANSCRIPT);
                    default -> tx.documents().setRound(d.id(), rnd.nextBoolean() ? "2024" : null);
                }
                return "document " + d.name();
            }
            default -> {
                Map<Long, Code> byId = new HashMap<>();
                tx.codes().list().forEach(c -> byId.put(c.id(), c));
                Code moved = byId.get(codes.get(2).id()); // A11 moves between A1, B and the top level
                Long[] parents = {codes.get(1).id(), codes.get(3).id(), null};
                Long parent = parents[rnd.nextInt(parents.length)];
                tx.codes().update(new Code(moved.id(), moved.uid(), parent, moved.name(), moved.nameEn(),
                        moved.description(), moved.descriptionEn(), moved.color(), moved.sortOrder()));
                return "move A11 under " + parent;
            }
        }
    }

    static void assertSame(Project p, String when) throws Exception {
        for (CodingFilter f : FILTERS) {
            String as = when + ", filter " + f;
            assertThat(matrix(FROM_TOTALS.matrix(p, f, null, true))).as(as)
                    .isEqualTo(matrix(FROM_CODINGS.matrix(p, f, null, true)));
            for (boolean sub : new boolean[] {false, true}) {
                for (boolean byCounty : new boolean[] {false, true}) {
                    assertThat(FROM_TOTALS.frequencies(p, f, sub, byCounty)).as(as + " sub " + sub + " county " + byCounty)
                            .isEqualTo(FROM_CODINGS.frequencies(p, f, sub, byCounty));
                }
            }
            for (Cooccurrence.Mode mode : Cooccurrence.Mode.values()) {
                for (boolean themes : new boolean[] {false, true}) {
                    assertThat(FROM_TOTALS.cooccurrence(p, f, mode, themes).pairs()).as(as + " " + mode + " " + themes)
                            .isEqualTo(FROM_CODINGS.cooccurrence(p, f, mode, themes).pairs());
                }
            }
        }
        p.read(tx -> {
            List<Coding> all = tx.codings().all();
            Map<Long, Integer> byCode = new HashMap<>();
            Map<Long, Integer> byDocument = new HashMap<>();
            for (Coding c : all) {
                byCode.merge(c.codeId(), 1, Integer::sum);
                byDocument.merge(c.documentId(), 1, Integer::sum);
            }
            assertThat(tx.codings().countsByCode()).as(when).isEqualTo(byCode);
            assertThat(tx.codings().countsByDocument()).as(when).isEqualTo(byDocument);
            assertThat(tx.codings().count()).as(when).isEqualTo(all.size());
            for (String name : CODERS) {
                var coder = tx.coders().list().stream().filter(k -> k.name().equals(name)).findFirst();
                if (coder.isPresent()) {
                    long id = coder.get().id();
                    Map<Long, Integer> mine = new HashMap<>();
                    all.stream().filter(c -> c.coderId() == id).forEach(c -> mine.merge(c.codeId(), 1, Integer::sum));
                    assertThat(tx.codings().countsByCode(id)).as(when + " " + name).isEqualTo(mine);
                    assertThat(tx.codings().count(id)).as(when + " " + name)
                            .isEqualTo((int) all.stream().filter(c -> c.coderId() == id).count());
                }
            }
            return null;
        });
    }

    /** Every figure of a matrix as text, so that two matrices compare as a whole. */
    private static String matrix(CountyMatrix m) {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < m.rows().size(); r++) {
            out.append(m.rows().get(r)).append(": ");
            for (int c = 0; c < m.columns().size(); c++) {
                out.append(m.segments(r, c)).append('/').append(m.documents(r, c)).append('/')
                        .append(m.characters(r, c)).append(' ');
            }
            for (CountyMatrix.Measure measure : CountyMatrix.Measure.values()) {
                out.append(measure).append('=').append(m.rowTotal(measure, r)).append(' ');
            }
            out.append(m.rowLength(r)).append(' ').append(m.rowDocuments(r)).append('\n');
        }
        for (CountyMatrix.Measure measure : CountyMatrix.Measure.values()) {
            out.append(measure).append(" total ").append(m.total(measure));
            for (int c = 0; c < m.columns().size(); c++) {
                out.append(' ').append(m.columnTotal(measure, c));
            }
        }
        return out.toString();
    }

    /** A project saved before the totals existed (file format 6) gets them when it is opened, equal to a recount. */
    @ParameterizedTest(name = "read-only {0}")
    @ValueSource(booleans = {false, true})
    void anOlderProjectGetsItsTotalsByMigration(boolean readOnly) throws Exception {
        Path file = dir.resolve("v6.dcproj");
        try (Project p = ProjectStores.create(file, "Totals", "2025")) {
            Random rnd = new Random(17);
            List<Document> docs = documents(p, rnd);
            List<Code> codes = codebook(p);
            for (int i = 0; i < 60; i++) {
                insertOne(p, rnd, docs, codes);
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String table : List.of("coding_total", "coding_pair_total", "coding_total_document",
                    "coding_total_dirty", "coding_total_new", "coding_total_old", "coding_total_old_unit",
                    "coding_total_rebuild", "search_word", "suggestion_accepted")) {
                s.executeUpdate("DROP TABLE " + table);
            }
            List<String> triggers = new ArrayList<>();
            try (var r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                    + "AND name LIKE 'coding_total%'")) {
                while (r.next()) {
                    triggers.add(r.getString(1));
                }
            }
            assertThat(triggers).isNotEmpty();
            for (String t : triggers) {
                s.executeUpdate("DROP TRIGGER " + t);
            }
            s.executeUpdate("DROP INDEX document_listing");
            s.executeUpdate("PRAGMA user_version = 6");
        }
        try (Project p = readOnly ? ProjectStores.openReadOnly(file)
                : ProjectStores.open(file, (f, id, from) -> assertThat(from).isEqualTo(6))) {
            assertThat(p.read(tx -> tx.counts().codeTotals(CodingFilter.ALL)).isPresent()).isTrue();
            int count = p.read(tx -> tx.codings().count());
            assertThat(count).isEqualTo(60);
            assertSame(p, "after the migration");
        }
    }

    @Test
    void anUnknownCoderNamesNoCodings() throws Exception {
        try (Project p = ProjectStores.create(dir.resolve("u.dcproj"), "Totals", "2025")) {
            Random rnd = new Random(5);
            List<Document> docs = documents(p, rnd);
            List<Code> codes = codebook(p);
            insertOne(p, rnd, docs, codes);
            CodingFilter nobody = CodingFilter.ALL.withCoders(Set.of("nobody"));
            assertThat(matrix(FROM_TOTALS.matrix(p, nobody, null, true)))
                    .isEqualTo(matrix(FROM_CODINGS.matrix(p, nobody, null, true)));
            assertThatThrownBy(() -> p.write(tx -> {
                tx.codings().insert(docs.get(0).id(), codes.get(0).id(), tx.coders().getOrCreate("anna").id(), 0,
                        100_000);
                return null;
            })).isInstanceOf(se.dialogcoder.store.StoreException.class);
            assertSame(p, "after a refused coding");
        }
    }
}
