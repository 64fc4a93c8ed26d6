package se.dialogcoder.ingest;

import java.nio.file.Path;

/** Reads plain text and Markdown (.txt, .md): decode, normalise, split into paragraphs and speaker turns. */
public final class PlainTextReader implements DocumentReader {
    @Override
    public boolean supports(String lowerCaseFileName) {
        return lowerCaseFileName.endsWith(".txt") || lowerCaseFileName.endsWith(".md");
    }

    @Override
    public ParsedDocument read(Path file) throws ImportException {
        byte[] bytes = FileChecks.readBytes(file, Limits.MAX_TEXT_FILE_BYTES, Limits.TEXT_FILE_TOO_LARGE);
        String text = TextNormaliser.normalise(TextDecoder.decode(file, bytes));
        if (text.isEmpty()) {
            throw new ImportException(file, TextDecoder.BLANK);
        }
        Limits.checkTextLength(file, text);
        return UnitSplitter.split(text);
    }
}
