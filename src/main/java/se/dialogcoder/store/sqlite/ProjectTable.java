package se.dialogcoder.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.store.ProjectData;
import se.dialogcoder.store.StoreException;

/** The single row of facts about the project. */
public final class ProjectTable implements ProjectData {
    private final Connection c;

    ProjectTable(Connection c) {
        this.c = c;
    }

    void insert(String uuid, String name, String round, String createdAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO project(id, uuid, name, round, created_at) VALUES (1, ?, ?, ?, ?)")) {
            ps.setString(1, uuid);
            ps.setString(2, name);
            ps.setString(3, round);
            ps.setString(4, createdAt);
            ps.executeUpdate();
        }
    }

    @Override
    public ProjectInfo info() throws StoreException {
        try {
            int version;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
                version = r.next() ? r.getInt(1) : 0;
            }
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT uuid, name, round, created_at FROM project WHERE id = 1")) {
                if (!r.next()) {
                    throw new SQLException("the project has no project row");
                }
                return new ProjectInfo(r.getString(1), r.getString(2), r.getString(3), r.getString(4), version);
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public void rename(String name) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement("UPDATE project SET name = ? WHERE id = 1")) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public void setRound(String round) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement("UPDATE project SET round = ? WHERE id = 1")) {
                ps.setString(1, round);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** The project memo (null when none). */
    @Override
    public String memo() throws StoreException {
        try {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT memo FROM project WHERE id = 1")) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public void setMemo(String memo) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement("UPDATE project SET memo = ? WHERE id = 1")) {
                ps.setString(1, memo);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Number of documents matching a full-text query (FTS5 syntax). */
    public int ftsCount(String query) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM document_fts WHERE document_fts MATCH ?")) {
                ps.setString(1, query);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? r.getInt(1) : 0;
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** The value of a read-only pragma such as {@code foreign_keys} or {@code journal_mode}. */
    public String pragma(String name) throws StoreException {
        try {
            if (!name.matches("[a-z_]+")) {
                throw new IllegalArgumentException(name);
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }
}
