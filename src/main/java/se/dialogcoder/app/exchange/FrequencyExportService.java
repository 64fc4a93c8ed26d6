package se.dialogcoder.app.exchange;

import se.dialogcoder.app.Project;
import se.dialogcoder.app.analysis.AnalysisService;
import se.dialogcoder.model.FrequencyWrite;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.analysis.CodedWords;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.store.FrequencyRun;
import se.dialogcoder.store.FrequencyStore;
import se.dialogcoder.store.StoreException;

/**
 * Exports theme frequencies per county into the frequency store: the county × theme matrix of the analysis with
 * every code of the codebook as a column (each counted with its sub-codes), so the numbers in the store are the
 * numbers the app shows.
 */
public final class FrequencyExportService {
    /** The file name a new frequency store gets unless the user chooses another. */
    public static final String DEFAULT_FILE_NAME = FrequencyStore.DEFAULT_FILE_NAME;
    private final AnalysisService analysis;
    private final FrequencyStore store;
    private final String appVersion;

    public FrequencyExportService(AnalysisService analysis, FrequencyStore store, String appVersion) {
        this.analysis = analysis;
        this.store = store;
        this.appVersion = appVersion;
    }

    /**
     * Counts the project and writes the run into the store (replacing an earlier run of the same project and round).
     *
     * @param coder only this coder's codings; null or blank for everyone's
     */
    public FrequencyWrite export(Project project, Path storeFile, String round, String coder)
            throws StoreException {
        return store.write(storeFile, run(project, round, coder));
    }

    /** The run as it would be written. */
    public FrequencyRun run(Project project, String round, String coder) throws StoreException {
        if (round == null || round.isBlank()) {
            throw new IllegalArgumentException("give the round the numbers belong to, e.g. 2025");
        }
        String who = coder == null || coder.isBlank() ? null : coder.strip();
        CodingFilter filter = who == null ? CodingFilter.ALL : CodingFilter.ALL.withCoders(Set.of(who));
        ProjectInfo info = project.info();
        CodeTree tree = analysis.codeTree(project);
        List<Code> codes = tree.all();
        CountyMatrix matrix = analysis.matrix(project, filter, codes, true);
        Map<Long, Map<Long, Long>> words = codedWords(project, filter, CountyMatrix.columnGroups(tree, codes));
        Map<County, Long> countyWords = new EnumMap<>(County.class);
        Map<Long, County> countyOf = new HashMap<>();
        int unknown = 0;
        for (Document d : project.read(tx -> tx.documents().matching(filter))) {
            countyOf.put(d.id(), d.county());
            if (d.county() == null) {
                unknown++;
            } else {
                countyWords.merge(d.county(), (long) d.words(), Long::sum);
            }
        }
        Map<County, Map<Long, Long>> wordsByCounty = new EnumMap<>(County.class);
        words.forEach((doc, perCode) -> {
            County county = countyOf.get(doc);
            if (county != null) {
                Map<Long, Long> into = wordsByCounty.computeIfAbsent(county, k -> new HashMap<>());
                perCode.forEach((code, n) -> into.merge(code, n, Long::sum));
            }
        });
        List<FrequencyRun.Theme> themes = new ArrayList<>();
        for (Code c : codes) {
            themes.add(new FrequencyRun.Theme(c.id(), c.uid(), c.parentId(), tree.path(c.id()), c.name(), c.nameEn(),
                    tree.selfAndAncestors(c.id()).size() - 1));
        }
        List<FrequencyRun.Cell> cells = new ArrayList<>();
        List<FrequencyRun.CountyTotals> counties = new ArrayList<>();
        for (int r = 0; r < matrix.rows().size(); r++) {
            County county = matrix.rows().get(r);
            if (county == null) {
                continue;
            }
            counties.add(new FrequencyRun.CountyTotals(county, matrix.rowDocuments(r), matrix.rowLength(r),
                    countyWords.getOrDefault(county, 0L)));
            boolean hasDocuments = matrix.rowDocuments(r) > 0;
            Map<Long, Long> w = wordsByCounty.getOrDefault(county, Map.of());
            for (int col = 0; col < codes.size(); col++) {
                long code = codes.get(col).id();
                cells.add(new FrequencyRun.Cell(county, code, matrix.segments(r, col), matrix.documents(r, col),
                        matrix.characters(r, col), w.getOrDefault(code, 0L),
                        hasDocuments ? matrix.cell(CountyMatrix.Measure.COVERAGE, r, col) : null));
            }
        }
        return new FrequencyRun(Instant.now().truncatedTo(ChronoUnit.SECONDS), info.id(), info.name(), round, who,
                appVersion, themes, counties, cells, unknown);
    }

    /**
     * Words in the coded text per document and code (each code with its sub-codes), overlaps counted once. Reads the
     * text of every document with codings once.
     */
    static Map<Long, Map<Long, Long>> codedWords(Project project, CodingFilter filter, Map<Long, long[]> groups)
            throws StoreException {
        return project.read(tx -> {
            Map<Long, List<long[]>> spans = new LinkedHashMap<>();
            tx.counts().spans(filter, (doc, code, start, end) ->
                    spans.computeIfAbsent(doc, k -> new ArrayList<>()).add(new long[] {code, start, end}));
            Map<Long, Map<Long, Long>> out = new HashMap<>();
            CodedWords words = new CodedWords(groups);
            for (Map.Entry<Long, List<long[]>> e : spans.entrySet()) {
                for (long[] s : e.getValue()) {
                    words.add(s[0], (int) s[1], (int) s[2]);
                }
                out.put(e.getKey(), words.count(tx.documents().text(e.getKey())));
            }
            return out;
        });
    }
}
