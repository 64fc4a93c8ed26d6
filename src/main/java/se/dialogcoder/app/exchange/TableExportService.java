package se.dialogcoder.app.exchange;

import se.dialogcoder.app.Project;
import se.dialogcoder.app.analysis.AnalysisService;
import se.dialogcoder.app.analysis.RetrievalService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.analysis.CountyMatrix.Measure;
import se.dialogcoder.analysis.Frequencies;
import se.dialogcoder.exchange.ExchangeException;
import se.dialogcoder.exchange.Table;
import se.dialogcoder.exchange.TableWriter;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Segment;
import se.dialogcoder.store.StoreException;

/**
 * The tables for Excel: the county × theme matrix (segments, coverage, presence, with totals), theme frequencies and
 * coded segments, built from the analysis and retrieval the app shows, written as CSV or XLSX. Headers are Swedish,
 * the language of the people who read them.
 */
public final class TableExportService {
    /** The label of documents of unknown county. */
    public static final String UNKNOWN_COUNTY = "Okänt län";
    private final AnalysisService analysis;
    private final RetrievalService retrieval;
    private final TableWriter writer;

    /** Which table. */
    public enum What {
        MATRIX, FREQUENCIES, SEGMENTS;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which file format. */
    public enum Format { CSV, XLSX }

    /**
     * An export.
     *
     * @param csvStyle comma or Swedish-Excel semicolon style (CSV only)
     * @param measures the matrix measures: one table (sheet) each; CSV holds one
     * @param filter the codings and documents to count
     * @param codes code paths (or ids): the matrix's columns, or the codes (with their sub-codes) of the frequencies
     *              and segments; empty = the top-level themes / every code
     */
    public record Request(What what, Format format, TableWriter.CsvStyle csvStyle, List<Measure> measures,
                         CodingFilter filter, List<String> codes) {
        public Request {
            measures = measures == null || measures.isEmpty() ? List.of(Measure.SEGMENTS) : List.copyOf(measures);
            codes = codes == null ? List.of() : List.copyOf(codes);
            filter = filter == null ? CodingFilter.ALL : filter;
            if (format == Format.CSV && what == What.MATRIX && measures.size() > 1) {
                throw new IllegalArgumentException("a CSV file holds one measure of the matrix");
            }
        }
    }

    /** What was written: the tables (sheets) and their rows, headers not counted. */
    public record Result(Path file, List<String> tables, int rows) {
    }

    public TableExportService(AnalysisService analysis, RetrievalService retrieval, TableWriter writer) {
        this.analysis = analysis;
        this.retrieval = retrieval;
        this.writer = writer;
    }

    /**
     * Builds the tables and writes the file (it appears only when complete).
     *
     * @throws IllegalArgumentException when a code path is unknown or ambiguous (the message says which)
     */
    public Result export(Project project, Path out, Request request) throws StoreException, ExchangeException {
        List<Table> tables = tables(project, request);
        if (request.format() == Format.CSV) {
            writer.writeCsv(tables.get(0), out, request.csvStyle() == null ? TableWriter.CsvStyle.COMMA
                    : request.csvStyle());
        } else {
            writer.writeXlsx(tables, out);
        }
        return new Result(out, tables.stream().map(Table::name).toList(),
                tables.stream().mapToInt(t -> t.rows().size()).sum());
    }

    /** The tables of a request, as they would be written. */
    public List<Table> tables(Project project, Request request) throws StoreException {
        CodeTree tree = analysis.codeTree(project);
        List<Code> codes = resolve(tree, request.codes());
        return switch (request.what()) {
            case MATRIX -> matrix(project, request.filter(), codes.isEmpty() ? null : codes, request.measures());
            case FREQUENCIES -> List.of(frequencies(project, request.filter(), codes));
            case SEGMENTS -> List.of(segments(project, request.filter(), codes));
        };
    }

    /** Codes by path, id or unique name, in the order given, each once. */
    public static List<Code> resolve(CodeTree tree, List<String> paths) {
        Set<Code> out = new LinkedHashSet<>();
        for (String p : paths) {
            out.add(tree.resolve(p));
        }
        return List.copyOf(out);
    }

    /** Sheet names of the matrix measures. */
    public static String measureName(Measure m) {
        return switch (m) {
            case SEGMENTS -> "Segment";
            case COVERAGE -> "Täckning";
            case PRESENCE -> "Förekomst";
        };
    }

