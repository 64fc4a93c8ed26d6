package se.dialogcoder.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodeTotal;
import se.dialogcoder.model.CodingCount;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;

/**
 * The county × theme matrix: one row per county (all 21, and "Okänt län" when documents of unknown county are
 * in scope), one column per theme (a code counted together with its sub-codes). Three measures: segments
 * (codings), coverage (coded characters / characters of the county's documents, 0–1, overlaps counted once) and
 * presence (0/1), each with row and column totals.
 */
public final class CountyMatrix {
    /** What a cell shows. */
    public enum Measure { SEGMENTS, COVERAGE, PRESENCE }

    private final List<County> rows;
    private final List<Code> columns;
    private final int[][] segments;
    private final int[][] documents;
    private final long[][] characters;
    private final int[] rowSegments;
    private final long[] rowCharacters;
    private final long[] rowLength;
    private final int[] rowDocuments;
    private final boolean hasCoverage;

    private CountyMatrix(List<County> rows, List<Code> columns, boolean hasCoverage) {
        this.rows = rows;
        this.columns = columns;
        this.hasCoverage = hasCoverage;
        segments = new int[rows.size()][columns.size()];
        documents = new int[rows.size()][columns.size()];
        characters = new long[rows.size()][columns.size()];
        rowSegments = new int[rows.size()];
        rowCharacters = new long[rows.size()];
        rowLength = new long[rows.size()];
        rowDocuments = new int[rows.size()];
    }

    /** For each code, the columns it counts in (its own and its ancestors' columns). */
    public static Map<Long, long[]> columnGroups(CodeTree tree, List<Code> columns) {
        Map<Long, List<Long>> groups = new HashMap<>();
        for (Code col : columns) {
            for (long id : tree.subtree(col.id())) {
                groups.computeIfAbsent(id, k -> new ArrayList<>()).add(col.id());
            }
        }
        Map<Long, long[]> out = new HashMap<>();
        groups.forEach((k, v) -> out.put(k, v.stream().mapToLong(Long::longValue).toArray()));
        return out;
    }

