package se.dialogcoder.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.Texts;
import se.dialogcoder.model.UnitKind;
import se.dialogcoder.store.Documents;
import se.dialogcoder.store.StoreException;

/** Documents and their text units. Text is immutable once stored. */
public final class DocumentTable implements Documents {
    private static final String COLUMNS = "d.id, d.name, d.county, d.kind, d.round, d.dialogue_date, d.source_file, "
            + "d.content_hash, d.characters, d.words, "
            + "(SELECT count(*) FROM text_unit u WHERE u.document_id = d.id), d.imported_at";
    /** As {@link #COLUMNS} with 0 for the units, which {@link #withUnits} fills in (lists of many documents). */
    private static final String LISTING = "d.id, d.name, d.county, d.kind, d.round, d.dialogue_date, d.source_file, "
            + "d.content_hash, d.characters, d.words, 0, d.imported_at";
    private final Connection c;
    /** Units per document id, known from earlier reads (see {@link Tx}); null: count them every time. */
    private final java.util.Map<Long, Integer> unitCounts;

    DocumentTable(Connection c) {
        this(c, null);
    }

    DocumentTable(Connection c, java.util.Map<Long, Integer> unitCounts) {
        this.c = c;
        this.unitCounts = unitCounts;
    }

    /** Stores a document and its units; returns the new document. */
    @Override
    public Document insert(NewDocument doc) throws StoreException {
        try {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO document(name, county, kind, round, dialogue_date, "
                    + "source_file, content_hash, text, characters, words, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, doc.name());
                ps.setString(2, doc.county() == null ? null : doc.county().code());
                ps.setString(3, doc.kind().id());
                ps.setString(4, doc.round());
                ps.setString(5, doc.dialogueDate());
                ps.setString(6, doc.sourceFile());
                ps.setString(7, Texts.contentHash(doc.text()));
                ps.setString(8, doc.text());
                ps.setInt(9, Texts.codePoints(doc.text()));
                ps.setInt(10, Texts.countWords(doc.text()));
                ps.setString(11, Instant.now().toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO text_unit(document_id, idx, kind, start, end, "
                    + "body_start, speaker, start_ms, end_ms) VALUES (?,?,?,?,?,?,?,?,?)")) {
                for (TextUnit u : doc.units()) {
                    ps.setLong(1, id);
                    ps.setInt(2, u.index());
                    ps.setString(3, u.kind().id());
                    ps.setInt(4, u.start());
                    ps.setInt(5, u.end());
                    ps.setInt(6, u.bodyStart());
                    ps.setString(7, u.speaker());
                    setLong(ps, 8, u.startMillis());
                    setLong(ps, 9, u.endMillis());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO search_word(word) VALUES (?)")) {
                for (String w : words(doc.text())) {
                    ps.setString(1, w);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return byId(id).orElseThrow();
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Words longer than this (code points) are not kept in {@code search_word}. */
    static final int MAX_WORD = 100;

    /** The distinct folded tokens of a text as {@code document_fts} tokenizes it (see {@link Unicode61}). */
    static java.util.Set<String> words(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int[] token : Unicode61.tokens(text)) {
            if (token.length <= MAX_WORD) {
                out.add(new String(token, 0, token.length));
            }
        }
        return out;
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, v);
        }
    }

    @Override
    public Optional<Document> byId(long id) throws StoreException {
        try {
            return one("SELECT " + COLUMNS + " FROM document d WHERE d.id = ?", id);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public Optional<Document> byName(String name) throws StoreException {
        try {
            return one("SELECT " + COLUMNS + " FROM document d WHERE d.name = ?", name);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public Optional<Document> byHash(String hash) throws StoreException {
        try {
            return one("SELECT " + COLUMNS + " FROM document d WHERE d.content_hash = ?", hash);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** All documents, ordered by county code (unknown last) and name. */
    @Override
    public List<Document> list() throws StoreException {
        try {
            List<Document> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + LISTING
                    + " FROM document d ORDER BY d.county IS NULL, d.county, d.name COLLATE NOCASE");
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(row(r));
                }
            }
            return withUnits(out);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** The documents a filter's document conditions (county, kind, round, attributes) admit, ordered as {@link #list}. */
    @Override
    public List<Document> matching(CodingFilter filter) throws StoreException {
        try {
            Filters where = new Filters().documents(filter, "d");
            List<Document> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + LISTING + " FROM document d WHERE 1 = 1"
                    + where.sql() + " ORDER BY d.county IS NULL, d.county, d.name COLLATE NOCASE")) {
                where.bind(ps, 1);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(row(r));
                    }
                }
            }
            return withUnits(out);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public boolean nameExists(String name) throws StoreException {
        return byName(name).isPresent();
    }

    @Override
    public String text(long documentId) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement("SELECT text FROM document WHERE id = ?")) {
                ps.setLong(1, documentId);
                try (ResultSet r = ps.executeQuery()) {
                    if (!r.next()) {
                        throw new SQLException("no document with id " + documentId);
                    }
                    return r.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public List<TextUnit> units(long documentId) throws StoreException {
        try {
            List<TextUnit> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT idx, kind, start, end, body_start, speaker, start_ms, "
                    + "end_ms FROM text_unit WHERE document_id = ? ORDER BY idx")) {
                ps.setLong(1, documentId);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        Long startMs = r.getObject(7) == null ? null : r.getLong(7);
                        Long endMs = r.getObject(8) == null ? null : r.getLong(8);
                        out.add(new TextUnit(r.getInt(1), UnitKind.fromId(r.getString(2)), r.getInt(3), r.getInt(4),
                                r.getInt(5), r.getString(6), startMs, endMs));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Sets (or clears, with null) the county of a document. */
    @Override
    public void setCounty(long documentId, County county) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement("UPDATE document SET county = ? WHERE id = ?")) {
                ps.setString(1, county == null ? null : county.code());
                ps.setLong(2, documentId);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public String memo(long id) throws StoreException {
        return Memos.get(c, "document", id);
    }

    @Override
    public void setMemo(long id, String memo) throws StoreException {
        Memos.set(c, "document", id, memo);
    }

    @Override
    public void setKind(long id, DocumentKind kind) throws StoreException {
        try {
            set("kind", id, kind.id());
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public void setRound(long id, String round) throws StoreException {
        try {
            set("round", id, round);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public void setDialogueDate(long id, String date) throws StoreException {
        try {
            if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new IllegalArgumentException("a date is written yyyy-mm-dd, not \"" + date + "\"");
            }
            set("dialogue_date", id, date);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    private void set(String column, long id, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE document SET " + column + " = ? WHERE id = ?")) {
            ps.setString(1, value);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** Free attributes of a document, by name. */
    @Override
    public java.util.Map<String, String> attributes(long id) throws StoreException {
        try {
            java.util.Map<String, String> out = new java.util.TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, value FROM attribute WHERE document_id = ? ORDER BY name")) {
                ps.setLong(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), r.getString(2));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Sets an attribute; a null or blank value removes it. */
    @Override
    public void setAttribute(long id, String name, String value) throws StoreException {
        try {
            if (value == null || value.isBlank()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM attribute WHERE document_id = ? AND name = ?")) {
                    ps.setLong(1, id);
                    ps.setString(2, name);
                    ps.executeUpdate();
                }
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO attribute(document_id, name, value) VALUES (?,?,?) "
                    + "ON CONFLICT(document_id, name) DO UPDATE SET value = excluded.value")) {
                ps.setLong(1, id);
                ps.setString(2, name.strip());
                ps.setString(3, value);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    private Optional<Document> one(String sql, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? Optional.of(row(r)) : Optional.empty();
            }
        }
    }

    /**
     * The documents with their numbers of text units. Counting them takes most of listing thousands of documents
     * (every unit's index entry is visited), and a document's units never change once stored (documents are not
     * deleted either): those counted before come from {@link #unitCounts}, only the others are counted.
     */
    private List<Document> withUnits(List<Document> docs) throws SQLException {
        java.util.Map<Long, Integer> known = new java.util.HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Document d : docs) {
            Integer n = unitCounts == null ? null : unitCounts.get(d.id());
            if (n == null) {
                missing.add(d.id());
            } else {
                known.put(d.id(), n);
            }
        }
        if (missing.size() > 500) {
            countUnits("SELECT document_id, count(*) FROM text_unit GROUP BY document_id", List.of(), known);
        } else {
            for (int from = 0; from < missing.size(); from += 100) {
                List<Long> part = missing.subList(from, Math.min(missing.size(), from + 100));
                countUnits("SELECT document_id, count(*) FROM text_unit WHERE document_id IN ("
                        + String.join(", ", java.util.Collections.nCopies(part.size(), "?")) + ") GROUP BY document_id",
                        part, known);
            }
        }
        List<Document> out = new ArrayList<>(docs.size());
        for (Document d : docs) {
            int units = known.getOrDefault(d.id(), 0);
            if (unitCounts != null) {
                unitCounts.put(d.id(), units);
            }
            out.add(new Document(d.id(), d.name(), d.county(), d.kind(), d.round(), d.dialogueDate(), d.sourceFile(),
                    d.contentHash(), d.characters(), d.words(), units, d.importedAt()));
        }
        return out;
    }

    private void countUnits(String sql, List<Long> ids, java.util.Map<Long, Integer> into) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    into.put(r.getLong(1), r.getInt(2));
                }
            }
        }
    }

    private static Document row(ResultSet r) throws SQLException {
        String county = r.getString(3);
        return new Document(r.getLong(1), r.getString(2), county == null ? null : County.parse(county).orElse(null),
                DocumentKind.fromId(r.getString(4)), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                r.getInt(9), r.getInt(10), r.getInt(11), r.getString(12));
    }
}
