package se.dialogcoder.app;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.exchange.ExchangeException;
import se.dialogcoder.exchange.FrequencyRun;
import se.dialogcoder.exchange.FrequencyStore;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.store.ProjectFile;
import se.dialogcoder.store.StoreException;

/**
 * Exports theme frequencies per county into the frequency store: the county × theme matrix of the analysis with
 * every code of the codebook as a column (each counted with its sub-codes), so the numbers in the store are the
 * numbers the app shows.
 */
public final class FrequencyExportService {
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
    public FrequencyStore.Result export(ProjectFile project, Path storeFile, String round, String coder)
            throws StoreException, ExchangeException {
        return store.write(storeFile, run(project, round, coder));
    }

    /** The run as it would be written. */
    public FrequencyRun run(ProjectFile project, String round, String coder) throws StoreException {
        if (round == null || round.isBlank()) {
            throw new IllegalArgumentException("give the round the numbers belong to, e.g. 2025");
        }
        String who = coder == null || coder.isBlank() ? null : coder.strip();
        CodingFilter filter = who == null ? CodingFilter.ALL : CodingFilter.ALL.withCoders(Set.of(who));
        ProjectInfo info = project.info();
        CodeTree tree = analysis.codeTree(project);
        List<Code> codes = tree.all();
        CountyMatrix matrix = analysis.matrix(project, filter, codes, true);
        List<FrequencyRun.Theme> themes = new ArrayList<>();
        for (Code c : codes) {
            themes.add(new FrequencyRun.Theme(c.id(), c.uid(), c.parentId(), tree.path(c.id()), c.name(), c.nameEn(),
                    tree.selfAndAncestors(c.id()).size() - 1));
        }
        List<FrequencyRun.Cell> cells = new ArrayList<>();
        for (int r = 0; r < matrix.rows().size(); r++) {
            County county = matrix.rows().get(r);
            if (county == null) {
                continue;
            }
            boolean hasDocuments = matrix.rowDocuments(r) > 0;
            for (int col = 0; col < codes.size(); col++) {
                cells.add(new FrequencyRun.Cell(county, codes.get(col).id(), matrix.segments(r, col),
                        matrix.documents(r, col), matrix.characters(r, col),
                        hasDocuments ? matrix.cell(CountyMatrix.Measure.COVERAGE, r, col) : null));
            }
        }
        return new FrequencyRun(Instant.now().truncatedTo(ChronoUnit.SECONDS), info.id(), info.name(), round, who,
                appVersion, themes, cells);
    }
}