    /**
     * The county × theme matrix, one table per measure: the 21 counties (and "Okänt län" when such documents are in
     * scope) with a total row, the themes with a total column.
     *
     * @param columns the themes (null = the top-level codes)
     */
    public List<Table> matrix(Project project, CodingFilter filter, List<Code> columns, List<Measure> measures)
            throws StoreException {
        CodeTree tree = analysis.codeTree(project);
        CountyMatrix m = analysis.matrix(project, filter, columns, measures.contains(Measure.COVERAGE));
        List<String> header = new ArrayList<>(List.of("Länskod", "Län"));
        for (Code c : m.columns()) {
            header.add(tree.path(c.id()));
        }
        header.add("Totalt");
        List<Table> out = new ArrayList<>();
        for (Measure measure : measures) {
            List<Table.Row> rows = new ArrayList<>();
            for (int r = 0; r < m.rows().size(); r++) {
                County county = m.rows().get(r);
                List<Table.Cell> cells = new ArrayList<>();
                cells.add(Table.text(county == null ? "" : county.code()));
                cells.add(Table.text(county == null ? UNKNOWN_COUNTY : county.officialName()));
                for (int c = 0; c < m.columns().size(); c++) {
                    cells.add(cell(measure, m.cell(measure, r, c)));
                }
                cells.add(cell(measure, m.rowTotal(measure, r)));
                rows.add(new Table.Row(cells, false));
            }
            List<Table.Cell> total = new ArrayList<>(List.of(Table.text(""), Table.text("Totalt")));
            for (int c = 0; c < m.columns().size(); c++) {
                total.add(cell(measure, m.columnTotal(measure, c)));
            }
            total.add(cell(measure, m.total(measure)));
            rows.add(new Table.Row(total, true));
            out.add(new Table(measureName(measure), header, rows));
        }
        return out;
    }

    private static Table.Cell cell(Measure measure, double value) {
        return measure == Measure.COVERAGE ? Table.share(value) : Table.count(Math.round(value));
    }

    /**
     * Theme frequencies over all documents in scope: every code (or the given codes and their sub-codes), each
     * counted together with its sub-codes.
     */
    public Table frequencies(Project project, CodingFilter filter, List<Code> codes) throws StoreException {
        CodeTree tree = analysis.codeTree(project);
        Set<Long> wanted = subtrees(tree, codes);
        List<Table.Row> rows = new ArrayList<>();
        for (Frequencies.Row f : analysis.frequencies(project, filter, true, false)) {
            if (wanted != null && !wanted.contains(f.code().id())) {
                continue;
            }
            rows.add(Table.Row.of(Table.text(f.path()), Table.count(tree.selfAndAncestors(f.code().id()).size()),
                    Table.count(f.segments()), Table.count(f.documents()), Table.count(f.counties()),
                    Table.count(f.characters()), Table.share(f.coverage()), Table.text(f.code().uid())));
        }
        return new Table("Temafrekvenser", List.of("Kod", "Nivå", "Segment", "Dokument", "Län", "Kodade tecken",
                "Täckning (%)", "Kod-id"), rows);
    }

    /** Every coded passage (of the given codes and their sub-codes), ordered by county, document and position. */
    public Table segments(Project project, CodingFilter filter, List<Code> codes) throws StoreException {
        CodeTree tree = analysis.codeTree(project);
        CodingFilter f = codes.isEmpty() ? filter : filter.withCodes(ids(codes));
        List<Table.Row> rows = new ArrayList<>();
        for (Segment s : retrieval.segments(project, f, true, 0, 0)) {
            rows.add(Table.Row.of(Table.text(s.county() == null ? "" : s.county().code()),
                    Table.text(s.county() == null ? UNKNOWN_COUNTY : s.county().officialName()),
                    Table.text(s.documentName()), Table.text(s.speaker()), Table.text(tree.path(s.codeId())),
                    Table.text(s.passage()), Table.text(s.coder()), Table.text(s.memo()), Table.count(s.start()),
                    Table.count(s.end())));
        }
        return new Table("Kodade segment", List.of("Länskod", "Län", "Dokument", "Talare", "Kod", "Text", "Kodare",
                "Memo", "Start", "Slut"), rows);
    }

    private static Set<Long> ids(List<Code> codes) {
        Set<Long> out = new HashSet<>();
        codes.forEach(c -> out.add(c.id()));
        return out;
    }

    private static Set<Long> subtrees(CodeTree tree, List<Code> codes) {
        if (codes.isEmpty()) {
            return null;
        }
        Set<Long> out = new HashSet<>();
        codes.forEach(c -> out.addAll(tree.subtree(c.id())));
        return out;
    }
}
