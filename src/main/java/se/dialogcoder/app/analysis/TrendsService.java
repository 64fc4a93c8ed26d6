package se.dialogcoder.app.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.dialogcoder.analysis.Trends;
import se.dialogcoder.exchange.ExchangeException;
import se.dialogcoder.exchange.Table;
import se.dialogcoder.exchange.TableWriter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.FrequencyHistory;
import se.dialogcoder.store.FrequencyStore;
import se.dialogcoder.store.StoreException;

/**
 * Rounds compared (Analys → Jämför omgångar, {@code dialogcoder trends}): reads a frequency store without changing
 * it and compares its runs per county and theme ({@link Trends}); the comparison as a CSV table.
 */
public final class TrendsService {
    /** The columns of the CSV table: one line per county, theme and run. */
    public static final List<String> CSV_HEADER = List.of("county", "county_name", "theme", "theme_uid", "round",
            "project", "coder", "run", "segments", "share", "coverage");
    private final FrequencyStore store;
    private final TableWriter tables;

    public TrendsService(FrequencyStore store, TableWriter tables) {
        this.store = store;
        this.tables = tables;
    }

    /** Every run of the store; the file is not changed. */
    public FrequencyHistory read(Path storeFile) throws StoreException {
        return store.read(storeFile);
    }

    /** The rounds side by side and the changes, biggest first (see {@link Trends}). */
    public Trends.Result compare(FrequencyHistory history, Set<County> counties, Set<String> themeUids,
                                 Trends.Measure rankedBy) {
        return Trends.compare(history, counties, themeUids, rankedBy);
    }

    /** One line per county, theme and run, as {@link #CSV_HEADER} names the fields (coder empty = every coder). */
    public static List<List<Object>> lines(Trends.Result result) {
        List<List<Object>> out = new ArrayList<>();
        for (Trends.Row row : result.rows()) {
            for (Trends.Column c : result.columns()) {
                Trends.Value v = row.values().get(c.index());
                if (v == null) {
                    continue;
                }
                out.add(java.util.Arrays.asList(row.county().code(), row.county().officialName(), row.theme().path(),
                        row.theme().uid(), c.round(), c.run().projectName(), c.run().coder(), c.run().id(),
                        v.segments(), v.share(), v.coverage()));
            }
        }
        return out;
    }

    /** Writes {@link #lines} as a CSV file (appears only when complete), share and coverage in percent. */
    public void writeCsv(Trends.Result result, Path out, TableWriter.CsvStyle style) throws ExchangeException {
        List<Table.Row> rows = new ArrayList<>();
        for (List<Object> line : lines(result)) {
            List<Table.Cell> cells = new ArrayList<>();
            for (int i = 0; i < line.size(); i++) {
                Object v = line.get(i);
                cells.add(v == null ? Table.blank() : i >= 9 ? Table.share(((Number) v).doubleValue())
                        : v instanceof Number n ? Table.count(n.longValue()) : Table.text(v.toString()));
            }
            rows.add(new Table.Row(cells, false));
        }
        List<String> header = new ArrayList<>(CSV_HEADER.subList(0, 9));
        header.addAll(List.of("share_percent", "coverage_percent")); // the file writes shares as percentages
        tables.writeCsv(new Table("trends", header, rows), out, style);
    }
}