    /**
     * @param columns the themes (usually the top-level codes)
     * @param documents the documents in scope
     * @param counts codings per document and code, within scope
     * @param characters coded characters per document and column code (and {@link CodedCharacters#ANY}) from
     *                   {@link CodedCharacters#groups} with {@link #columnGroups}; null when coverage is not needed
     */
    public static CountyMatrix build(CodeTree tree, List<Code> columns, List<Document> documents,
                                     List<CodingCount> counts, Map<Long, Map<Long, Long>> characters) {
        List<County> rows = new ArrayList<>(List.of(County.values()));
        if (documents.stream().anyMatch(d -> d.county() == null)) {
            rows.add(null);
        }
        CountyMatrix m = new CountyMatrix(Collections.unmodifiableList(rows), List.copyOf(columns),
                characters != null);
        Map<County, Integer> rowOf = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            rowOf.put(rows.get(r), r);
        }
        Map<Long, Integer> colOf = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            colOf.put(columns.get(c).id(), c);
        }
        Map<Long, long[]> groups = columnGroups(tree, columns);
        Map<Long, Integer> docRow = new HashMap<>();
        for (Document d : documents) {
            int r = rowOf.get(d.county());
            docRow.put(d.id(), r);
            m.rowLength[r] += d.characters();
            m.rowDocuments[r]++;
        }
        Set<Long> seen = new HashSet<>();
        for (CodingCount n : counts) {
            Integer r = docRow.get(n.documentId());
            long[] cols = groups.get(n.codeId());
            if (r == null || cols == null) {
                continue;
            }
            m.rowSegments[r] += n.segments();
            for (long col : cols) {
                int c = colOf.get(col);
                m.segments[r][c] += n.segments();
                if (seen.add(n.documentId() * 1_000_003L + c)) {
                    m.documents[r][c]++;
                }
            }
        }
        if (characters != null) {
            for (Map.Entry<Long, Map<Long, Long>> e : characters.entrySet()) {
                Integer r = docRow.get(e.getKey());
                if (r == null) {
                    continue;
                }
                for (Map.Entry<Long, Long> g : e.getValue().entrySet()) {
                    if (g.getKey() == CodedCharacters.ANY) {
                        m.rowCharacters[r] += g.getValue();
                    } else if (colOf.containsKey(g.getKey())) {
                        m.characters[r][colOf.get(g.getKey())] += g.getValue();
                    }
                }
            }
        }
        return m;
    }

    /**
     * The same matrix from totals kept on write, for columns that are the top-level themes (each code counts in
     * exactly one column): a cell is its theme's tree total in the county, a row total the county's total over
     * every code.
     *
     * @param totals per county and code, within scope, with {@link CodeTotal#ANY_CODE} rows
     * @param coverage whether to fill in coded characters
     */
    public static CountyMatrix fromTotals(List<Code> themes, List<Document> documents, List<CodeTotal> totals,
                                          boolean coverage) {
        List<County> rows = new ArrayList<>(List.of(County.values()));
        if (documents.stream().anyMatch(d -> d.county() == null)) {
            rows.add(null);
        }
        CountyMatrix m = new CountyMatrix(Collections.unmodifiableList(rows), List.copyOf(themes), coverage);
        Map<County, Integer> rowOf = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            rowOf.put(rows.get(r), r);
        }
        Map<Long, Integer> colOf = new HashMap<>();
        for (int c = 0; c < themes.size(); c++) {
            colOf.put(themes.get(c).id(), c);
        }
        for (Document d : documents) {
            int r = rowOf.get(d.county());
            m.rowLength[r] += d.characters();
            m.rowDocuments[r]++;
        }
        for (CodeTotal t : totals) {
            Integer r = rowOf.get(t.county());
            if (r == null) {
                continue;
            }
            if (t.codeId() == CodeTotal.ANY_CODE) {
                m.rowSegments[r] += t.segments();
                m.rowCharacters[r] += coverage ? t.characters() : 0;
            } else if (colOf.containsKey(t.codeId())) {
                int c = colOf.get(t.codeId());
                m.segments[r][c] += t.treeSegments();
                m.documents[r][c] += t.treeDocuments();
                m.characters[r][c] += coverage ? t.treeCharacters() : 0;
            }
        }
        return m;
    }

    /** The counties of the rows; null stands for "Okänt län". */
    public List<County> rows() {
        return rows;
    }

    public List<Code> columns() {
        return columns;
    }

    /** Whether coverage was computed. */
    public boolean hasCoverage() {
        return hasCoverage;
    }

    public int segments(int row, int column) {
        return segments[row][column];
    }

    /** Documents of the row's county with at least one segment of the column. */
    public int documents(int row, int column) {
        return documents[row][column];
    }

    /** Coded characters (overlaps counted once). */
    public long characters(int row, int column) {
        return characters[row][column];
    }

    /** Characters of all the row's documents in scope. */
    public long rowLength(int row) {
        return rowLength[row];
    }

    /** Documents of the row's county in scope. */
    public int rowDocuments(int row) {
        return rowDocuments[row];
    }

    public double cell(Measure measure, int row, int column) {
        return switch (measure) {
            case SEGMENTS -> segments[row][column];
            case PRESENCE -> segments[row][column] > 0 ? 1 : 0;
            case COVERAGE -> share(characters[row][column], rowLength[row]);
        };
    }

    /**
     * Row total: segments of any column; the number of themes present; the share of the county's characters
     * coded with any theme.
     */
    public double rowTotal(Measure measure, int row) {
        return switch (measure) {
            case SEGMENTS -> rowSegments[row];
            case PRESENCE -> {
                int n = 0;
                for (int c = 0; c < columns.size(); c++) {
                    n += segments[row][c] > 0 ? 1 : 0;
                }
                yield n;
            }
            case COVERAGE -> share(rowCharacters[row], rowLength[row]);
        };
    }

    /**
     * Column total: segments of the theme in all counties; the number of counties where it is present; its coded
     * characters over the characters of all documents in scope.
     */
    public double columnTotal(Measure measure, int column) {
        double sum = 0;
        long length = 0;
        for (int r = 0; r < rows.size(); r++) {
            sum += measure == Measure.COVERAGE ? characters[r][column] : cell(measure, r, column);
            length += rowLength[r];
        }
        return measure == Measure.COVERAGE ? share((long) sum, length) : sum;
    }

    /** Grand total: all segments; present cells; the share of all characters coded with any theme. */
    public double total(Measure measure) {
        double sum = 0;
        long coded = 0;
        long length = 0;
        for (int r = 0; r < rows.size(); r++) {
            sum += rowTotal(measure, r);
            coded += rowCharacters[r];
            length += rowLength[r];
        }
        return measure == Measure.COVERAGE ? share(coded, length) : sum;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
