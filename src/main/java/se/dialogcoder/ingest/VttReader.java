package se.dialogcoder.ingest;

import java.nio.file.Path;
import se.dialogcoder.model.UserMessage;

/**
 * Reads WebVTT subtitles, including Microsoft Teams transcript exports, into a transcript (see
 * {@link CueTranscript} for the text produced). The header, NOTE, STYLE and REGION blocks are skipped; a date
 * in the header or a NOTE block still counts as the dialogue date.
 */
public final class VttReader implements DocumentReader {
    static final UserMessage BROKEN_CUES = UserMessage.of("err.import.brokenCues", "no readable cues (broken timestamps?)");
    static final UserMessage NO_CUES = UserMessage.of("err.import.noVttCues",
            "no subtitle cues found (is this a WebVTT file?)");

    @Override
    public boolean supports(String lowerCaseFileName) {
        return lowerCaseFileName.endsWith(".vtt");
    }

    @Override
    public ParsedDocument read(Path file) throws ImportException {
        return readCues(file, true, NO_CUES);
    }

    static ParsedDocument readCues(Path file, boolean webVtt, UserMessage noCuesReason) throws ImportException {
        byte[] bytes = FileChecks.readBytes(file, Limits.MAX_TEXT_FILE_BYTES, Limits.TEXT_FILE_TOO_LARGE);
        String text = TextNormaliser.normalise(TextDecoder.decode(file, bytes));
        SubtitleParser.Result result = SubtitleParser.parse(text, webVtt);
        if (result.cues().isEmpty()) {
            throw new ImportException(file, result.timingLines() > 0 ? BROKEN_CUES : noCuesReason);
        }
        ParsedDocument doc = CueTranscript.build(file, result.cues());
        if (doc.dialogueDate() == null) {
            // the date is often in the header or a NOTE block, which are not part of the text
            return new ParsedDocument(doc.text(), doc.units(), doc.kind(), DateFinder.find(text));
        }
        return doc;
    }
}
