package se.dialogcoder.app.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.dialogcoder.app.Project;
import se.dialogcoder.exchange.QuotedCodings;
import se.dialogcoder.model.CodePointText;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.NewCoding;
import se.dialogcoder.model.Span;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;

/**
 * Codings given by their quoted words ({@link QuotedCodings}) found in a project's documents and stored as
 * ordinary codings. A row is found when its file names exactly one document (by the imported file's name, else by
 * the document's name with or without the file's extension), its code path names a code, and its quote occurs in
 * the document's stored text at least {@code occurrence} times; anything else is a problem, named by line.
 */
public final class QuotedCoding {
    /** A row found in the project: its document, code and code-point offsets. */
    public record Found(QuotedCodings.Row row, long documentId, long codeId, int start, int end) {
    }

    /** What was found, and the rows that were not (one plain sentence each). */
    public record Resolution(List<Found> found, List<String> problems) {
        public Resolution {
            found = List.copyOf(found);
            problems = List.copyOf(problems);
        }
    }

    /** What {@link #apply} did: codings stored, rows already coded (skipped), and the rows not found. */
    public record Applied(int stored, int alreadyThere, List<String> problems) {
        public Applied {
            problems = List.copyOf(problems);
        }
    }

    /** Finds every row in the project, inside the caller's unit of work. */
    public static Resolution resolve(UnitOfWork tx, String tableName, List<QuotedCodings.Row> rows)
            throws StoreException {
        Map<String, List<Document>> byFile = new HashMap<>();
        for (Document d : tx.documents().list()) {
            Set<String> keys = new HashSet<>();
            if (d.sourceFile() != null) {
                keys.add(d.sourceFile());
            }
            keys.add(d.name());
            for (String k : keys) {
                byFile.computeIfAbsent(k, x -> new ArrayList<>()).add(d);
            }
        }
        Map<String, Long> codeByPath = new HashMap<>();
        tx.codes().paths().forEach((id, path) -> codeByPath.put(path, id));
        Map<Long, CodePointText> texts = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Found> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (QuotedCodings.Row r : rows) {
            String where = tableName + ", line " + r.line() + ": ";
            Integer twin = seen.putIfAbsent(r.file() + '\t' + r.code() + '\t' + r.occurrence() + '\t' + r.coder()
                    + '\t' + r.quote(), r.line());
            if (twin != null) {
                problems.add(where + "the same coding as line " + twin);
                continue;
            }
            List<Document> docs = byFile.get(r.file());
            if (docs == null) {
                docs = byFile.get(stem(r.file()));
            }
            if (docs == null || docs.size() != 1) {
                problems.add(where + (docs == null ? "no document from \"" + r.file() + "\""
                        : docs.size() + " documents from \"" + r.file() + "\""));
                continue;
            }
            Long codeId = codeByPath.get(r.code());
            if (codeId == null) {
                problems.add(where + "no code \"" + r.code() + "\"");
                continue;
            }
            Document doc = docs.get(0);
            CodePointText text = texts.get(doc.id());
            if (text == null) {
                text = new CodePointText(tx.documents().text(doc.id()));
                texts.put(doc.id(), text);
            }
            int at = nth(text.text(), r.quote(), r.occurrence());
            if (at < 0) {
                int times = count(text.text(), r.quote());
                problems.add(where + "the quote occurs " + times + (times == 1 ? " time" : " times") + " in \""
                        + doc.name() + "\", not " + r.occurrence() + ": \"" + abbreviate(r.quote()) + "\"");
                continue;
            }
            int start = text.toCodePoint(at);
            int end = text.toCodePoint(at + r.quote().length());
            found.add(new Found(r, doc.id(), codeId, start, end));
        }
        return new Resolution(found, problems);
    }

    /**
     * Stores the rows that are found as one transaction, each with its coder (created if new); a row whose coding
     * is already in the project (same document, code, coder and offsets) is skipped, so applying twice adds
     * nothing. Rows not found are reported and stored nothing.
     */
    public Applied apply(Project project, String tableName, List<QuotedCodings.Row> rows) throws StoreException {
        return project.write(tx -> {
            Resolution res = resolve(tx, tableName, rows);
            Map<String, List<Found>> byCoder = new LinkedHashMap<>();
            for (Found f : res.found()) {
                byCoder.computeIfAbsent(f.row().coder(), k -> new ArrayList<>()).add(f);
            }
            int stored = 0;
            int there = 0;
            for (Map.Entry<String, List<Found>> e : byCoder.entrySet()) {
                long coderId = tx.coders().getOrCreate(e.getKey()).id();
                Map<Long, Map<Long, Set<Span>>> existing = new HashMap<>();
                List<NewCoding> fresh = new ArrayList<>();
                for (Found f : e.getValue()) {
                    Map<Long, Set<Span>> spans = existing.get(f.codeId());
                    if (spans == null) {
                        spans = tx.codings().spansOf(f.codeId(), coderId);
                        existing.put(f.codeId(), spans);
                    }
                    if (spans.getOrDefault(f.documentId(), Set.of()).contains(new Span(f.start(), f.end()))) {
                        there++;
                    } else {
                        fresh.add(new NewCoding(f.documentId(), f.codeId(), f.start(), f.end()));
                    }
                }
                stored += tx.codings().insertAll(fresh, coderId).size();
            }
            return new Applied(stored, there, res.problems());
        });
    }

    /** UTF-16 index of the n-th occurrence (1-based, counted from every position), or -1. */
    static int nth(String text, String quote, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(quote, at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }

    private static int count(String text, String quote) {
        int n = 0;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            n++;
        }
        return n;
    }

    private static String stem(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }
}
