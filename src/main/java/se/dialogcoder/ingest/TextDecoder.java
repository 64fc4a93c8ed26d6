package se.dialogcoder.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import se.dialogcoder.model.UserMessage;

/**
 * Turns the bytes of a text file into a string.
 *
 * <p>A byte order mark decides the encoding (UTF-8, UTF-16LE/BE, UTF-32LE/BE). Without one, UTF-16 is
 * recognised by its pattern of zero bytes, then strict UTF-8 is tried, and text that is not valid UTF-8 is
 * read as Windows-1252 (a superset of the printable part of ISO-8859-1), which is what older Swedish
 * Windows files use. Binary files (zero bytes, known binary signatures, many control characters) are
 * refused.
 */
public final class TextDecoder {
    static final UserMessage BINARY = UserMessage.of("err.import.binary", "this is not a text file (binary content)");
    static final UserMessage EMPTY = UserMessage.of("err.import.empty", "the file is empty");
    static final UserMessage BLANK = UserMessage.of("err.import.blank", "the file contains no text (only blank space)");

    /** Windows-1252 as a table; the five bytes it leaves undefined map to the C1 controls, as in ISO-8859-1. */
    private static final String CP1252 = cp1252Table();

    private static final byte[][] BINARY_SIGNATURES = {
        {'%', 'P', 'D', 'F', '-'},
        {'P', 'K', 3, 4},
        {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
        {(byte) 0x89, 'P', 'N', 'G'},
        {'G', 'I', 'F', '8'},
        {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
        {0x1F, (byte) 0x8B},
        {'{', '\\', 'r', 't', 'f'},
    };

    private TextDecoder() {
    }

    /**
     * Decodes the bytes of {@code file}.
     *
     * @return the text; a leading byte order mark is removed, nothing else is changed
     * @throws ImportException when the file is empty, blank or binary
     */
    public static String decode(Path file, byte[] bytes) throws ImportException {
        if (bytes == null || bytes.length == 0) {
            throw new ImportException(file, EMPTY);
        }
        String text = decodeBytes(file, bytes);
        if (looksBinary(text)) {
            throw new ImportException(file, BINARY);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (isBlank(text)) {
            throw new ImportException(file, BLANK);
        }
        return text;
    }

    private static String decodeBytes(Path file, byte[] b) throws ImportException {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return lenient(b, 4, Charset.forName("UTF-32BE"));
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return lenient(b, 4, Charset.forName("UTF-32LE"));
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return lenient(b, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return lenient(b, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return lenient(b, 2, StandardCharsets.UTF_16LE);
        }
        for (byte[] signature : BINARY_SIGNATURES) {
            if (startsWith(b, signature)) {
                throw new ImportException(file, BINARY);
            }
        }
        Charset utf16 = utf16WithoutBom(b);
        if (utf16 != null) {
            return lenient(b, 0, utf16);
        }
        for (byte x : b) {
            if (x == 0) {
                throw new ImportException(file, BINARY);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException notUtf8) {
            return windows1252(b);
        }
    }

    /**
     * UTF-16 without a byte order mark: in Latin text every second byte is zero. Requires an even length,
     * no zero byte on the other side and zero bytes in at least 70 % of the one side.
     */
    private static Charset utf16WithoutBom(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < b.length; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = b.length / 2;
        if (evenZeros == 0 && oddZeros * 10 >= pairs * 7) {
            return StandardCharsets.UTF_16LE;
        }
        if (oddZeros == 0 && evenZeros * 10 >= pairs * 7) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String lenient(byte[] b, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return chars.toString();
        } catch (CharacterCodingException cannotHappenWithReplace) {
            return new String(b, offset, b.length - offset, charset);
        }
    }

    static String windows1252(byte[] b) {
        char[] out = new char[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = CP1252.charAt(b[i] & 0xFF);
        }
        return new String(out);
    }

    /** More than 2 % control characters (other than tab, line feed, carriage return, form feed) is binary. */
    static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
                continue;
            }
            if (c == 0 || Character.getType(c) == Character.CONTROL) {
                controls++;
            }
        }
        return controls > 0 && (long) controls * 50 > text.length();
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!TextNormaliser.isSpace(c) && c != '\uFEFF' && Character.getType(c) != Character.CONTROL) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String cp1252Table() {
        Charset cp1252 = Charset.forName("windows-1252");
        char[] table = new char[256];
        for (int i = 0; i < 256; i++) {
            String s = new String(new byte[] {(byte) i}, cp1252);
            table[i] = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) i;
        }
        return new String(table);
    }
}
