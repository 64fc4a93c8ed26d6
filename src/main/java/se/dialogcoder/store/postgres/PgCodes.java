package se.dialogcoder.store.postgres;

import se.dialogcoder.model.ImportCount;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodebookEntry;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.Codes;
import se.dialogcoder.store.StoreException;

/** The codebook: a tree of codes. */
final class PgCodes implements Codes {
    private static final String COLUMNS = "id, uid, parent_id, name, name_en, description, description_en, color, "
            + "sort_order";
    private final Db db;

    PgCodes(Db db) {
        this.db = db;
    }

    @Override
    public Code insert(String uid, Long parentId, String name, String nameEn, String description,
                       String descriptionEn, String color, int sortOrder) throws StoreException {
        long id = db.insert("INSERT INTO code(uid, parent_id, name, name_en, description, description_en, color, "
                        + "sort_order) VALUES (?,?,?,?,?,?,?,?)",
                uid == null || uid.isBlank() ? UUID.randomUUID().toString() : uid, parentId, name, nameEn,
                description, descriptionEn, color, sortOrder);
        return byId(id).orElseThrow();
    }

    @Override
    public void restore(Code code, String memo) throws StoreException {
        db.update("INSERT INTO code(id, uid, parent_id, name, name_en, description, description_en, color, "
                        + "sort_order, memo) VALUES (?,?,?,?,?,?,?,?,?,?)", code.id(), code.uid(), code.parentId(),
                code.name(), code.nameEn(), code.description(), code.descriptionEn(), code.color(), code.sortOrder(),
                memo);
        db.keepSequenceAbove("code");
    }

    @Override
    public void update(Code code) throws StoreException {
        int n = db.update("UPDATE code SET parent_id = ?, name = ?, name_en = ?, description = ?, description_en = ?, "
                        + "color = ?, sort_order = ? WHERE id = ?", code.parentId(), code.name(), code.nameEn(),
                code.description(), code.descriptionEn(), code.color(), code.sortOrder(), code.id());
        if (n != 1) {
            throw new StoreException(UserMessage.of("err.detail", "{0}", "no code " + code.id()));
        }
    }

    @Override
    public void delete(long id) throws StoreException {
        db.update("DELETE FROM code WHERE id = ?", id);
    }

    @Override
    public String memo(long id) throws StoreException {
        return db.one("SELECT memo FROM code WHERE id = ?", r -> r.getString(1), id).orElse(null);
    }

    @Override
    public void setMemo(long id, String memo) throws StoreException {
        db.update("UPDATE code SET memo = ? WHERE id = ?", memo, id);
    }

    @Override
    public Map<Long, String> memos() throws StoreException {
        Map<Long, String> out = new HashMap<>();
        db.each("SELECT id, memo FROM code WHERE memo IS NOT NULL", r -> out.put(r.getLong(1), r.getString(2)));
        return out;
    }

    @Override
    public int nextSortOrder(Long parentId) throws StoreException {
        return db.integer("SELECT coalesce(max(sort_order) + 1, 0) FROM code WHERE parent_id IS NOT DISTINCT FROM "
                + "CAST(? AS bigint)", parentId);
    }

    @Override
    public Optional<Code> byId(long id) throws StoreException {
        return db.one("SELECT " + COLUMNS + " FROM code WHERE id = ?", PgCodes::row, id);
    }

    @Override
    public List<Code> list() throws StoreException {
        return db.list("SELECT " + COLUMNS + " FROM code ORDER BY parent_id IS NOT NULL, parent_id, sort_order, "
                + "name COLLATE \"C\"", PgCodes::row);
    }

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
        return db.integer("SELECT count(*) FROM code");
    }

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
            String path = parentPath.isEmpty() ? e.name() : parentPath + " / " + e.name();
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
        StringBuilder sb = new StringBuilder(code.name());
        Code cur = code;
        int guard = 0;
        while (cur.parentId() != null && guard++ < 100) {
            cur = byId.get(cur.parentId());
            if (cur == null) {
                break;
            }
            sb.insert(0, cur.name() + " / ");
        }
        return sb.toString();
    }

    private static Code row(ResultSet r) throws SQLException {
        Long parent = r.getObject(3) == null ? null : r.getLong(3);
        return new Code(r.getLong(1), r.getString(2), parent, r.getString(4), r.getString(5), r.getString(6),
                r.getString(7), r.getString(8), r.getInt(9));
    }
}
