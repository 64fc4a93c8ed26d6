package se.dialogcoder.app.coding;

import java.util.Objects;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;

/**
 * Undoable changes to a document's facts: county, kind, round and dialogue date, and its free attributes. Each
 * change knows the value before and after, so undo writes the old value back and redo the new one.
 */
public final class DocumentChanges {
    private DocumentChanges() {
    }

    /** The facts of a document that are edited together: county (null = unknown), kind, round, dialogue date. */
    public record Facts(County county, DocumentKind kind, String round, String dialogueDate) {
        public static Facts of(Document d) {
            return new Facts(d.county(), d.kind(), d.round(), d.dialogueDate());
        }
    }

    /** County, kind, round and date before and after, written as a whole. */
    public static final class SetFacts implements Change {
        private final long documentId;
        private final Facts before;
        private final Facts after;

        public SetFacts(long documentId, Facts before, Facts after) {
            this.documentId = documentId;
            this.before = before;
            this.after = after;
        }

        @Override
        public void apply(UnitOfWork tx) throws StoreException {
            write(tx, after);
        }

        @Override
        public void revert(UnitOfWork tx) throws StoreException {
            write(tx, before);
        }

        private void write(UnitOfWork tx, Facts f) throws StoreException {
            tx.documents().setCounty(documentId, f.county());
            tx.documents().setKind(documentId, f.kind());
            tx.documents().setRound(documentId, f.round());
            tx.documents().setDialogueDate(documentId, f.dialogueDate());
        }
    }

    /** One free attribute set, changed or removed (a null value = no such attribute). */
    public static final class SetAttribute implements Change {
        private final long documentId;
        private final String name;
        private final String before;
        private final String after;

        public SetAttribute(long documentId, String name, String before, String after) {
            this.documentId = documentId;
            this.name = Objects.requireNonNull(name);
            this.before = before;
            this.after = after;
        }

        @Override
        public void apply(UnitOfWork tx) throws StoreException {
            tx.documents().setAttribute(documentId, name, after);
        }

        @Override
        public void revert(UnitOfWork tx) throws StoreException {
            tx.documents().setAttribute(documentId, name, before);
        }
    }
}
