package se.dialogcoder.store.postgres;

import java.util.concurrent.atomic.AtomicInteger;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.Yardsticks;

/** The benchmark's bare SQL on a PostgreSQL project (see {@link Yardsticks}). */
final class PgYardsticks implements Yardsticks {
    private final Db db;

    PgYardsticks(Db db) {
        this.db = db;
    }

    @Override
    public int codedPassages(long codeId) throws StoreException {
        AtomicInteger rows = new AtomicInteger();
        db.each("SELECT c.id, d.name, c.start, c.\"end\", substr(d.text, c.start + 1, c.\"end\" - c.start) "
                + "FROM coding c JOIN document d ON d.id = c.document_id WHERE c.code_id = ? "
                + "ORDER BY d.name, c.start", r -> {
                    r.getLong(1);
                    r.getString(2);
                    r.getInt(3);
                    r.getInt(4);
                    r.getString(5);
                    rows.incrementAndGet();
                }, codeId);
        return rows.get();
    }

    @Override
    public int documentCodeCounts() throws StoreException {
        AtomicInteger rows = new AtomicInteger();
        db.each("SELECT document_id, code_id, count(*) FROM coding GROUP BY document_id, code_id", r -> {
            r.getLong(1);
            r.getLong(2);
            r.getInt(3);
            rows.incrementAndGet();
        });
        return rows.get();
    }
}
