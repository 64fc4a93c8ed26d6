package se.dialogcoder.model;

/**
 * A code (theme) of the codebook. {@code uid} is a stable identifier that survives export and import
 * (the codebook's id, or a generated UUID); {@code parentId} is null for top-level codes.
 */
public record Code(long id, String uid, Long parentId, String name, String nameEn, String description,
                   String descriptionEn, String color, int sortOrder) {
}
