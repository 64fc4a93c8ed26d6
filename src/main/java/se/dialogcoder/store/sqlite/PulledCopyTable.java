package se.dialogcoder.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.dialogcoder.store.PulledCopy;
import se.dialogcoder.store.StoreException;

/** Tables {@code pulled_from} and {@code pull_baseline} (v6): where a pulled copy came from, and its baseline. */
public final class PulledCopyTable implements PulledCopy {
    private final Connection c;

    PulledCopyTable(Connection c) {
        this.c = c;
    }

    @Override
    public Optional<Origin> origin() throws StoreException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT server, project_uuid, pulled_at, coder, synced_at FROM pulled_from WHERE id = 1")) {
            return r.next() ? Optional.of(new Origin(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                    r.getString(5))) : Optional.empty();
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public List<Entry> baseline() throws StoreException {
        List<Entry> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT document_hash, code_uid, start, "
                + "\"end\", created_at, memo_hash FROM pull_baseline ORDER BY document_hash, code_uid, start, \"end\"")) {
            while (r.next()) {
                out.add(new Entry(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), r.getString(5),
                        r.getString(6)));
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public void record(Origin origin, List<Entry> baseline) throws StoreException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM pull_baseline");
            s.executeUpdate("DELETE FROM pulled_from");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO pulled_from(id, server, project_uuid, "
                    + "pulled_at, coder, synced_at) VALUES (1, ?, ?, ?, ?, ?)")) {
                ps.setString(1, origin.server());
                ps.setString(2, origin.projectUuid());
                ps.setString(3, origin.pulledAt());
                ps.setString(4, origin.coder());
                ps.setString(5, origin.syncedAt());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO pull_baseline(document_hash, code_uid, start, "
                    + "\"end\", created_at, memo_hash) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Entry e : baseline) {
                    ps.setString(1, e.documentHash());
                    ps.setString(2, e.codeUid());
                    ps.setInt(3, e.start());
                    ps.setInt(4, e.end());
                    ps.setString(5, e.createdAt());
                    ps.setString(6, e.memoHash());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }
}
