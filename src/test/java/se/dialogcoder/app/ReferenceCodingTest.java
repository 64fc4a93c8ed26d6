package se.dialogcoder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.app.coding.QuotedCoding;
import se.dialogcoder.exchange.QuotedCodings;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodePointText;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.TextUnit;

/**
 * The fictional reference coding of {@code samples/reference-coding.tsv}: every row lands on its words in the
 * imported demo, the demo comes with exactly those codings, and the county × theme figures show each county's
 * traits of {@code samples/README.md}.
 */
class ReferenceCodingTest {
    private static final Path TABLE = Path.of(System.getProperty("samples.dir", "samples"),
            DemoProject.REFERENCE_FILE);

    @TempDir
    static Path home;
    private static Services services;
    private static Path demo;
    private static List<QuotedCodings.Row> rows;

    @BeforeAll
    static void buildTheDemo() throws Exception {
        services = new Services(new AppPaths(home));
        demo = services.workspace().demoProject();
        try (Reader in = Files.newBufferedReader(TABLE, StandardCharsets.UTF_8)) {
            rows = QuotedCodings.read(TABLE.getFileName().toString(), in);
        }
    }

    @Test
    void everyRowLandsOnItsWordsInTheImportedDemoAndTheDemoHasExactlyThoseCodings() throws Exception {
        assertThat(rows).as("several hundred codings").hasSizeBetween(400, 1500);
        assertThat(rows).allSatisfy(r -> assertThat(r.coder()).isEqualTo(DemoProject.REFERENCE_CODER));
        try (Project p = ProjectStores.openReadOnly(demo)) {
            QuotedCoding.Resolution res = p.read(tx -> QuotedCoding.resolve(tx, TABLE.getFileName().toString(), rows));
            assertThat(res.problems()).as("every quote occurs in its document as often as its row says").isEmpty();
            assertThat(res.found()).hasSameSizeAs(rows);

            Set<String> inDemo = new HashSet<>();
            for (Coding c : p.read(tx -> tx.codings().all())) {
                inDemo.add(c.documentId() + ":" + c.codeId() + ":" + c.start() + ":" + c.end());
            }
            assertThat(inDemo).as("one coding per row, nothing else").hasSameSizeAs(rows);
            Map<Long, CodePointText> texts = new HashMap<>();
            Map<Long, List<TextUnit>> units = new HashMap<>();
            for (QuotedCoding.Found f : res.found()) {
                assertThat(inDemo).contains(f.documentId() + ":" + f.codeId() + ":" + f.start() + ":" + f.end());
                CodePointText text = texts.computeIfAbsent(f.documentId(), id -> new CodePointText(
                        read(p, tx -> tx.documents().text(id))));
                String where = f.row().file() + " line " + f.row().line();
                assertThat(text.slice(f.start(), f.end())).as(where).isEqualTo(f.row().quote());
                // a passage of whole words inside one paragraph or speaker turn, never random letters
                assertThat(f.start() == 0 || !Character.isLetterOrDigit(text.codePointAt(f.start() - 1))).as(where)
                        .isTrue();
                assertThat(f.end() == text.length() || !Character.isLetterOrDigit(text.codePointAt(f.end())))
                        .as(where).isTrue();
                assertThat(f.row().quote().codePointCount(0, f.row().quote().length())).as(where)
                        .isGreaterThanOrEqualTo(15);
                List<TextUnit> us = units.computeIfAbsent(f.documentId(), id -> read(p, tx -> tx.documents().units(id)));
                assertThat(us).as(where + ": within one unit")
                        .anySatisfy(u -> assertThat(u.bodyStart() <= f.start() && f.end() <= u.end()).isTrue());
            }
        }
    }

    @Test
    void everyCountyIsCodedOnTheThemesEveryDialogueCovers() throws Exception {
        try (Project p = ProjectStores.openReadOnly(demo)) {
            CountyMatrix m = services.analyses().analysis().matrix(p, CodingFilter.ALL, null, true);
            List<String> covered = List.of("Styrning och samordning", "Fördelning av stimulansmedel",
                    "Handlingsplaner", "Behovsanalyser", "Suicidprevention", "Barn och unga",
                    "Brukar- och anhörigmedverkan", "Nationell strategi och stödbehov");
            for (String theme : covered) {
                int col = column(m, theme);
                for (County c : County.values()) {
                    assertThat(m.segments(m.rows().indexOf(c), col)).as(c.shortName() + " / " + theme).isPositive();
                }
            }
            assertThat(m.total(CountyMatrix.Measure.SEGMENTS)).isEqualTo(rows.size());
            for (County c : County.values()) {
                double coverage = m.rowTotal(CountyMatrix.Measure.COVERAGE, m.rows().indexOf(c));
                assertThat(coverage).as(c.shortName() + ": coded, but not every word").isBetween(0.3, 0.95);
            }
        }
    }

