package se.dialogcoder.app.exchange;

import se.dialogcoder.app.Project;
import se.dialogcoder.app.analysis.AnalysisService;
import se.dialogcoder.app.analysis.RetrievalService;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.exchange.DocxReport;
import se.dialogcoder.exchange.ExchangeException;
import se.dialogcoder.exchange.HtmlReport;
import se.dialogcoder.exchange.Report;
import se.dialogcoder.exchange.Table;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.model.Segment;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.StoreException;

/**
 * The report for evaluators: the frequency table (counties × themes, segments), then for each theme and county every
 * coded passage with its document, speaker, code, coder and memo. Written as HTML or DOCX, headings in Swedish.
 */
public final class ReportService {
    /**
     * A Word report is built in memory (Apache POI): about 10 KB of heap per passage. Larger reports are refused with
     * a message (narrow them, or write HTML, which has no such limit); 30 000 passages are some 3 000 pages.
     */
    public static final int MAX_DOCX_PASSAGES = 30_000;
    private final TableExportService tables;
    private final RetrievalService retrieval;
    private final AnalysisService analysis;
    private final String generator;
    private final int maxDocxPassages;

    /** The report's file format. */
    public enum Format { HTML, DOCX }

    /** What was written. */
    public record Result(Path file, int themes, int passages) {
    }

    public ReportService(TableExportService tables, RetrievalService retrieval, AnalysisService analysis,
                         String generator) {
        this(tables, retrieval, analysis, generator, MAX_DOCX_PASSAGES);
    }

    ReportService(TableExportService tables, RetrievalService retrieval, AnalysisService analysis, String generator,
                  int maxDocxPassages) {
        this.tables = tables;
        this.retrieval = retrieval;
        this.analysis = analysis;
        this.generator = generator;
        this.maxDocxPassages = maxDocxPassages;
    }

    /**
     * Builds and writes the report (the file appears only when complete).
     *
     * @param codes the themes (paths or ids) to report; empty = every top-level theme
     * @throws IllegalArgumentException when a code path is unknown or ambiguous
     */
    public Result export(Project project, Path out, Format format, CodingFilter filter, List<String> codes)
            throws StoreException, ExchangeException {
        Report report = build(project, filter, codes);
        int passages = report.themes().stream().mapToInt(Report.Theme::passages).sum();
        if (format == Format.DOCX && passages > maxDocxPassages) {
            throw new ExchangeException(UserMessage.of("err.report.tooLarge", "{0}: a Word report of {1} coded "
                    + "passages is too large (at most {2}); nothing was written. Choose fewer themes, counties or one "
                    + "coder, or write the report as HTML.", String.valueOf(out.getFileName()), passages,
                    maxDocxPassages));
        }
        if (format == Format.DOCX) {
            new DocxReport().write(report, out);
        } else {
            new HtmlReport().write(report, out);
        }
        return new Result(out, report.themes().size(), passages);
    }

    public Report build(Project project, CodingFilter filter, List<String> codes) throws StoreException {
        CodingFilter f = filter == null ? CodingFilter.ALL : filter;
        CodeTree tree = analysis.codeTree(project);
        List<Code> chosen = TableExportService.resolve(tree, codes == null ? List.of() : codes);
        List<Code> themes = chosen.isEmpty() ? tree.roots() : chosen;
        ProjectInfo info = project.info();
        Table frequencies = countyColumn(tables.matrix(project, f, themes, List.of(CountyMatrix.Measure.SEGMENTS))
                .get(0));
        List<Report.Theme> sections = new ArrayList<>();
        for (Code theme : themes) {
            Map<String, List<Report.Passage>> byCounty = new LinkedHashMap<>();
            List<Segment> segments = retrieval.segments(project, f.withCodes(Set.of(theme.id())), true, 0, 0);
            for (Segment s : segments) {
                byCounty.computeIfAbsent(countyLabel(s.county()), k -> new ArrayList<>()).add(new Report.Passage(
                        s.documentName(), s.speaker(), tree.path(s.codeId()), s.coder(), s.passage(), s.memo()));
            }
            List<Report.CountyPassages> counties = new ArrayList<>();
            byCounty.forEach((county, passages) -> counties.add(new Report.CountyPassages(county, passages)));
            sections.add(new Report.Theme(tree.path(theme.id()), segments.size(), counties));
        }
        return new Report("Rapport: " + info.name(), facts(info, f, chosen, tree), frequencies,
                "Antal kodade avsnitt (segment) per län och tema. Ett tema räknas tillsammans med sina underkoder; "
                        + "alla 21 län visas, även de utan kodade avsnitt.", sections, generator);
    }

    /** The matrix table with its two county columns (code, name) joined into one, "12 Skåne län". */
    private static Table countyColumn(Table matrix) {
        List<String> header = new ArrayList<>(matrix.header().subList(1, matrix.header().size()));
        List<Table.Row> rows = new ArrayList<>();
        for (Table.Row r : matrix.rows()) {
            List<Table.Cell> cells = new ArrayList<>(r.cells().subList(1, r.cells().size()));
            String code = r.cells().get(0) instanceof Table.Text t ? t.value() : "";
            String name = r.cells().get(1) instanceof Table.Text t ? t.value() : "";
            cells.set(0, Table.text((code + " " + name).strip()));
            rows.add(new Table.Row(cells, r.total()));
        }
        return new Table(matrix.name(), header, rows);
    }

    private static String countyLabel(County c) {
        return c == null ? TableExportService.UNKNOWN_COUNTY : c.code() + " " + c.officialName();
    }

    private static List<String> facts(ProjectInfo info, CodingFilter f, List<Code> chosen, CodeTree tree) {
        List<String> out = new ArrayList<>();
        String round = f.round() != null ? f.round() : info.round();
        if (round != null) {
            out.add("Omgång: " + round);
        }
        out.add(f.coders().isEmpty() ? "Kodningar: alla kodare"
                : "Kodningar av: " + f.coders().stream().sorted().collect(Collectors.joining(", ")));
        if (!f.counties().isEmpty() || f.unknownCounty()) {
            List<String> counties = new ArrayList<>();
            f.counties().stream().sorted().forEach(c -> counties.add(c.officialName()));
            if (f.unknownCounty()) {
                counties.add(TableExportService.UNKNOWN_COUNTY);
            }
            out.add("Län: " + String.join(", ", counties));
        }
        if (f.kind() != null) {
            out.add("Dokumenttyp: " + (f.kind() == se.dialogcoder.model.DocumentKind.TRANSCRIPT ? "transkript"
                    : "anteckningar"));
        }
        f.attributes().forEach((k, v) -> out.add("Attribut: " + k + " = " + v));
        if (!chosen.isEmpty()) {
            out.add("Teman: " + chosen.stream().map(c -> tree.path(c.id())).collect(Collectors.joining("; ")));
        }
        out.add("Skapad: " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        return out;
    }
}
