package se.dialogcoder.app.exchange;

import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.model.FrequencyWrite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.analysis.Frequencies;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.Texts;
import se.dialogcoder.store.FrequencyStore;

/** The numbers in the frequency store are the numbers of the analysis, county by county and code by code. */
class FrequencyExportServiceTest {
    @TempDir
    static Path dir;
    static ExportFixture fixture;

    @BeforeAll
    static void build() throws Exception {
        fixture = new ExportFixture(dir);
    }

    /** One frequency row of the store: county code + "|" + theme path → segments, documents, characters, words, coverage. */
    private static Map<String, Object[]> storeRows(Path store, String round) throws Exception {
        Map<String, Object[]> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT f.county_code, t.path, f.segments, f.documents, f.characters, "
                     + "f.words, f.coverage FROM frequency f JOIN run ON run.id = f.run_id JOIN theme t "
                     + "ON t.id = f.theme_id WHERE run.round = '" + round + "'")) {
            while (r.next()) {
                out.put(r.getString(1) + "|" + r.getString(2), new Object[] {r.getInt(3), r.getInt(4), r.getLong(5),
                    r.getObject(6) == null ? null : r.getLong(6), r.getObject(7) == null ? null : r.getDouble(7)});
            }
        }
        return out;
    }

    @Test
    void everyCountyAndThemeInTheStoreEqualsTheMatrixAndTheFrequenciesOfTheApp() throws Exception {
        Path store = dir.resolve("frekvenser.sqlite");
        Services services = fixture.services;
        try (Project p = ProjectStores.openReadOnly(fixture.project)) {
            FrequencyWrite result = services.exchanges().frequencyExport().export(p, store, "2025", null);
            assertThat(result.rows()).isEqualTo(21 * services.analyses().analysis().codeTree(p).all().size());
            Map<String, Object[]> rows = storeRows(store, "2025");
            assertThat(rows).hasSize(result.rows());

            CountyMatrix matrix = services.analyses().analysis().matrix(p, CodingFilter.ALL, null, true);
            int compared = 0;
            for (int r = 0; r < matrix.rows().size(); r++) {
                County county = matrix.rows().get(r);
                if (county == null) {
                    continue;
                }
                for (int col = 0; col < matrix.columns().size(); col++) {
                    Object[] row = rows.get(county.code() + "|" + matrix.columns().get(col).name());
                    assertThat(row[0]).isEqualTo(matrix.segments(r, col));
                    assertThat(row[1]).isEqualTo(matrix.documents(r, col));
                    assertThat(row[2]).isEqualTo(matrix.characters(r, col));
                    assertThat((Double) row[4]).isCloseTo(matrix.cell(CountyMatrix.Measure.COVERAGE, r, col),
                            within(1e-12));
                    compared += matrix.segments(r, col) > 0 ? 1 : 0;
                }
            }
            assertThat(compared).as("non-empty theme cells compared").isGreaterThan(60);

            List<Frequencies.Row> frequencies = services.analyses().analysis().frequencies(p, CodingFilter.ALL, true, true);
            int nonEmpty = 0;
            for (Frequencies.Row f : frequencies) {
                if (f.county() == null) {
                    continue;
                }
                Object[] row = rows.get(f.county().code() + "|" + f.path());
                assertThat(row).as(f.path()).isNotNull();
                assertThat(row[0]).as(f.path()).isEqualTo(f.segments());
                assertThat(row[1]).isEqualTo(f.documents());
                assertThat(row[2]).isEqualTo(f.characters());
                assertThat((Double) row[4]).isCloseTo(f.coverage(), within(1e-12));
                nonEmpty += f.segments() > 0 ? 1 : 0;
            }
            assertThat(nonEmpty).isGreaterThan(150);
            assertThat(words(p)).isEqualTo(rows.entrySet().stream().filter(e -> (Long) e.getValue()[3] > 0)
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> (Long) e.getValue()[3])));
            int segmentsInStore = rows.entrySet().stream().filter(e -> !e.getKey().contains(" / "))
                    .mapToInt(e -> (Integer) e.getValue()[0]).sum();
            int ofKnownCounties = 0;
            for (Document d : p.read(tx -> tx.documents().list())) {
                ofKnownCounties += d.county() == null ? 0 : p.read(tx -> tx.codings().forDocument(d.id())).size();
            }
            assertThat(segmentsInStore).as("every coding of a document of known county, once")
                    .isEqualTo(ofKnownCounties).isGreaterThan(200);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT unknown_county_documents, coder_filter, project_name FROM run")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).isEqualTo(1);
                assertThat(r.getString(2)).isNull();
                assertThat(r.getString(3)).isEqualTo("Exportprojekt");
            }
            try (ResultSet r = s.executeQuery("SELECT count(*), sum(documents), min(characters) FROM run_county")) {
                assertThat(r.getInt(1)).isEqualTo(21);
                assertThat(r.getInt(2)).isEqualTo(21);
                assertThat(r.getInt(3)).isGreaterThan(1000);
            }
        }
    }

    /**
     * Words of the coded text per county and code, worked out independently: a mask of coded code points per
     * document and code (with its sub-codes), words counted in each coded stretch.
     */
    private static Map<String, Long> words(Project p) throws Exception {
        CodeTree tree = new CodeTree(p.read(tx -> tx.codes().list()));
        Map<String, Long> out = new HashMap<>();
        for (Document d : p.read(tx -> tx.documents().list())) {
            if (d.county() == null) {
                continue;
            }
            String text = p.read(tx -> tx.documents().text(d.id()));
            int[] cps = text.codePoints().toArray();
            List<Coding> codings = p.read(tx -> tx.codings().forDocument(d.id()));
            for (Code code : tree.all()) {
                Set<Long> subtree = tree.subtree(code.id());
                boolean[] coded = new boolean[cps.length];
                for (Coding c : codings) {
                    if (subtree.contains(c.codeId())) {
                        for (int i = c.start(); i < c.end(); i++) {
                            coded[i] = true;
                        }
                    }
                }
                long words = 0;
                StringBuilder stretch = new StringBuilder();
                for (int i = 0; i <= cps.length; i++) {
                    if (i < cps.length && coded[i]) {
                        stretch.appendCodePoint(cps[i]);
                    } else if (stretch.length() > 0) {
                        words += Texts.countWords(stretch.toString());
                        stretch.setLength(0);
                    }
                }
                if (words > 0) {
                    out.merge(d.county().code() + "|" + tree.path(code.id()), words, Long::sum);
                }
            }
        }
        return out;
    }

    @Test
    void oneCodersRunCountsOnlyTheirCodingsAndIsRecordedAsSuch() throws Exception {
        Path store = dir.resolve("bo.sqlite");
        try (Project p = ProjectStores.openReadOnly(fixture.project)) {
            fixture.services.exchanges().frequencyExport().export(p, store, "2025-bo", "Bo");
            Map<String, Object[]> rows = storeRows(store, "2025-bo");
            CountyMatrix bo = fixture.services.analyses().analysis().matrix(p, CodingFilter.ALL.withCoders(Set.of("Bo")), null,
                    true);
            CountyMatrix all = fixture.services.analyses().analysis().matrix(p, CodingFilter.ALL, null, false);
            assertThat(bo.total(CountyMatrix.Measure.SEGMENTS)).isLessThan(all.total(CountyMatrix.Measure.SEGMENTS));
            for (int r = 0; r < 21; r++) {
                for (int col = 0; col < bo.columns().size(); col++) {
                    assertThat(rows.get(bo.rows().get(r).code() + "|" + bo.columns().get(col).name())[0])
                            .isEqualTo(bo.segments(r, col));
                }
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT coder_filter, round FROM run")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("Bo");
            assertThat(r.getString(2)).isEqualTo("2025-bo");
        }
    }
}
