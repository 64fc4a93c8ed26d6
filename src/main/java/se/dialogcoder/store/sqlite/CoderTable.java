package se.dialogcoder.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.dialogcoder.model.Coder;
import se.dialogcoder.store.Coders;
import se.dialogcoder.store.StoreException;

/** People who code. */
public final class CoderTable implements Coders {
    private final Connection c;

    CoderTable(Connection c) {
        this.c = c;
    }

    /** The coder of that name, created if new. */
    @Override
    public Coder getOrCreate(String name) throws StoreException {
        try {
            String n = name.strip();
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO coder(name) VALUES (?)")) {
                ps.setString(1, n);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM coder WHERE name = ?")) {
                ps.setString(1, n);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    return new Coder(r.getLong(1), r.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** The coder of exactly that name (surrounding blanks ignored), if there is one. */
    @Override
    public Optional<Coder> byName(String name) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM coder WHERE name = ?")) {
                ps.setString(1, name.strip());
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? Optional.of(new Coder(r.getLong(1), r.getString(2))) : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public List<Coder> list() throws StoreException {
        try {
            List<Coder> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM coder ORDER BY name");
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new Coder(r.getLong(1), r.getString(2)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }
}
