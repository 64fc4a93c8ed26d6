package se.dialogcoder.app.codebook;

import se.dialogcoder.app.Project;
import se.dialogcoder.model.ImportCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.dialogcoder.exchange.CodebookJson;
import se.dialogcoder.exchange.CodebookJson.Codebook;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodebookEntry;
import se.dialogcoder.store.StoreException;

/** Moves codebooks between files and projects. */
public final class CodebookService {
    private final CodebookJson json;

    public CodebookService(CodebookJson json) {
        this.json = json;
    }

    public CodebookJson json() {
        return json;
    }

    /** Adds a codebook's codes to a project in one transaction (existing codes are kept as they are). */
    public ImportCount install(Project project, Codebook codebook) throws StoreException {
        return project.write(tx -> tx.codes().importTree(codebook.codes()));
    }

    /** The project's codes as a codebook tree. */
    public Codebook fromProject(Project project) throws StoreException {
        return fromCodes(project.info().name(), project.read(tx -> tx.codes().list()));
    }

    /** A codebook of these codes (parents before children, siblings in order), named after the project. */
    public Codebook fromCodes(String name, List<Code> codes) {
        Map<Long, List<Code>> children = new HashMap<>();
        for (Code c : codes) {
            children.computeIfAbsent(c.parentId() == null ? -1L : c.parentId(), k -> new ArrayList<>()).add(c);
        }
        return new Codebook(name, name, tree(children, -1L, 0));
    }

    private static List<CodebookEntry> tree(Map<Long, List<Code>> children, long parent, int depth) {
        List<CodebookEntry> out = new ArrayList<>();
        if (depth > 50) {
            return out;
        }
        for (Code c : children.getOrDefault(parent, List.of())) {
            out.add(new CodebookEntry(c.uid(), c.name(), c.nameEn(), c.description(), c.descriptionEn(), c.color(),
                    tree(children, c.id(), depth + 1)));
        }
        return out;
    }
}
