package se.dialogcoder.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file of an archive: UTF-8 (a byte order mark is skipped and not counted), UTF-16 when it starts
 * with a UTF-16 byte order mark, and Windows-1252 for bytes that are not valid UTF-8 (reported by the caller).
 */
final class SourceText {
    /** The text, and whether the Windows-1252 fallback was used. */
    record Decoded(String text, boolean fallback) {
    }

    private SourceText() {
    }

    static Decoded decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return utf8(b, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), false);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), false);
        }
        return utf8(b, 0);
    }

    private static Decoded utf8(byte[] b, int offset) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
            return new Decoded(s, false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(b, offset, b.length - offset, Charset.forName("windows-1252")), true);
        }
    }
}
