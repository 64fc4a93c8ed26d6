package se.dialogcoder.app.exchange;

import java.util.List;

/**
 * What a merge did: one entry per merged file, in the order given.
 *
 * @param project the project file merged into
 * @param sources one entry per merged file
 */
public record MergeReport(String project, List<Source> sources) {
    public MergeReport {
        sources = List.copyOf(sources);
    }

    /**
     * One merged file.
     *
     * @param file the merged file's name
     * @param documentsAdded names (in the project) of documents that were only in the file and were added
     * @param documentsMatched documents already in the project (same text)
     * @param codesAdded paths of codes that were added
     * @param codesMatched codes already in the project (same id, or same path)
     * @param codersAdded names of coders new to the project
     * @param codingsAdded codings added
     * @param codingsPresent codings already in the project (same document, code, coder, start and end), skipped
     * @param memosMerged memos of the project, documents, codes and codings that took text from the file
     * @param detailsFilled empty document details (county, round, date, attributes) and code descriptions
     *        filled in from the file
     * @param conflicts where the two differ; the project's version was kept (memos: both kept)
     */
    public record Source(String file, List<String> documentsAdded, int documentsMatched, List<String> codesAdded,
                         int codesMatched, List<String> codersAdded, int codingsAdded, int codingsPresent,
                         int memosMerged, int detailsFilled, List<Conflict> conflicts) {
        public Source {
            documentsAdded = List.copyOf(documentsAdded);
            codesAdded = List.copyOf(codesAdded);
            codersAdded = List.copyOf(codersAdded);
            conflicts = List.copyOf(conflicts);
        }

        /** Whether the file added or changed nothing (a repeated merge). */
        public boolean addedNothing() {
            return documentsAdded.isEmpty() && codesAdded.isEmpty() && codersAdded.isEmpty() && codingsAdded == 0
                    && memosMerged == 0 && detailsFilled == 0;
        }
    }

    /** What kind of difference a conflict is. */
    public enum Kind {
        /** A code with the same id has a different name (or English name) in the file: renamed differently. */
        CODE_NAME,
        /** A code has a different colour in the file. */
        CODE_COLOUR,
        /** A code with the same id stands under a different parent in the file: moved differently. */
        CODE_PARENT,
        /** A code has a different description (or English description) in the file. */
        CODE_DESCRIPTION,
        /** The file has a document of the same name but another text: added as a separate document. */
        DOCUMENT_SAME_NAME,
        /** A document's county, kind, round or date differs. */
        DOCUMENT_FACT,
        /** A document attribute has another value in the file. */
        DOCUMENT_ATTRIBUTE,
        /** Both had a different memo: both texts were kept, the file's below a separator line. */
        MEMO_KEPT_BOTH
    }

    /**
     * A difference between the project and the merged file.
     *
     * @param subject what it concerns: a code's path, a document's name, or "project" for the project memo
     * @param field which detail: for {@link Kind#CODE_NAME} {@code name} or {@code nameEn}, for
     *        {@link Kind#CODE_DESCRIPTION} {@code description} or {@code descriptionEn}, for
     *        {@link Kind#DOCUMENT_FACT} {@code county}, {@code kind}, {@code round} or {@code date}, for
     *        {@link Kind#DOCUMENT_ATTRIBUTE} the attribute's name, for {@link Kind#MEMO_KEPT_BOTH}
     *        {@code project}, {@code document}, {@code code} or {@code coding}; otherwise null
     * @param ours the project's value (kept), where there is one
     * @param theirs the file's value
     */
    public record Conflict(Kind kind, String subject, String field, String ours, String theirs) {
        /** The conflict in plain English (for the command line). */
        public String inWords() {
            return switch (kind) {
                case CODE_NAME -> "code \"" + subject + "\" was renamed differently: here \"" + ours
                        + "\", in the file \"" + theirs + "\"" + ("nameEn".equals(field) ? " (English name)" : "")
                        + "; kept \"" + ours + "\"";
                case CODE_COLOUR -> "code \"" + subject + "\" has another colour in the file (" + theirs
                        + "); kept " + ours;
                case CODE_PARENT -> "code \"" + subject + "\" was moved differently: in the file it stands under "
                        + (theirs == null ? "the top level" : "\"" + theirs + "\"") + "; kept its place here";
                case CODE_DESCRIPTION -> "code \"" + subject + "\" has another "
                        + ("descriptionEn".equals(field) ? "English description" : "description")
                        + " in the file; kept this project's";
                case DOCUMENT_SAME_NAME -> "the file's document \"" + subject + "\" has another text than the "
                        + "document of that name here; added as a separate document \"" + theirs + "\"";
                case DOCUMENT_FACT -> "document \"" + subject + "\": " + field + " is \"" + theirs
                        + "\" in the file; kept \"" + ours + "\"";
                case DOCUMENT_ATTRIBUTE -> "document \"" + subject + "\": attribute \"" + field + "\" is \""
                        + theirs + "\" in the file; kept \"" + ours + "\"";
                case MEMO_KEPT_BOTH -> ("project".equals(field) ? "the project memo" : "the memo of " + field
                        + " \"" + subject + "\"") + " differs; kept both texts, the file's below a separator line";
            };
        }
    }

    public int codingsAdded() {
        return sources.stream().mapToInt(Source::codingsAdded).sum();
    }

    public int codingsPresent() {
        return sources.stream().mapToInt(Source::codingsPresent).sum();
    }

    public int documentsAdded() {
        return sources.stream().mapToInt(s -> s.documentsAdded().size()).sum();
    }

    public int codesAdded() {
        return sources.stream().mapToInt(s -> s.codesAdded().size()).sum();
    }

    public int conflicts() {
        return sources.stream().mapToInt(s -> s.conflicts().size()).sum();
    }
}
