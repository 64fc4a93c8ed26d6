package se.dialogcoder.store.postgres;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokens of a text by the rules of SQLite FTS5's {@code unicode61} tokenizer with {@code remove_diacritics 0}
 * (the rules the project file's search uses): a token starts with a letter, number or private-use character and
 * runs on over those and the combining diacritics FTS5 keeps; everything else separates tokens; tokens are folded
 * to lower case (simple folding, Turkish İ/ı kept); å, ä, ö stay themselves. PostgreSQL's own parsers split words
 * differently (hyphens, e-mail addresses, numbers), so the document's tsvector is built here from these tokens and
 * PostgreSQL matches it with its {@code @@} operator and GIN index.
 */
final class PgTokens {
    /** PostgreSQL keeps positions up to 16383 and at most 256 of them per lexeme. */
    static final int MAX_POSITION = 16383;
    static final int MAX_POSITIONS_PER_LEXEME = 256;
    /** A lexeme may have at most 2047 bytes; all lexemes of a vector together less than 1 MiB. */
    static final int MAX_LEXEME_BYTES = 2047;
    static final int MAX_VECTOR_BYTES = (1 << 20) - 4096;
    private static final boolean[] TOKEN = new boolean[0x10000];
    private static final char[] FOLD = new char[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            TOKEN[c] = compute(c);
            int f = c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c)
                    : c == 0x130 || c == 0x131 ? c
                    : Character.toLowerCase(Character.toUpperCase(c));
            FOLD[c] = f < 0x10000 ? (char) f : (char) c;
        }
    }

    private PgTokens() {
    }

    /** A token of a text: its folded form and where it stands (chars and code points, end exclusive). */
    record Token(String folded, int startCp, int endCp) {
    }

    /** A document's tsvector literal (null: none can be made) and whether it holds every position exactly. */
    record Vector(String literal, boolean complete) {
    }

    static boolean isTokenStart(int cp) {
        return cp < 0x10000 ? TOKEN[cp] : compute(cp);
    }

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

    /** The combining diacritics FTS5 keeps inside tokens: some of U+0300–U+0331. */
    private static boolean isDiacritic(int cp) {
        if (cp < 0x300 || cp > 0x331) {
            return false;
        }
        return cp < 0x320 ? (0x08029FDF & (1 << (cp - 0x300))) != 0 : (0x000361F8 & (1 << (cp - 0x320))) != 0;
    }

    static int fold(int cp) {
        return cp < 0x10000 ? FOLD[cp] : Character.toLowerCase(cp);
    }

    /** Every token of a text in order. */
    static List<Token> scan(String text) {
        List<Token> out = new ArrayList<>();
        StringBuilder folded = new StringBuilder();
        int cp = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            int c = text.codePointAt(i);
            if (!isTokenStart(c)) {
                i += Character.charCount(c);
                cp++;
                continue;
            }
            int startCp = cp;
            folded.setLength(0);
            while (i < length) {
                c = text.codePointAt(i);
                if (!isTokenPart(c)) {
                    break;
                }
                folded.appendCodePoint(fold(c));
                i += Character.charCount(c);
                cp++;
            }
            out.add(new Token(folded.toString(), startCp, cp));
        }
        return out;
    }

    /** The folded tokens of a query string. */
    static List<String> folded(String s) {
        return scan(s).stream().map(Token::folded).toList();
    }

    /**
     * The tsvector of a text: each folded token with its positions (1, 2, …) when all fit PostgreSQL's limits
     * ({@code complete}); else the lexemes alone, or null when even those do not fit (a token over 2047 bytes).
     */
    static Vector vector(String text) {
        List<Token> tokens = scan(text);
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            positions.computeIfAbsent(tokens.get(i).folded(), k -> new ArrayList<>()).add(i + 1);
        }
        boolean complete = tokens.size() <= MAX_POSITION;
        long bytes = 0;
        for (Map.Entry<String, List<Integer>> e : positions.entrySet()) {
            int b = e.getKey().getBytes(StandardCharsets.UTF_8).length;
            if (b > MAX_LEXEME_BYTES) {
                return new Vector(null, false);
            }
            bytes += b;
            complete &= e.getValue().size() <= MAX_POSITIONS_PER_LEXEME;
        }
        if (bytes > MAX_VECTOR_BYTES) {
            return new Vector(null, false);
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<Integer>> e : positions.entrySet()) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(quote(e.getKey()));
            if (complete) {
                sb.append(':');
                List<Integer> ps = e.getValue();
                for (int k = 0; k < ps.size(); k++) {
                    sb.append(k == 0 ? "" : ",").append(ps.get(k));
                }
            }
        }
        return new Vector(sb.toString(), complete);
    }

    /** A lexeme quoted for a tsvector or tsquery literal. */
    static String quote(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
