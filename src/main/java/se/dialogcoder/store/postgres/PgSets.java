package se.dialogcoder.store.postgres;

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
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.Sets;
import se.dialogcoder.store.StoreException;

/** Document sets and code sets with their members. Members keep the order they were added in. */
final class PgSets implements Sets {
    private final Db db;

    PgSets(Db db) {
        this.db = db;
    }

    private static String table(Kind kind) {
        return kind == Kind.DOCUMENTS ? "document_set" : "code_set";
    }

    private static String memberColumn(Kind kind) {
        return kind == Kind.DOCUMENTS ? "document_id" : "code_id";
    }

    @Override
    public ItemSet create(Kind kind, String name, String description) throws StoreException {
        long id = db.insert("INSERT INTO " + table(kind) + "(name, description) VALUES (?, ?)", name, description);
        return new ItemSet(id, kind, name, description, Set.of());
    }

    @Override
    public void restore(ItemSet set) throws StoreException {
        db.update("INSERT INTO " + table(set.kind()) + "(id, name, description) VALUES (?, ?, ?)", set.id(),
                set.name(), set.description());
        db.keepSequenceAbove(table(set.kind()));
        add(set.kind(), set.id(), set.members());
    }

    @Override
    public void update(Kind kind, long id, String name, String description) throws StoreException {
        if (db.update("UPDATE " + table(kind) + " SET name = ?, description = ? WHERE id = ?", name, description,
                id) != 1) {
            throw new StoreException(UserMessage.of("err.detail", "{0}", "no " + table(kind) + " " + id));
        }
    }

    @Override
    public void delete(Kind kind, long id) throws StoreException {
        db.update("DELETE FROM " + table(kind) + " WHERE id = ?", id);
    }

    @Override
    public List<Long> add(Kind kind, long setId, Collection<Long> members) throws StoreException {
        List<Long> added = new ArrayList<>();
        int position = db.integer("SELECT coalesce(max(position) + 1, 0) FROM " + table(kind)
                + "_member WHERE set_id = ?", setId);
        for (long m : new LinkedHashSet<>(members)) {
            if (db.update("INSERT INTO " + table(kind) + "_member(set_id, " + memberColumn(kind) + ", position) "
                    + "VALUES (?, ?, ?) ON CONFLICT DO NOTHING", setId, m, position) == 1) {
                added.add(m);
                position++;
            }
        }
        return added;
    }

    @Override
    public List<Long> remove(Kind kind, long setId, Collection<Long> members) throws StoreException {
        List<Long> removed = new ArrayList<>();
        for (long m : new LinkedHashSet<>(members)) {
            if (db.update("DELETE FROM " + table(kind) + "_member WHERE set_id = ? AND " + memberColumn(kind)
                    + " = ?", setId, m) == 1) {
                removed.add(m);
            }
        }
        return removed;
    }

    @Override
    public List<ItemSet> list(Kind kind) throws StoreException {
        Map<Long, String[]> rows = new LinkedHashMap<>();
        db.each("SELECT id, name, description FROM " + table(kind) + " ORDER BY " + Db.nocase("name") + ", id",
                r -> rows.put(r.getLong(1), new String[] {r.getString(2), r.getString(3)}));
        Map<Long, Set<Long>> members = new LinkedHashMap<>();
        db.each("SELECT set_id, " + memberColumn(kind) + " FROM " + table(kind) + "_member ORDER BY set_id, position, "
                + memberColumn(kind), r -> members.computeIfAbsent(r.getLong(1), k -> new LinkedHashSet<>())
                .add(r.getLong(2)));
        List<ItemSet> out = new ArrayList<>();
        for (Map.Entry<Long, String[]> e : rows.entrySet()) {
            out.add(new ItemSet(e.getKey(), kind, e.getValue()[0], e.getValue()[1],
                    members.getOrDefault(e.getKey(), Set.of())));
        }
        return out;
    }

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

    @Override
    public List<ItemSet> byName(String name) throws StoreException {
        return list().stream().filter(s -> s.name().equals(name)).toList();
    }

    @Override
    public List<Long> setsOf(Kind kind, long member) throws StoreException {
        return db.list("SELECT set_id FROM " + table(kind) + "_member WHERE " + memberColumn(kind)
                + " = ? ORDER BY set_id", r -> r.getLong(1), member);
    }
}
