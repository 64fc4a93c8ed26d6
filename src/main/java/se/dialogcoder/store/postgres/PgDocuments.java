package se.dialogcoder.store.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.Texts;
import se.dialogcoder.model.UnitKind;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.Documents;
import se.dialogcoder.store.StoreException;

/** Documents and their text units. Text is immutable once stored. */
final class PgDocuments implements Documents {
    static final String COLUMNS = "d.id, d.name, d.county, d.kind, d.round, d.dialogue_date, d.source_file, "
            + "d.content_hash, d.characters, d.words, "
            + "(SELECT count(*) FROM text_unit u WHERE u.document_id = d.id), d.imported_at";
    static final String ORDER = " ORDER BY d.county IS NULL, d.county COLLATE \"C\", " + Db.nocase("d.name");
    private final Db db;

    PgDocuments(Db db) {
        this.db = db;
    }

    @Override
    public Document insert(NewDocument doc) throws StoreException {
        PgTokens.Vector vector = PgTokens.vector(doc.text());
        long id = db.insert("INSERT INTO document(name, county, kind, round, dialogue_date, source_file, content_hash, "
                        + "text, characters, words, imported_at, search_vector, positions_complete) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?::tsvector,?)",
                doc.name(), doc.county() == null ? null : doc.county().code(), doc.kind().id(), doc.round(),
                doc.dialogueDate(), doc.sourceFile(), Texts.contentHash(doc.text()), doc.text(),
                Texts.codePoints(doc.text()), Texts.countWords(doc.text()), Instant.now().toString(),
                vector.literal(), vector.complete());
        try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO text_unit(document_id, idx, kind, "
                + "start, \"end\", body_start, speaker, start_ms, end_ms) VALUES (?,?,?,?,?,?,?,?,?)")) {
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
            db.changed(doc.units().size());
        } catch (SQLException e) {
            throw new PgFailure(e, "INSERT INTO text_unit");
        }
        try {
            insertWords(db.connection(), doc.text());
        } catch (SQLException e) {
            throw new PgFailure(e, "INSERT INTO search_word");
        }
        return byId(id).orElseThrow();
    }

    /** Words longer than this (code points) are not kept in {@code search_word}. */
    static final int MAX_WORD = 100;

    /** Adds the distinct folded tokens of a text to {@code search_word} (one statement). */
    static void insertWords(java.sql.Connection c, String text) throws SQLException {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (PgTokens.Token t : PgTokens.scan(text)) {
            if (t.endCp() - t.startCp() <= MAX_WORD) {
                words.add(t.folded());
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_word(word) SELECT DISTINCT unnest(?) "
                + "ON CONFLICT DO NOTHING")) {
            ps.setArray(1, c.createArrayOf("text", words.toArray()));
            ps.executeUpdate();
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    @Override
    public Optional<Document> byId(long id) throws StoreException {
        return db.one("SELECT " + COLUMNS + " FROM document d WHERE d.id = ?", PgDocuments::row, id);
    }

    @Override
    public Optional<Document> byName(String name) throws StoreException {
        return db.one("SELECT " + COLUMNS + " FROM document d WHERE d.name = ?", PgDocuments::row, name);
    }

    @Override
    public Optional<Document> byHash(String hash) throws StoreException {
        return db.one("SELECT " + COLUMNS + " FROM document d WHERE d.content_hash = ?", PgDocuments::row, hash);
    }

    @Override
    public List<Document> list() throws StoreException {
        return db.list("SELECT " + COLUMNS + " FROM document d" + ORDER, PgDocuments::row);
    }

    @Override
    public List<Document> matching(CodingFilter filter) throws StoreException {
        PgFilters where = new PgFilters().documents(filter, "d");
        return db.list("SELECT " + COLUMNS + " FROM document d WHERE 1 = 1" + where.sql() + ORDER, PgDocuments::row,
                where.params());
    }

    @Override
    public boolean nameExists(String name) throws StoreException {
        return byName(name).isPresent();
    }

    @Override
    public String text(long documentId) throws StoreException {
        return db.one("SELECT text FROM document WHERE id = ?", r -> r.getString(1), documentId)
                .orElseThrow(() -> new StoreException(UserMessage.of("err.detail", "{0}",
                        "no document with id " + documentId)));
    }

    @Override
    public List<TextUnit> units(long documentId) throws StoreException {
        return db.list("SELECT idx, kind, start, \"end\", body_start, speaker, start_ms, end_ms FROM text_unit "
                + "WHERE document_id = ? ORDER BY idx", r -> {
                    Long startMs = r.getObject(7) == null ? null : r.getLong(7);
                    Long endMs = r.getObject(8) == null ? null : r.getLong(8);
                    return new TextUnit(r.getInt(1), UnitKind.fromId(r.getString(2)), r.getInt(3), r.getInt(4),
                            r.getInt(5), r.getString(6), startMs, endMs);
                }, documentId);
    }

    @Override
    public void setCounty(long documentId, County county) throws StoreException {
        db.update("UPDATE document SET county = ? WHERE id = ?", county == null ? null : county.code(), documentId);
    }

    @Override
    public String memo(long id) throws StoreException {
        return db.one("SELECT memo FROM document WHERE id = ?", r -> r.getString(1), id).orElse(null);
    }

    @Override
    public void setMemo(long id, String memo) throws StoreException {
        set("memo", id, memo);
    }

    @Override
    public void setKind(long id, DocumentKind kind) throws StoreException {
        set("kind", id, kind.id());
    }

    @Override
    public void setRound(long id, String round) throws StoreException {
        set("round", id, round);
    }

    @Override
    public void setDialogueDate(long id, String date) throws StoreException {
        if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new IllegalArgumentException("a date is written yyyy-mm-dd, not \"" + date + "\"");
        }
        set("dialogue_date", id, date);
    }

    private void set(String column, long id, String value) throws StoreException {
        db.update("UPDATE document SET " + column + " = ? WHERE id = ?", value, id);
    }

    @Override
    public Map<String, String> attributes(long id) throws StoreException {
        Map<String, String> out = new TreeMap<>();
        db.each("SELECT name, value FROM attribute WHERE document_id = ?", r -> out.put(r.getString(1),
                r.getString(2)), id);
        return out;
    }

    @Override
    public void setAttribute(long id, String name, String value) throws StoreException {
        if (value == null || value.isBlank()) {
            db.update("DELETE FROM attribute WHERE document_id = ? AND name = ?", id, name);
            return;
        }
        db.update("INSERT INTO attribute(document_id, name, value) VALUES (?,?,?) "
                + "ON CONFLICT (document_id, name) DO UPDATE SET value = excluded.value", id, name.strip(), value);
    }

    static Document row(ResultSet r) throws SQLException {
        String county = r.getString(3);
        return new Document(r.getLong(1), r.getString(2), county == null ? null : County.parse(county).orElse(null),
                DocumentKind.fromId(r.getString(4)), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                r.getInt(9), r.getInt(10), r.getInt(11), r.getString(12));
    }
}
