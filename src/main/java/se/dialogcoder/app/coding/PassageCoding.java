package se.dialogcoder.app.coding;

import se.dialogcoder.app.Project;
import java.util.List;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodePointText;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.NewCoding;
import se.dialogcoder.store.StoreException;

/** Codes a passage given by document name and code-point offsets (the {@code code} command). */
public final class PassageCoding {
    /** What was coded: the stored coding, its document, the code's path and the passage. */
    public record Result(Coding coding, Document document, String codePath, String passage) {
    }

    /**
     * Codes {@code start}–{@code end} (code points, end exclusive) of a document with a code, in one transaction.
     *
     * @param codePath the code's path ("Tema / Undertema"), id, or a name that occurs once
     * @throws IllegalArgumentException (plain words) for an unknown document or code, or offsets outside the text
     */
    public Result code(Project project, String documentName, int start, int end, String codePath, String coder)
            throws StoreException {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("the passage " + start + "–" + end + " is empty or negative (give "
                    + "0 ≤ start < end, in code points)");
        }
        record Target(Document doc, Code code, String path) {
        }
        Target target = project.read(tx -> {
            Document doc = tx.documents().byName(documentName).orElseThrow(() -> new IllegalArgumentException(
                    "no document named \"" + documentName + "\" (see dialogcoder info)"));
            if (end > doc.characters()) {
                throw new IllegalArgumentException("the passage " + start + "–" + end + " lies outside \""
                        + doc.name() + "\", which has " + doc.characters() + " code points");
            }
            CodeTree tree = new CodeTree(tx.codes().list());
            Code code = tree.resolve(codePath);
            return new Target(doc, code, tree.path(code.id()));
        });
        return project.write(tx -> {
            long coderId = tx.coders().getOrCreate(coder).id();
            long id = tx.codings().insertAll(List.of(new NewCoding(target.doc().id(), target.code().id(), start, end)),
                    coderId).get(0);
            Coding coding = tx.codings().byId(id).orElseThrow();
            String passage = new CodePointText(tx.documents().text(target.doc().id())).slice(start, end);
            return new Result(coding, target.doc(), target.path(), passage);
        });
    }
}
