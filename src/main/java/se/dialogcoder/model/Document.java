package se.dialogcoder.model;

/**
 * A stored document (its text is fetched separately, it can be large).
 *
 * @param county null when unknown ("Okänt län")
 * @param characters length of the text in Unicode code points
 */
public record Document(long id, String name, County county, DocumentKind kind, String round, String dialogueDate,
                       String sourceFile, String contentHash, int characters, int words, int units,
                       String importedAt) {
}
