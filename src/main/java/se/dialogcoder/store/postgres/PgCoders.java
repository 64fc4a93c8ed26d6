package se.dialogcoder.store.postgres;

import java.util.List;
import java.util.Optional;
import se.dialogcoder.model.Coder;
import se.dialogcoder.store.Coders;
import se.dialogcoder.store.StoreException;

/** People who code. */
final class PgCoders implements Coders {
    private final Db db;

    PgCoders(Db db) {
        this.db = db;
    }

    @Override
    public Coder getOrCreate(String name) throws StoreException {
        String n = name.strip();
        // look first: on a team database a coder may read the coder table but not write it
        Optional<Coder> known = byName(n);
        if (known.isPresent()) {
            return known.get();
        }
        db.update("INSERT INTO coder(name) VALUES (?) ON CONFLICT (name) DO NOTHING", n);
        return byName(n).orElseThrow();
    }

    @Override
    public Optional<Coder> byName(String name) throws StoreException {
        return db.one("SELECT id, name FROM coder WHERE name = ?", r -> new Coder(r.getLong(1), r.getString(2)),
                name.strip());
    }

    @Override
    public List<Coder> list() throws StoreException {
        return db.list("SELECT id, name FROM coder ORDER BY name COLLATE \"C\"",
                r -> new Coder(r.getLong(1), r.getString(2)));
    }
}
