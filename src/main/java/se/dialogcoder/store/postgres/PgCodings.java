package se.dialogcoder.store.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.NewCoding;
import se.dialogcoder.model.Span;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.Codings;
import se.dialogcoder.store.StoreException;

/** Coded passages. Offsets are code points over the document text. */
final class PgCodings implements Codings {
    private static final String COLUMNS = "id, document_id, code_id, coder_id, start, \"end\", created_at";
    private static final String INSERT = "INSERT INTO coding(document_id, code_id, coder_id, start, \"end\", "
            + "created_at) VALUES (?,?,?,?,?,?)";
    private final Db db;
    private final PgTotals totals;

    PgCodings(Db db) {
        this.db = db;
        this.totals = new PgTotals(db);
    }

    private int length(long documentId) throws StoreException {
        return db.one("SELECT characters FROM document WHERE id = ?", r -> r.getInt(1), documentId)
                .orElseThrow(() -> new StoreException(UserMessage.of("err.detail", "{0}",
                        "no document with id " + documentId)));
    }

    @Override
    public Coding insert(long documentId, long codeId, long coderId, int start, int end) throws StoreException {
        int length = length(documentId);
        if (start < 0 || end <= start || end > length) {
            throw new IllegalArgumentException("the passage " + start + "–" + end
                    + " lies outside the document (0–" + length + ")");
        }
        long id = db.insert(INSERT, documentId, codeId, coderId, start, end, Instant.now().toString());
        return byId(id).orElseThrow();
    }

    @Override
    public Coding insertCopy(long documentId, long codeId, long coderId, int start, int end, String createdAt,
                             String memo) throws StoreException {
        Coding c0 = insert(documentId, codeId, coderId, start, end);
        db.update("UPDATE coding SET created_at = ?, memo = ? WHERE id = ?",
                createdAt == null ? c0.createdAt() : createdAt, memo, c0.id());
        return byId(c0.id()).orElseThrow();
    }

    @Override
    public void restore(Coding c0, String memo) throws StoreException {
        db.update("INSERT INTO coding(id, document_id, code_id, coder_id, start, \"end\", created_at, memo) "
                        + "VALUES (?,?,?,?,?,?,?,?)", c0.id(), c0.documentId(), c0.codeId(), c0.coderId(), c0.start(),
                c0.end(), c0.createdAt(), memo);
        db.keepSequenceAbove("coding");
    }

    @Override
    public void delete(long id) throws StoreException {
        changeOwn(id, "DELETE FROM coding WHERE id = ?", id);
    }

    /**
     * Changes one coding. On a team database row-level security lets a coder's UPDATE or DELETE of another coder's
     * coding through without touching it; a coding that is still there, visible, and was not changed was refused.
     */
    private int changeOwn(long id, String sql, Object... args) throws StoreException {
        int n = db.update(sql, args);
        if (n == 0 && db.one("SELECT 1 FROM coding WHERE id = ?", r -> r.getInt(1), id).isPresent()) {
            throw PgFailure.refusedRow("coding");
        }
        return n;
    }

    @Override
    public void setCode(long id, long codeId) throws StoreException {
        changeOwn(id, "UPDATE coding SET code_id = ? WHERE id = ?", codeId, id);
    }

    @Override
    public void setRange(long id, int start, int end) throws StoreException {
        Coding coding = byId(id).orElseThrow(() -> new StoreException(UserMessage.of("err.detail", "{0}",
                "no coding " + id)));
        int length = length(coding.documentId());
        if (start < 0 || end <= start || end > length) {
            throw new IllegalArgumentException("the passage " + start + "–" + end + " lies outside the document");
        }
        changeOwn(id, "UPDATE coding SET start = ?, \"end\" = ? WHERE id = ?", start, end, id);
    }

    @Override
    public String memo(long id) throws StoreException {
        return db.one("SELECT memo FROM coding WHERE id = ?", r -> r.getString(1), id).orElse(null);
    }

    @Override
    public void setMemo(long id, String memo) throws StoreException {
        changeOwn(id, "UPDATE coding SET memo = ? WHERE id = ?", memo, id);
    }

    @Override
    public List<Coding> forCode(long codeId) throws StoreException {
        return db.list("SELECT " + COLUMNS + " FROM coding WHERE code_id = ? ORDER BY document_id, start",
                PgCodings::row, codeId);
    }