    /** Each county's distinctive feature (samples/README.md) is where that county leads all others. */
    @Test
    void theCountiesTraitsShowInTheFigures() throws Exception {
        Map<String, County> leads = new java.util.LinkedHashMap<>();
        leads.put("Barn och unga / Kriminalitet och normbrytande beteende", County.GAVLEBORG);
        leads.put("Samverkan / Med civilsamhället", County.JONKOPING);
        leads.put("Styrning och samordning / Tvärsektoriell bredd", County.OREBRO);
        leads.put("Suicidprevention / Vårdförlopp och händelseanalyser", County.OSTERGOTLAND);
        leads.put("Suicidprevention / Efterlevandestöd", County.KALMAR);
        leads.put("Suicidprevention / Begränsning av tillgång till medel och metoder", County.KALMAR);
        leads.put("Styrning och samordning / Länssamordnarens roll", County.KRONOBERG);
        leads.put("Barn och unga / Första linjen och En väg in", County.HALLAND);
        leads.put("Samsjuklighet och omfattande behov / Riktade insatser", County.VASTMANLAND);
        leads.put("Behovsanalyser / Regelbundna sammanhållna analyser", County.SODERMANLAND);
        leads.put("Samverkan / Mellan kommuner", County.SKANE);
        try (Project p = ProjectStores.openReadOnly(demo)) {
            CodeTree tree = new CodeTree(p.read(tx -> tx.codes().list()));
            List<Code> columns = leads.keySet().stream().map(tree::resolve).toList();
            CountyMatrix m = services.analyses().analysis().matrix(p, CodingFilter.ALL, columns, false);
            int col = 0;
            for (Map.Entry<String, County> e : leads.entrySet()) {
                int leader = m.segments(m.rows().indexOf(e.getValue()), col);
                for (County other : County.values()) {
                    if (other != e.getValue()) {
                        assertThat(m.segments(m.rows().indexOf(other), col))
                                .as(e.getKey() + ": " + other.shortName() + " below " + e.getValue().shortName())
                                .isLessThan(leader);
                    }
                }
                col++;
            }
            // the Sami population of the two northernmost inland counties: risk groups named most there
            CountyMatrix g = services.analyses().analysis().matrix(p, CodingFilter.ALL,
                    List.of(tree.resolve("Behovsanalyser / Målgrupper och riskgrupper")), false);
            int north = Math.min(g.segments(g.rows().indexOf(County.JAMTLAND), 0),
                    g.segments(g.rows().indexOf(County.NORRBOTTEN), 0));
            for (County other : County.values()) {
                if (other != County.JAMTLAND && other != County.NORRBOTTEN) {
                    assertThat(g.segments(g.rows().indexOf(other), 0)).as(other.shortName()).isLessThan(north);
                }
            }
        }
    }

    private static int column(CountyMatrix m, String theme) {
        for (int c = 0; c < m.columns().size(); c++) {
            if (m.columns().get(c).name().equals(theme)) {
                return c;
            }
        }
        throw new AssertionError("no column " + theme);
    }

    private interface Read<T> {
        T run(se.dialogcoder.store.UnitOfWork tx) throws se.dialogcoder.store.StoreException;
    }

    private static <T> T read(Project p, Read<T> work) {
        try {
            return p.read(work::run);
        } catch (se.dialogcoder.store.StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDocumentsOfTheTableAreTheSamples() throws Exception {
        Set<String> files = new HashSet<>();
        rows.forEach(r -> files.add(r.file()));
        try (Project p = ProjectStores.openReadOnly(demo)) {
            assertThat(files).containsExactlyInAnyOrderElementsOf(
                    p.read(tx -> tx.documents().list()).stream().map(Document::sourceFile).toList());
        }
    }
}
