package se.dialogcoder.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodeTotal;
import se.dialogcoder.model.CodingCount;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;

/**
 * Theme frequencies: for each code, how many codings (segments), in how many documents and counties, how many
 * characters are coded (the union of the code's codings in each document, so overlaps count once) and the
 * coverage: coded characters / all characters of the documents in scope.
 */
public final class Frequencies {
    private Frequencies() {
    }

    /**
     * One line of the table.
     *
     * @param allCounties true for a line over all documents in scope (then {@code county} is null)
     * @param county the county of a per-county line; null with {@code allCounties} false = unknown county
     * @param counties number of distinct known counties with at least one segment
     * @param coverage coded characters / characters of the documents in scope (0–1)
     */
    public record Row(boolean allCounties, County county, Code code, String path, int segments, int documents,
                      int counties, long characters, double coverage) {
    }

    /**
     * @param documents the documents in scope (the denominators of coverage)
     * @param counts codings per document and code, within scope
     * @param characters coded characters per document and group as computed by {@link CodedCharacters} with the
     *                   same grouping (own code or with sub-codes)
     * @param withSubcodes count a code together with its sub-codes
     * @param byCounty one block of lines per county (those with documents in scope) instead of one over all
     */
    public static List<Row> compute(CodeTree tree, List<Document> documents, List<CodingCount> counts,
                                    Map<Long, Map<Long, Long>> characters, boolean withSubcodes, boolean byCounty) {
        Map<Long, Document> docs = new HashMap<>();
        Map<String, Long> length = lengths(documents, byCounty);
        Map<String, County> keyCounty = new HashMap<>();
        for (County c : County.values()) {
            keyCounty.put(c.code(), c);
        }
        for (Document d : documents) {
            docs.put(d.id(), d);
        }
        Map<String, Cell> cells = new HashMap<>();
        for (CodingCount n : counts) {
            Document d = docs.get(n.documentId());
            if (d == null) {
                continue;
            }
            for (long group : groups(tree, n.codeId(), withSubcodes)) {
                Cell cell = cells.computeIfAbsent(key(d, byCounty) + "|" + group, k -> new Cell());
                cell.segments += n.segments();
                cell.documents.add(d.id());
                if (d.county() != null) {
                    cell.counties.add(d.county());
                }
            }
        }
        for (Map.Entry<Long, Map<Long, Long>> e : characters.entrySet()) {
            Document d = docs.get(e.getKey());
            if (d == null) {
                continue;
            }
            for (Map.Entry<Long, Long> g : e.getValue().entrySet()) {
                cells.computeIfAbsent(key(d, byCounty) + "|" + g.getKey(), k -> new Cell()).characters += g.getValue();
            }
        }
        List<Row> out = new ArrayList<>();
        for (Map.Entry<String, Long> k : length.entrySet()) {
            for (Code code : tree.all()) {
                Cell cell = cells.getOrDefault(k.getKey() + "|" + code.id(), new Cell());
                double coverage = k.getValue() == 0 ? 0 : (double) cell.characters / k.getValue();
                out.add(new Row(!byCounty, keyCounty.get(k.getKey()), code, tree.path(code.id()), cell.segments,
                        cell.documents.size(), cell.counties.size(), cell.characters, coverage));
            }
        }
        return out;
    }

    /**
     * The same table from totals kept on write.
     *
     * @param totals per county and code, within scope
     */
    public static List<Row> fromTotals(CodeTree tree, List<Document> documents, List<CodeTotal> totals,
                                       boolean withSubcodes, boolean byCounty) {
        Map<String, Long> length = lengths(documents, byCounty);
        Map<String, County> keyCounty = new HashMap<>();
        for (County c : County.values()) {
            keyCounty.put(c.code(), c);
        }
        Map<String, long[]> cells = new HashMap<>();
        Map<String, Set<County>> counties = new HashMap<>();
        for (CodeTotal t : totals) {
            if (t.codeId() == CodeTotal.ANY_CODE) {
                continue;
            }
            int segments = withSubcodes ? t.treeSegments() : t.segments();
            if (segments == 0) {
                continue;
            }
            String key = (byCounty ? (t.county() == null ? "?" : t.county().code()) : "") + "|" + t.codeId();
            long[] cell = cells.computeIfAbsent(key, k -> new long[3]);
            cell[0] += segments;
            cell[1] += withSubcodes ? t.treeDocuments() : t.documents();
            cell[2] += withSubcodes ? t.treeCharacters() : t.characters();
            if (t.county() != null) {
                counties.computeIfAbsent(key, k -> new HashSet<>()).add(t.county());
            }
        }
        List<Row> out = new ArrayList<>();
        for (Map.Entry<String, Long> k : length.entrySet()) {
            for (Code code : tree.all()) {
                String key = k.getKey() + "|" + code.id();
                long[] cell = cells.getOrDefault(key, new long[3]);
                double coverage = k.getValue() == 0 ? 0 : (double) cell[2] / k.getValue();
                out.add(new Row(!byCounty, keyCounty.get(k.getKey()), code, tree.path(code.id()), (int) cell[0],
                        (int) cell[1], counties.getOrDefault(key, Set.of()).size(), cell[2], coverage));
            }
        }
        return out;
    }

    /** Characters of the documents in scope per block ("" for all, else county code or "?"), in table order. */
    private static Map<String, Long> lengths(List<Document> documents, boolean byCounty) {
        Map<String, Long> length = new LinkedHashMap<>();
        if (!byCounty) {
            length.put("", 0L);
        } else {
            for (County c : County.values()) {
                if (documents.stream().anyMatch(d -> d.county() == c)) {
                    length.put(c.code(), 0L);
                }
            }
            if (documents.stream().anyMatch(d -> d.county() == null)) {
                length.put("?", 0L);
            }
        }
        for (Document d : documents) {
            length.merge(key(d, byCounty), (long) d.characters(), Long::sum);
        }
        return length;
    }

    private static List<Long> groups(CodeTree tree, long code, boolean withSubcodes) {
        return withSubcodes ? tree.selfAndAncestors(code) : List.of(code);
    }

    private static String key(Document d, boolean byCounty) {
        if (!byCounty) {
            return "";
        }
        return d.county() == null ? "?" : d.county().code();
    }

    private static final class Cell {
        int segments;
        long characters;
        final Set<Long> documents = new HashSet<>();
        final Set<County> counties = new HashSet<>();
    }
}
