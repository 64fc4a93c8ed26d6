package se.dialogcoder.model;

import java.util.List;

/** One code of a codebook file (tree form), independent of any project. */
public record CodebookEntry(String id, String name, String nameEn, String description, String descriptionEn,
                            String color, List<CodebookEntry> children) {
    public CodebookEntry {
        children = children == null ? List.of() : List.copyOf(children);
    }
}
