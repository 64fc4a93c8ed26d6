package se.dialogcoder.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.ItemSet.Kind;
import se.dialogcoder.store.Sets;
import se.dialogcoder.store.StoreException;

/** Document sets and code sets with their members. Members keep the order they were added in. */
public final class SetTable implements Sets {
    private final Connection c;

    SetTable(Connection c) {
        this.c = c;
    }

    private static String table(Kind kind) {
        return kind == Kind.DOCUMENTS ? "document_set" : "code_set";
    }

    private static String memberColumn(Kind kind) {
        return kind == Kind.DOCUMENTS ? "document_id" : "code_id";
    }

    /** Creates an empty set; returns it. */
    @Override
    public ItemSet create(Kind kind, String name, String description) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table(kind) + "(name, description) VALUES (?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, description);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new ItemSet(keys.getLong(1), kind, name, description, Set.of());
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Puts back a set exactly as it was (same id, name, description and members), for undo and redo. */
    @Override
    public void restore(ItemSet set) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table(set.kind())
                    + "(id, name, description) VALUES (?, ?, ?)")) {
                ps.setLong(1, set.id());
                ps.setString(2, set.name());
                ps.setString(3, set.description());
                ps.executeUpdate();
            }
            add(set.kind(), set.id(), set.members());
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Renames a set and sets its description. */
    @Override
    public void update(Kind kind, long id, String name, String description) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table(kind)
                    + " SET name = ?, description = ? WHERE id = ?")) {
                ps.setString(1, name);
                ps.setString(2, description);
                ps.setLong(3, id);
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("no " + table(kind) + " " + id);
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Deletes a set and its member rows (the documents and codes themselves stay). */
    @Override
    public void delete(Kind kind, long id) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table(kind) + " WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Adds members (those already in the set are left as they are); returns the ids actually added. */
    @Override
    public List<Long> add(Kind kind, long setId, Collection<Long> members) throws StoreException {
        try {
            List<Long> added = new ArrayList<>();
            int position;
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(position) + 1, 0) FROM " + table(kind)
                    + "_member WHERE set_id = ?")) {
                ps.setLong(1, setId);
                try (ResultSet r = ps.executeQuery()) {
                    position = r.next() ? r.getInt(1) : 0;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO " + table(kind) + "_member(set_id, "
                    + memberColumn(kind) + ", position) VALUES (?, ?, ?)")) {
                for (long m : new LinkedHashSet<>(members)) {
                    ps.setLong(1, setId);
                    ps.setLong(2, m);
                    ps.setInt(3, position);
                    if (ps.executeUpdate() == 1) {
                        added.add(m);
                        position++;
                    }
                }
            }
            return added;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Takes members out of a set; returns the ids that were in it. */
    @Override
    public List<Long> remove(Kind kind, long setId, Collection<Long> members) throws StoreException {
        try {
            List<Long> removed = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table(kind) + "_member WHERE set_id = ? AND "
                    + memberColumn(kind) + " = ?")) {
                for (long m : new LinkedHashSet<>(members)) {
                    ps.setLong(1, setId);
                    ps.setLong(2, m);
                    if (ps.executeUpdate() == 1) {
                        removed.add(m);
                    }
                }
            }
            return removed;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** The sets of one kind with their members, by name. */
    @Override
    public List<ItemSet> list(Kind kind) throws StoreException {
        try {
            Map<Long, String[]> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, description FROM " + table(kind)
                    + " ORDER BY name COLLATE NOCASE, id"); ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getLong(1), new String[] {r.getString(2), r.getString(3)});
                }
            }
            Map<Long, Set<Long>> members = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT set_id, " + memberColumn(kind) + " FROM " + table(kind)
                    + "_member ORDER BY set_id, position, " + memberColumn(kind)); ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    members.computeIfAbsent(r.getLong(1), k -> new LinkedHashSet<>()).add(r.getLong(2));
                }
            }
            List<ItemSet> out = new ArrayList<>();
            for (Map.Entry<Long, String[]> e : rows.entrySet()) {
                out.add(new ItemSet(e.getKey(), kind, e.getValue()[0], e.getValue()[1],
                        members.getOrDefault(e.getKey(), Set.of())));
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Document sets, then code sets. */
    @Override
    public List<ItemSet> list() throws StoreException {
        List<ItemSet> out = new ArrayList<>(list(Kind.DOCUMENTS));
        out.addAll(list(Kind.CODES));
        return out;
    }

    @Override
    public Optional<ItemSet> byId(Kind kind, long id) throws StoreException {
        return list(kind).stream().filter(s -> s.id() == id).findFirst();
    }

    /** The set of either kind with exactly this name (sets of both kinds may share none). */
    @Override
    public List<ItemSet> byName(String name) throws StoreException {
        return list().stream().filter(s -> s.name().equals(name)).toList();
    }

    /** The ids of the sets of a kind that hold a member (a document or a code). */
    @Override
    public List<Long> setsOf(Kind kind, long member) throws StoreException {
        try {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT set_id FROM " + table(kind) + "_member WHERE "
                    + memberColumn(kind) + " = ? ORDER BY set_id")) {
                ps.setLong(1, member);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getLong(1));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }
}