    @Override
    public List<Long> insertAll(List<NewCoding> codings, long coderId) throws StoreException {
        Map<Long, Integer> lengths = new HashMap<>();
        for (NewCoding n : codings) {
            Integer length = lengths.get(n.documentId());
            if (length == null) {
                length = length(n.documentId());
                lengths.put(n.documentId(), length);
            }
            if (n.end() > length) {
                throw new IllegalArgumentException("the passage " + n.start() + "–" + n.end()
                        + " lies outside the document (0–" + length + ")");
            }
        }
        List<Long> ids = new ArrayList<>(codings.size());
        String now = Instant.now().toString();
        try (PreparedStatement ps = db.connection().prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            for (NewCoding n : codings) {
                Db.bind(ps, n.documentId(), n.codeId(), coderId, n.start(), n.end(), now);
                ps.addBatch();
            }
            ps.executeBatch();
            db.changed(codings.size());
            try (ResultSet keys = ps.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong("id"));
                }
            }
        } catch (SQLException e) {
            throw new PgFailure(e, INSERT);
        }
        return ids;
    }

    @Override
    public Map<Long, Set<Span>> spansOf(long codeId, long coderId) throws StoreException {
        Map<Long, Set<Span>> out = new HashMap<>();
        db.each("SELECT document_id, start, \"end\" FROM coding WHERE code_id = ? AND coder_id = ?",
                r -> out.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(new Span(r.getInt(2), r.getInt(3))),
                codeId, coderId);
        return out;
    }

    @Override
    public Map<Long, Integer> countsByCode() throws StoreException {
        return totals.present() ? totals.countsByCode(totals.everyCoder())
                : counts("SELECT code_id, count(*) FROM coding GROUP BY code_id");
    }

    @Override
    public Map<Long, Integer> countsByDocument() throws StoreException {
        return totals.present() ? totals.countsByDocument(totals.everyCoder())
                : counts("SELECT document_id, count(*) FROM coding GROUP BY document_id");
    }

    @Override
    public Map<Long, Integer> countsByCode(long coderId) throws StoreException {
        return totals.present() && coderId != 0 ? totals.countsByCode(coderId)
                : counts("SELECT code_id, count(*) FROM coding WHERE coder_id = ? GROUP BY code_id", coderId);
    }

    @Override
    public Map<Long, Integer> countsByDocument(long coderId) throws StoreException {
        return totals.present() && coderId != 0 ? totals.countsByDocument(coderId)
                : counts("SELECT document_id, count(*) FROM coding WHERE coder_id = ? GROUP BY document_id", coderId);
    }

    private Map<Long, Integer> counts(String sql, Object... args) throws StoreException {
        Map<Long, Integer> out = new HashMap<>();
        db.each(sql, r -> out.put(r.getLong(1), r.getInt(2)), args);
        return out;
    }

    @Override
    public List<Coding> all() throws StoreException {
        return db.list("SELECT " + COLUMNS + " FROM coding ORDER BY document_id, start, \"end\", id", PgCodings::row);
    }

    @Override
    public Map<Long, String> memos() throws StoreException {
        Map<Long, String> out = new HashMap<>();
        db.each("SELECT id, memo FROM coding WHERE memo IS NOT NULL", r -> out.put(r.getLong(1), r.getString(2)));
        return out;
    }

    @Override
    public int deleteAll(List<Long> ids) throws StoreException {
        int n = 0;
        for (long id : ids) {
            n += changeOwn(id, "DELETE FROM coding WHERE id = ?", id);
        }
        return n;
    }

    @Override
    public Optional<Coding> byId(long id) throws StoreException {
        return db.one("SELECT " + COLUMNS + " FROM coding WHERE id = ?", PgCodings::row, id);
    }

    @Override
    public List<Coding> forDocument(long documentId) throws StoreException {
        return db.list("SELECT " + COLUMNS + " FROM coding WHERE document_id = ? ORDER BY start, \"end\"",
                PgCodings::row, documentId);
    }

    @Override
    public List<Coding> byCoders(Collection<Long> coderIds) throws StoreException {
        if (coderIds.isEmpty()) {
            return new ArrayList<>();
        }
        String marks = String.join(",", Collections.nCopies(coderIds.size(), "?"));
        return db.list("SELECT " + COLUMNS + " FROM coding WHERE coder_id IN (" + marks
                + ") ORDER BY document_id, code_id, coder_id, start, \"end\"", PgCodings::row, coderIds.toArray());
    }

    @Override
    public int count() throws StoreException {
        return totals.present() ? totals.count(totals.everyCoder()) : db.integer("SELECT count(*) FROM coding");
    }

    @Override
    public int count(long coderId) throws StoreException {
        return totals.present() && coderId != 0 ? totals.count(coderId)
                : db.integer("SELECT count(*) FROM coding WHERE coder_id = ?", coderId);
    }

    private static Coding row(ResultSet r) throws SQLException {
        return new Coding(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getInt(5), r.getInt(6),
                r.getString(7));
    }

    @Override
    public void markSuggested(long codingId, double score) throws StoreException {
        db.update("INSERT INTO suggestion_accepted(coding_id, score, accepted_at) VALUES (?,?,?) ON CONFLICT "
                + "(coding_id) DO UPDATE SET score = excluded.score, accepted_at = excluded.accepted_at", codingId,
                score, Instant.now().toString());
    }

    @Override
    public Map<Long, Double> suggested() throws StoreException {
        Map<Long, Double> out = new HashMap<>();
        db.each("SELECT coding_id, score FROM suggestion_accepted", r -> out.put(r.getLong(1), r.getDouble(2)));
        return out;
    }
}
