package se.dialogcoder.ingest;

import java.nio.file.Path;
import se.dialogcoder.model.UserMessage;

/**
 * Reads SubRip subtitles (.srt): numbered blocks with a timing line such as
 * {@code 00:00:01,000 --> 00:00:04,000}. Same transcript rules as {@link VttReader}; the speaker comes from a
 * {@code Speaker: } prefix when present.
 */
public final class SrtReader implements DocumentReader {
    static final UserMessage NO_CUES = UserMessage.of("err.import.noSrtCues",
            "no subtitle cues found (is this an SRT file?)");

    @Override
    public boolean supports(String lowerCaseFileName) {
        return lowerCaseFileName.endsWith(".srt");
    }

    @Override
    public ParsedDocument read(Path file) throws ImportException {
        return VttReader.readCues(file, false, NO_CUES);
    }
}
