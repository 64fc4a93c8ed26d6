package se.dialogcoder.exchange;

import java.util.List;
import java.util.Map;
import se.dialogcoder.model.CodebookEntry;
import se.dialogcoder.model.DocumentKind;

/**
 * A REFI-QDA project as read from a {@code .qdpx}: texts already in stored form (NFC, {@code \n}) with every
 * selection moved onto the same words of that text, GUID references resolved. The application layer stores it in a
 * new project; {@link #report()} lists what could not be taken over.
 *
 * @param codes the code tree; each entry's id is the code's GUID (normalised)
 * @param codeMemos memo per code GUID
 * @param statesDates whether the file declares DialogCoder's dialogue-date variable (else dates may be detected)
 * @param statesKinds whether the file declares DialogCoder's document-type variable (else the kind is detected)
 * @param statesCounties whether the file declares the variable "Län" (else counties are detected)
 * @param sets document sets and code sets ({@code <Sets>}), members referring to {@link #documents} and codes
 */
public record ImportedProject(String name, String origin, String memo, List<CodebookEntry> codes,
                              Map<String, String> codeMemos, List<ImportedDocument> documents, boolean statesDates,
                              boolean statesKinds, boolean statesCounties, ImportReport report,
                              List<ImportedSet> sets) {
    public ImportedProject {
        codes = List.copyOf(codes);
        codeMemos = Map.copyOf(codeMemos);
        documents = List.copyOf(documents);
        sets = sets == null ? List.of() : List.copyOf(sets);
    }

    /** Without sets. */
    public ImportedProject(String name, String origin, String memo, List<CodebookEntry> codes,
                           Map<String, String> codeMemos, List<ImportedDocument> documents, boolean statesDates,
                           boolean statesKinds, boolean statesCounties, ImportReport report) {
        this(name, origin, memo, codes, codeMemos, documents, statesDates, statesKinds, statesCounties, report,
                List.of());
    }

    /**
     * A document set or code set as the file has it.
     *
     * @param documents positions in {@link ImportedProject#documents} (document sets)
     * @param codeGuids GUIDs of codes in {@link ImportedProject#codes} (code sets)
     */
    public record ImportedSet(se.dialogcoder.model.ItemSet.Kind kind, String name, String description,
                              List<Integer> documents, List<String> codeGuids) {
        public ImportedSet {
            documents = List.copyOf(documents);
            codeGuids = List.copyOf(codeGuids);
        }
    }

    /**
     * A text source.
     *
     * @param name the document name (a file extension such as {@code .docx} taken off)
     * @param county the county as the file states it (the value of the document's own variable "Län", or of
     *               another county variable such as "County" or "Region" whose value names a county, else that of
     *               its case), or null; not yet parsed ({@link StatedCounty#parse})
     * @param kind null when the file does not state it
     * @param attributes free attributes (variable name → value) in file order
     */
    public record ImportedDocument(String name, String sourceFile, String text, String county, String round,
                                   String dialogueDate, DocumentKind kind, Map<String, String> attributes,
                                   String memo, List<ImportedCoding> codings) {
        public ImportedDocument {
            attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
            codings = List.copyOf(codings);
        }
    }

    /** A coding, with offsets in code points over the stored text, end exclusive. */
    public record ImportedCoding(String codeGuid, String coder, int start, int end, String memo) {
    }
}
