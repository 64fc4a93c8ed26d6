package se.dialogcoder.app.coding;

import java.util.List;
import se.dialogcoder.model.Coding;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;

/**
 * Undoable changes to codings. Redo puts back the same ids, so memos and references stay valid; a memo written on
 * a coding is kept through undo and redo.
 */
public final class CodingChanges {
    private CodingChanges() {
    }

    /** Codes passages; after the first apply the created codings are known and redo restores them. */
    public static final class Add implements Change {
        private final List<int[]> ranges;
        private final long documentId;
        private final long codeId;
        private final String coder;
        private final MadeCodings created = new MadeCodings();

        public Add(long documentId, long codeId, String coder, List<int[]> ranges) {
            this.documentId = documentId;
            this.codeId = codeId;
            this.coder = coder;
            this.ranges = List.copyOf(ranges);
        }

        List<Coding> created() {
            return created.list();
        }

        @Override
        public CodingEffect codingEffect(boolean applied) {
            return applied ? new CodingEffect(created.list(), List.of(), true)
                    : new CodingEffect(List.of(), created.list(), true);
        }

        @Override
        public void apply(UnitOfWork tx) throws StoreException {
            if (created.isEmpty()) {
                long coderId = tx.coders().getOrCreate(coder).id();
                for (int[] r : ranges) {
                    created.add(tx.codings().insert(documentId, codeId, coderId, r[0], r[1]));
                }
            } else {
                created.restore(tx);
            }
        }

        @Override
        public void revert(UnitOfWork tx) throws StoreException {
            created.remove(tx);
        }
    }

    /**
     * Codes a passage by accepting a code suggestion: an ordinary coding, marked with the suggestion's score. Undo
     * removes the coding and its mark; redo puts both back.
     */
    public static final class AcceptSuggestion implements Change {
        private final Add add;
        private final double score;

        public AcceptSuggestion(long documentId, long codeId, String coder, int start, int end, double score) {
            this.add = new Add(documentId, codeId, coder, List.<int[]>of(new int[] {start, end}));
            this.score = score;
        }

        Coding created() {
            return add.created().get(0);
        }

        @Override
        public CodingEffect codingEffect(boolean applied) {
            return add.codingEffect(applied);
        }

        @Override
        public void apply(UnitOfWork tx) throws StoreException {
            add.apply(tx);
            tx.codings().markSuggested(created().id(), score);
        }

        @Override
        public void revert(UnitOfWork tx) throws StoreException {
            add.revert(tx); // the mark goes with the coding
        }
    }

    /** Removes a coding; undo puts it back with its memo and, when it came from a suggestion, its mark. */
    public static final class Remove implements Change {
        private final Coding coding;
        private String memo;
        private Double suggested;

        public Remove(Coding coding) {
            this.coding = coding;
        }

        @Override
        public CodingEffect codingEffect(boolean applied) {
            return applied ? new CodingEffect(List.of(), List.of(coding), true)
                    : new CodingEffect(List.of(coding), List.of(), true);
        }

        @Override
        public void apply(UnitOfWork tx) throws StoreException {
            memo = tx.codings().memo(coding.id());
            suggested = tx.codings().suggested().get(coding.id());
            tx.codings().delete(coding.id());
        }

        @Override
        public void revert(UnitOfWork tx) throws StoreException {
            tx.codings().restore(coding, memo);
            if (suggested != null) {
                tx.codings().markSuggested(coding.id(), suggested);
            }
        }
    }

    public static final class Recode implements Change {
        private final long codingId;
        private final long from;
        private final long to;

        public Recode(long codingId, long from, long to) {
            this.codingId = codingId;
            this.from = from;
            this.to = to;
        }

        @Override
        public void apply(UnitOfWork tx) throws StoreException {
            tx.codings().setCode(codingId, to);
        }

        @Override
        public void revert(UnitOfWork tx) throws StoreException {
            tx.codings().setCode(codingId, from);
        }
    }

    public static final class Resize implements Change {
        private final Coding before;
        private final int start;
        private final int end;

        public Resize(Coding before, int start, int end) {
            this.before = before;
            this.start = start;
            this.end = end;
        }

        @Override
        public void apply(UnitOfWork tx) throws StoreException {
            tx.codings().setRange(before.id(), start, end);
        }

        @Override
        public void revert(UnitOfWork tx) throws StoreException {
            tx.codings().setRange(before.id(), before.start(), before.end());
        }
    }
}
