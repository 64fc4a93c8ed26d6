package se.dialogcoder.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Small facts about stored texts: length in code points, word count, content hash. */
public final class Texts {
    private Texts() {
    }

    /** Length in Unicode code points, the unit of every offset in a project. */
    public static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Words = maximal runs of letters or digits (so "Region Jämtland Härjedalen" is 3 words). */
    public static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean letter = Character.isLetterOrDigit(cp);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
            i += Character.charCount(cp);
        }
        return words;
    }

    /** SHA-256 of the text's UTF-8 bytes, lower-case hex: how identical texts are recognised. */
    public static String contentHash(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
