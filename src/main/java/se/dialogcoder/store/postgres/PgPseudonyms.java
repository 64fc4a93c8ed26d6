package se.dialogcoder.store.postgres;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.dialogcoder.store.Pseudonyms;
import se.dialogcoder.store.StoreException;

/** The pseudonyms of a project: per kind of personal data, the keyed hash of a value and its number. */
final class PgPseudonyms implements Pseudonyms {
    private final Db db;

    PgPseudonyms(Db db) {
        this.db = db;
    }

    @Override
    public Optional<Integer> number(String kind, String valueHash) throws StoreException {
        return db.one("SELECT number FROM pseudonym WHERE kind = ? AND value_hash = ?", r -> r.getInt(1), kind,
                valueHash);
    }

    @Override
    public int add(String kind, String valueHash, String keyId) throws StoreException {
        int next = db.integer("SELECT coalesce(max(number), 0) + 1 FROM pseudonym WHERE kind = ?", kind);
        db.update("INSERT INTO pseudonym(kind, value_hash, number, key_id) VALUES (?, ?, ?, ?)", kind, valueHash, next,
                keyId);
        return next;
    }

    @Override
    public int countWithOtherKey(String keyId) throws StoreException {
        return db.integer("SELECT count(*) FROM pseudonym WHERE key_id <> ?", keyId);
    }

    @Override
    public Map<String, Integer> counts() throws StoreException {
        Map<String, Integer> out = new LinkedHashMap<>();
        db.each("SELECT kind, count(*) FROM pseudonym GROUP BY kind ORDER BY kind COLLATE \"C\"",
                r -> out.put(r.getString(1), r.getInt(2)));
        return out;
    }

    @Override
    public List<Entry> all() throws StoreException {
        return db.list("SELECT kind, value_hash, number, key_id FROM pseudonym ORDER BY kind COLLATE \"C\", number",
                r -> new Entry(r.getString(1), r.getString(2), r.getInt(3), r.getString(4)));
    }
}
