package se.dialogcoder.app.coding;

import java.util.ArrayList;
import java.util.List;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.ItemSet.Kind;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;

/** Undoable changes to document sets and code sets. Nothing here touches a coding. */
public final class SetChanges {
    private SetChanges() {
    }

    /** Creates a set, with first members (or none). */
    public static final class Create implements Change {
        private final Kind kind;
        private final String name;
        private final String description;
        private final List<Long> members;
        private ItemSet created;

        public Create(Kind kind, String name, String description, List<Long> members) {
            this.kind = kind;
            this.name = name;
            this.description = description;
            this.members = List.copyOf(members);
        }

        ItemSet created() {
            return created;
        }

        @Override
        public void apply(UnitOfWork tx) throws StoreException {
            if (created == null) {
                created = tx.sets().create(kind, name, description);
            } else {
                tx.sets().restore(created);
            }
            tx.sets().add(kind, created.id(), members);
        }

        @Override
        public void revert(UnitOfWork tx) throws StoreException {
            tx.sets().delete(kind, created.id());
        }
    }

    /** Rename and/or describe: name and description before and after. */
    public static final class Update implements Change {
        private final ItemSet before;
        private final String name;
        private final String description;

        public Update(ItemSet before, String name, String description) {
            this.before = before;
            this.name = name;
            this.description = description;
        }

        @Override
        public void apply(UnitOfWork tx) throws StoreException {
            tx.sets().update(before.kind(), before.id(), name, description);
        }

        @Override
        public void revert(UnitOfWork tx) throws StoreException {
            tx.sets().update(before.kind(), before.id(), before.name(), before.description());
        }
    }

    /** Deletes a set (its documents or codes stay); revert puts it back with its id and members. */
    public static final class Delete implements Change {
        private final Kind kind;
        private final long id;
        private ItemSet deleted;

        public Delete(Kind kind, long id) {
            this.kind = kind;
            this.id = id;
        }

        @Override
        public void apply(UnitOfWork tx) throws StoreException {
            deleted = tx.sets().byId(kind, id).orElseThrow(() -> new StoreException(UserMessage.of("err.detail", "{0}",
                    "no set " + id)));
            tx.sets().delete(kind, id);
        }

        @Override
        public void revert(UnitOfWork tx) throws StoreException {
            tx.sets().restore(deleted);
        }
    }

    /** Adds members to a set or takes them out; only those that actually changed are undone. */
    public static final class Members implements Change {
        private final Kind kind;
        private final long setId;
        private final List<Long> ids;
        private final boolean add;
        private List<Long> changed = List.of();

        public Members(Kind kind, long setId, List<Long> ids, boolean add) {
            this.kind = kind;
            this.setId = setId;
            this.ids = List.copyOf(ids);
            this.add = add;
        }

        /** How many members the last apply added or removed. */
        int changed() {
            return changed.size();
        }

        @Override
        public void apply(UnitOfWork tx) throws StoreException {
            changed = add ? tx.sets().add(kind, setId, ids) : tx.sets().remove(kind, setId, ids);
        }

        @Override
        public void revert(UnitOfWork tx) throws StoreException {
            if (add) {
                tx.sets().remove(kind, setId, changed);
            } else {
                tx.sets().add(kind, setId, changed);
            }
        }
    }

    /** The code sets a code is in, to put it back into them when a delete or merge of it is undone. */
    static List<Long> codeSetsOf(UnitOfWork tx, long codeId) throws StoreException {
        return new ArrayList<>(tx.sets().setsOf(Kind.CODES, codeId));
    }

    static void putBack(UnitOfWork tx, long codeId, List<Long> sets) throws StoreException {
        for (long set : sets) {
            tx.sets().add(Kind.CODES, set, List.of(codeId));
        }
    }
}
