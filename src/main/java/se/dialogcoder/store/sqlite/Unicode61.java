package se.dialogcoder.store.sqlite;

/**
 * The rules of FTS5's {@code unicode61} tokenizer with {@code remove_diacritics 0}, as used for
 * {@code document_fts}: a token starts with a letter, number or private-use character (categories L*, N*, Co) and
 * runs on over those and the combining diacritics FTS5 knows; everything else separates tokens; tokens compare case-insensitively (simple case
 * folding); å, ä, ö stay themselves. {@code HitLocatorTest} checks these rules against FTS5 itself.
 */
final class Unicode61 {
    /** Token characters and folded forms of the Basic Multilingual Plane, looked up instead of computed. */
    private static final boolean[] TOKEN = new boolean[0x10000];
    private static final char[] FOLD = new char[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            TOKEN[c] = compute(c);
            int f = c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c)
                    : c == 0x130 || c == 0x131 ? c // Turkish İ and ı: FTS5 folds neither to i
                    : Character.toLowerCase(Character.toUpperCase(c));
            FOLD[c] = f < 0x10000 ? (char) f : (char) c;
        }
    }

    private Unicode61() {
    }

    /**
     * Whether FTS5 is known to treat every character of the text as these rules do: SQLite's tables are those of
     * Unicode 6.1 (characters assigned later count as token characters there), so only the ranges checked by
     * {@code Unicode61Test} are trusted: Latin with its diacritics, general punctuation and the currency signs of
     * Unicode 6.1. Texts with anything else get their hits from FTS5's {@code highlight()}.
     */
    static boolean isCertain(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isCertain(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isCertain(char c) {
        return c < 0x0370 || (c >= 0x2000 && c < 0x2065) || (c >= 0x20A0 && c <= 0x20B9);
    }

    /** Whether a token can start with the character (letters, numbers, private use). */
    static boolean isTokenStart(int cp) {
        return cp < 0x10000 ? TOKEN[cp] : compute(cp);
    }

    /** Whether the character continues a token: a token start, or a combining diacritic FTS5 keeps. */
    static boolean isTokenPart(int cp) {
        return isTokenStart(cp) || isDiacritic(cp);
    }

    private static boolean compute(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    /** The combining diacritics FTS5 keeps inside tokens (it could strip them): U+0300–U+0331, some of them. */
    private static boolean isDiacritic(int cp) {
        if (cp < 0x300 || cp > 0x331) {
            return false;
        }
        return cp < 0x320 ? (0x08029FDF & (1 << (cp - 0x300))) != 0 : (0x000361F8 & (1 << (cp - 0x320))) != 0;
    }

    static int fold(int cp) {
        return cp < 0x10000 ? FOLD[cp] : Character.toLowerCase(cp);
    }

    /** The folded tokens of a string (a query phrase), each as an array of code points. */
    static java.util.List<int[]> tokens(String s) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        int[] cps = s.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            while (i < cps.length && !isTokenStart(cps[i])) {
                i++;
            }
            int start = i;
            while (i < cps.length && isTokenPart(cps[i])) {
                i++;
            }
            if (i > start) {
                int[] token = new int[i - start];
                for (int k = 0; k < token.length; k++) {
                    token[k] = fold(cps[start + k]);
                }
                out.add(token);
            }
        }
        return out;
    }
}
