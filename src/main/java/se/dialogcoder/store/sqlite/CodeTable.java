package se.dialogcoder.store.sqlite;

import se.dialogcoder.model.ImportCount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodebookEntry;
import se.dialogcoder.store.Codes;
import se.dialogcoder.store.StoreException;

/** The codebook: a tree of codes. */
public final class CodeTable implements Codes {
    private static final String COLUMNS = "id, uid, parent_id, name, name_en, description, description_en, color, "
            + "sort_order";
    private final Connection c;

    CodeTable(Connection c) {
        this.c = c;
    }

    @Override
    public Code insert(String uid, Long parentId, String name, String nameEn, String description,
                       String descriptionEn, String color, int sortOrder) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO code(uid, parent_id, name, name_en, description, "
                    + "description_en, color, sort_order) VALUES (?,?,?,?,?,?,?,?)")) {
                ps.setString(1, uid == null || uid.isBlank() ? UUID.randomUUID().toString() : uid);
                if (parentId == null) {
                    ps.setNull(2, Types.INTEGER);
                } else {
                    ps.setLong(2, parentId);
                }
                ps.setString(3, name);
                ps.setString(4, nameEn);
                ps.setString(5, description);
                ps.setString(6, descriptionEn);
                ps.setString(7, color);
                ps.setInt(8, sortOrder);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return byId(keys.getLong(1)).orElseThrow();
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Puts back a code exactly as it was (same id and uid), for undo and redo. */
    @Override
    public void restore(Code code, String memo) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO code(id, uid, parent_id, name, name_en, "
                    + "description, description_en, color, sort_order, memo) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                ps.setLong(1, code.id());
                ps.setString(2, code.uid());
                ps.setObject(3, code.parentId());
                ps.setString(4, code.name());
                ps.setString(5, code.nameEn());
                ps.setString(6, code.description());
                ps.setString(7, code.descriptionEn());
                ps.setString(8, code.color());
                ps.setInt(9, code.sortOrder());
                ps.setString(10, memo);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Writes every field of a code but its id and uid (rename, recolour, describe, move). */
    @Override
    public void update(Code code) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement("UPDATE code SET parent_id = ?, name = ?, name_en = ?, "
                    + "description = ?, description_en = ?, color = ?, sort_order = ? WHERE id = ?")) {
                ps.setObject(1, code.parentId());
                ps.setString(2, code.name());
                ps.setString(3, code.nameEn());
                ps.setString(4, code.description());
                ps.setString(5, code.descriptionEn());
                ps.setString(6, code.color());
                ps.setInt(7, code.sortOrder());
                ps.setLong(8, code.id());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("no code " + code.id());
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Deletes a code. Refused by the database while codings or sub-codes still refer to it. */
    @Override
    public void delete(long id) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM code WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public String memo(long id) throws StoreException {
        return Memos.get(c, "code", id);
    }

    @Override
    public void setMemo(long id, String memo) throws StoreException {
        Memos.set(c, "code", id, memo);
    }

    /** The memos of codes that have one, by code id. */
    @Override
    public Map<Long, String> memos() throws StoreException {
        try {
            Map<Long, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, memo FROM code WHERE memo IS NOT NULL");
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), r.getString(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** The next free sort position under a parent (null = top level). */
    @Override
    public int nextSortOrder(Long parentId) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT coalesce(max(sort_order) + 1, 0) FROM code WHERE parent_id IS ?")) {
                ps.setObject(1, parentId);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? r.getInt(1) : 0;
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public Optional<Code> byId(long id) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM code WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? Optional.of(row(r)) : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** All codes, parents before children, siblings in sort order. */
    @Override
    public List<Code> list() throws StoreException {
        try {
            List<Code> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM code ORDER BY parent_id IS NOT NULL, parent_id, sort_order, name");
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(row(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** The path of every code, names from the top down joined by " / ", e.g. "Suicidprevention / Efterlevandestöd". */
    @Override
    public Map<Long, String> paths() throws StoreException {
        Map<Long, Code> byId = new HashMap<>();
        List<Code> all = list();
        for (Code code : all) {
            byId.put(code.id(), code);
        }
        Map<Long, String> out = new LinkedHashMap<>();
        for (Code code : all) {
            out.put(code.id(), path(code, byId));
        }
        return out;
    }

    @Override
    public int count() throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM code"); ResultSet r = ps.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /**
     * Adds the codes of a codebook tree. A code whose id is already in the project, or whose name already stands
     * under the same parent, is kept as it is; everything else is added. Nothing is ever removed.
     */
    @Override
    public ImportCount importTree(List<CodebookEntry> roots) throws StoreException {
        Map<String, Code> byUid = new HashMap<>();
        Map<String, Code> byPath = new HashMap<>();
        Map<Long, Code> byId = new HashMap<>();
        for (Code code : list()) {
            byId.put(code.id(), code);
            byUid.put(code.uid(), code);
        }
        for (Code code : byId.values()) {
            byPath.put(path(code, byId), code);
        }
        int[] counts = new int[2];
        addAll(roots, null, "", byUid, byPath, counts);
        return new ImportCount(counts[0], counts[1]);
    }

    private void addAll(List<CodebookEntry> entries, Long parentId, String parentPath, Map<String, Code> byUid,
                        Map<String, Code> byPath, int[] counts) throws StoreException {
        int order = 0;
        for (CodebookEntry e : entries) {
            String path = se.dialogcoder.model.CodePath.child(parentPath, e.name());
            Code existing = e.id() != null ? byUid.get(e.id()) : null;
            if (existing == null) {
                existing = byPath.get(path);
            }
            Code code;
            if (existing != null) {
                code = existing;
                counts[1]++;
            } else {
                code = insert(e.id(), parentId, e.name(), e.nameEn(), e.description(), e.descriptionEn(), e.color(),
                        order);
                byUid.put(code.uid(), code);
                byPath.put(path, code);
                counts[0]++;
            }
            order++;
            addAll(e.children(), code.id(), path, byUid, byPath, counts);
        }
    }

    private static String path(Code code, Map<Long, Code> byId) {
        return se.dialogcoder.model.CodePath.of(code, byId);
    }

    private static Code row(ResultSet r) throws SQLException {
        Long parent = r.getObject(3) == null ? null : r.getLong(3);
        return new Code(r.getLong(1), r.getString(2), parent, r.getString(4), r.getString(5), r.getString(6),
                r.getString(7), r.getString(8), r.getInt(9));
    }
}
