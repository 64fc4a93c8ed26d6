package se.dialogcoder.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file of an archive: UTF-8, UTF-16 when it starts with a UTF-16 byte order mark, and Windows-1252
 * for bytes that are not valid UTF-8 (reported by the caller). A byte order mark is not part of the text; whether
 * there was one is told apart ({@link Decoded#bom()}), since some programs count it in their positions.
 */
final class SourceText {
    /** The text, whether the Windows-1252 fallback was used, and whether the file began with a byte order mark. */
    record Decoded(String text, boolean fallback, boolean bom) {
    }

    private SourceText() {
    }

    static Decoded decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return utf8(b, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), false, true);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), false, true);
        }
        return utf8(b, 0);
    }

    private static Decoded utf8(byte[] b, int offset) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
            return new Decoded(s, false, offset > 0);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(b, offset, b.length - offset, Charset.forName("windows-1252")), true,
                    offset > 0);
        }
    }
}
