package se.dialogcoder.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Small facts about stored texts: length in code points, word count, content hash, names on one line. */
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

    /** A run of control characters (C0, DEL, C1) or line/paragraph separators, with any white space around it. */
    private static final java.util.regex.Pattern BREAKS =
            java.util.regex.Pattern.compile("[\\s\\p{Cc}\\u2028\\u2029]*[\\p{Cc}\\u2028\\u2029][\\s\\p{Cc}\\u2028\\u2029]*");

    /**
     * A name as one line: every run of control characters (C0 including newline and tab, DEL, C1) and Unicode
     * line or paragraph separators becomes a single space, and the ends are stripped. Used for document, source,
     * code and set names taken from file names or exchange files, so that every list row and report line stays
     * one line. Null stays null.
     */
    public static String oneLine(String name) {
        if (name == null) {
            return null;
        }
        return BREAKS.matcher(name).replaceAll(" ").strip();
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
