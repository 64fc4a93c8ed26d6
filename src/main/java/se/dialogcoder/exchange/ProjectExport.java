package se.dialogcoder.exchange;

import java.util.List;
import java.util.Map;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ItemSet;

/**
 * Everything of a project that a REFI-QDA export writes, read from the store by the application layer and handed
 * over as plain records (the exchange layer never touches the database).
 *
 * @param uuid the project's stable UUID: every exported GUID is derived from it and a row id
 * @param codes all codes, parents before children, siblings in order
 * @param codeMemos memo per code id (codes without a memo are absent)
 * @param origin the program that writes the file, e.g. "DialogCoder 0.1.0"
 * @param sets the document sets and code sets (the built-in county groups are not among them)
 */
public record ProjectExport(String uuid, String name, String createdAt, String memo, String origin,
                            List<Coder> coders, List<Code> codes, Map<Long, String> codeMemos,
                            List<DocumentExport> documents, List<ItemSet> sets) {
    public ProjectExport {
        coders = List.copyOf(coders);
        codes = List.copyOf(codes);
        codeMemos = Map.copyOf(codeMemos);
        documents = List.copyOf(documents);
        sets = sets == null ? List.of() : List.copyOf(sets);
    }

    /** Without sets. */
    public ProjectExport(String uuid, String name, String createdAt, String memo, String origin, List<Coder> coders,
                         List<Code> codes, Map<Long, String> codeMemos, List<DocumentExport> documents) {
        this(uuid, name, createdAt, memo, origin, coders, codes, codeMemos, documents, List.of());
    }

    /** A document with its stored text, memo, free attributes and codings (in document order). */
    public record DocumentExport(Document document, String text, String memo, Map<String, String> attributes,
                                 List<CodingExport> codings) {
        public DocumentExport {
            attributes = Map.copyOf(attributes);
            codings = List.copyOf(codings);
        }
    }

    /** A coding with its memo (or null). */
    public record CodingExport(Coding coding, String memo) {
    }
}
