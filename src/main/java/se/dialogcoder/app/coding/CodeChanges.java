package se.dialogcoder.app.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;

/** Undoable changes to the codebook. Nothing here ever loses a coding: deletes and merges are reversible. */
public final class CodeChanges {
    private CodeChanges() {
    }

    public static final class Add implements Change {
        private final Long parentId;
        private final String name;
        private final String color;
        private Code created;

        public Add(Long parentId, String name, String color) {
            this.parentId = parentId;
            this.name = name;
            this.color = color;
        }

        Code created() {
            return created;
        }

        @Override
        public void apply(UnitOfWork tx) throws StoreException {
            if (created == null) {
                created = tx.codes().insert(null, parentId, name, null, null, null, color,
                        tx.codes().nextSortOrder(parentId));
            } else {
                tx.codes().restore(created, null);
            }
        }

        @Override
        public void revert(UnitOfWork tx) throws StoreException {
            tx.codes().delete(created.id());
        }
    }

    /** Rename, recolour, describe or move: the whole row before and after. */
    public static final class Update implements Change {
        private final Code before;
        private final Code after;

        public Update(Code before, Code after) {
            this.before = before;
            this.after = after;
        }

        @Override
        public void apply(UnitOfWork tx) throws StoreException {
            tx.codes().update(after);
        }

        @Override
        public void revert(UnitOfWork tx) throws StoreException {
            tx.codes().update(before);
        }
    }

    /** Deletes a code, its sub-codes and their codings; revert puts every row back with its id and memo. */
    public static final class Delete implements Change {
        private final long codeId;
        private final List<Code> codes = new ArrayList<>();
        private final Map<Long, String> codeMemos = new HashMap<>();
        private final List<Coding> codings = new ArrayList<>();
        private final Map<Long, String> codingMemos = new HashMap<>();
        private final Map<Long, List<Long>> codeSets = new HashMap<>();

        public Delete(long codeId) {
            this.codeId = codeId;
        }

        @Override
        public void apply(UnitOfWork tx) throws StoreException {
            codes.clear();
            codings.clear();
            List<Code> all = tx.codes().list();
            collect(all, codeId);
            codeSets.clear();
            for (Code c : codes) {
                codeMemos.put(c.id(), tx.codes().memo(c.id()));
                codeSets.put(c.id(), SetChanges.codeSetsOf(tx, c.id()));
                for (Coding coding : tx.codings().forCode(c.id())) {
                    codings.add(coding);
                    codingMemos.put(coding.id(), tx.codings().memo(coding.id()));
                }
            }
            for (Coding coding : codings) {
                tx.codings().delete(coding.id());
            }
            for (int i = codes.size() - 1; i >= 0; i--) {
                tx.codes().delete(codes.get(i).id());
            }
        }

        private void collect(List<Code> all, long id) {
            for (Code c : all) {
                if (c.id() == id) {
                    codes.add(c);
                }
            }
            for (Code c : all) {
                if (c.parentId() != null && c.parentId() == id) {
                    collect(all, c.id());
                }
            }
        }

        @Override
        public void revert(UnitOfWork tx) throws StoreException {
            for (Code c : codes) {
                tx.codes().restore(c, codeMemos.get(c.id()));
            }
            for (Coding coding : codings) {
                tx.codings().restore(coding, codingMemos.get(coding.id()));
            }
            for (Code c : codes) {
                SetChanges.putBack(tx, c.id(), codeSets.getOrDefault(c.id(), List.of()));
            }
        }
    }

    /**
     * Merges {@code source} into {@code target}: its codings move to the target, its sub-codes move under the
     * target, its memo is appended to the target's memo, the target joins the code sets the source was in, and the
     * source code is removed.
     */
    public static final class Merge implements Change {
        private final long sourceId;
        private final long targetId;
        private Code source;
        private String sourceMemo;
        private String targetMemo;
        private final List<Long> movedCodings = new ArrayList<>();
        private final List<Code> movedChildren = new ArrayList<>();
        private List<Long> sourceSets = List.of();
        private List<Long> targetJoined = List.of();

        public Merge(long sourceId, long targetId) {
            this.sourceId = sourceId;
            this.targetId = targetId;
        }

        @Override
        public void apply(UnitOfWork tx) throws StoreException {
            movedCodings.clear();
            movedChildren.clear();
            source = tx.codes().byId(sourceId).orElseThrow(() -> new StoreException(UserMessage.of("err.detail", "{0}",
                    "no code " + sourceId)));
            sourceMemo = tx.codes().memo(sourceId);
            targetMemo = tx.codes().memo(targetId);
            for (Coding c : tx.codings().forCode(sourceId)) {
                movedCodings.add(c.id());
                tx.codings().setCode(c.id(), targetId);
            }
            int order = tx.codes().nextSortOrder(targetId);
            for (Code child : tx.codes().list()) {
                if (child.parentId() != null && child.parentId() == sourceId) {
                    movedChildren.add(child);
                    tx.codes().update(new Code(child.id(), child.uid(), targetId, child.name(), child.nameEn(),
                            child.description(), child.descriptionEn(), child.color(), order++));
                }
            }
            if (sourceMemo != null && !sourceMemo.isBlank()) {
                String joined = targetMemo == null || targetMemo.isBlank() ? sourceMemo
                        : targetMemo + "\n\n[" + source.name() + "]\n" + sourceMemo;
                tx.codes().setMemo(targetId, joined);
            }
            // the target stands for the source now: it joins the code sets the source was in
            sourceSets = SetChanges.codeSetsOf(tx, sourceId);
            targetJoined = new ArrayList<>();
            for (long set : sourceSets) {
                if (!tx.sets().add(se.dialogcoder.model.ItemSet.Kind.CODES, set, List.of(targetId)).isEmpty()) {
                    targetJoined.add(set);
                }
            }
            tx.codes().delete(sourceId);
        }

        @Override
        public void revert(UnitOfWork tx) throws StoreException {
            tx.codes().restore(source, sourceMemo);
            for (Code child : movedChildren) {
                tx.codes().update(child);
            }
            for (long id : movedCodings) {
                tx.codings().setCode(id, sourceId);
            }
            tx.codes().setMemo(targetId, targetMemo);
            SetChanges.putBack(tx, sourceId, sourceSets);
            for (long set : targetJoined) {
                tx.sets().remove(se.dialogcoder.model.ItemSet.Kind.CODES, set, List.of(targetId));
            }
        }
    }

    /** Several changes as one undoable action (e.g. "code in vivo" = new code + coding). */
    public static final class Compound implements Change {
        private final List<Change> parts;

        public Compound(List<Change> parts) {
            this.parts = List.copyOf(parts);
        }

        @Override
        public void apply(UnitOfWork tx) throws StoreException {
            for (Change c : parts) {
                c.apply(tx);
            }
        }

        @Override
        public void revert(UnitOfWork tx) throws StoreException {
            for (int i = parts.size() - 1; i >= 0; i--) {
                parts.get(i).revert(tx);
            }
        }
    }
}
