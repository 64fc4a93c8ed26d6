package se.dialogcoder.model;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A named set of documents or of codes (REFI-QDA {@code <Set>}, MAXQDA's document sets and code sets). A set is a
 * selection, not a coding: putting a document or code into a set, or taking it out, never changes a coding.
 *
 * @param id the row id
 * @param kind documents or codes
 * @param name unique among all sets of the project (and never the name of a built-in {@link CountyGroup})
 * @param description free text, or null
 * @param members the ids of the member documents or codes, in the order they were added
 */
public record ItemSet(long id, Kind kind, String name, String description, Set<Long> members) {
    /** What a set holds. */
    public enum Kind {
        DOCUMENTS("documents"), CODES("codes");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** "documents" or "codes" (the CLI's and JSON's word). */
        public String id() {
            return id;
        }
    }

    public ItemSet {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        members = Collections.unmodifiableSet(new LinkedHashSet<>(members == null ? Set.of() : members));
    }

    public boolean isDocumentSet() {
        return kind == Kind.DOCUMENTS;
    }
}
