package se.dialogcoder.store.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the phrases out of an FTS5 query that FTS5 has already accepted: words, {@code "phrases"}, {@code prefix*},
 * AND, OR, NOT and parentheses. Queries with other syntax (NEAR, column filters, {@code ^}, {@code +}) give
 * nothing, and their hits are then marked by FTS5's own {@code highlight()}.
 */
final class FtsQuery {
    /** A phrase: folded tokens; with {@code prefix}, the last one matches any token it begins. */
    record Phrase(List<int[]> tokens, boolean prefix) {
    }

    private final String q;
    private int pos;
    private final List<Phrase> phrases = new ArrayList<>();

    private FtsQuery(String q) {
        this.q = q;
    }

    /** Every phrase of the query, or empty when the query uses syntax this reader leaves to FTS5. */
    static Optional<List<Phrase>> phrases(String query) {
        if (!Unicode61.isCertain(query)) {
            return Optional.empty();
        }
        FtsQuery p = new FtsQuery(query);
        try {
            p.or();
            p.skipSpace();
            if (p.pos < p.q.length() || p.phrases.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(List.copyOf(p.phrases));
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    private void or() {
        and();
        while (keyword("OR")) {
            and();
        }
    }

    private void and() {
        not();
        while (true) {
            if (keyword("AND")) {
                not();
            } else if (startsPrimary()) {
                not();
            } else {
                return;
            }
        }
    }

    private void not() {
        primary();
        while (keyword("NOT")) {
            primary();
        }
    }

    private boolean startsPrimary() {
        skipSpace();
        if (pos >= q.length()) {
            return false;
        }
        char c = q.charAt(pos);
        if (c == '(' || c == '"') {
            return true;
        }
        if (!isBareword(c)) {
            return false;
        }
        String word = peekBareword();
        return !word.equals("OR") && !word.equals("AND") && !word.equals("NOT");
    }

    private void primary() {
        skipSpace();
        if (pos >= q.length()) {
            throw new IllegalStateException("end");
        }
        char c = q.charAt(pos);
        if (c == '(') {
            pos++;
            or();
            skipSpace();
            expect(')');
            return;
        }
        String text;
        if (c == '"') {
            text = string();
        } else if (isBareword(c)) {
            text = peekBareword();
            if (text.equals("NEAR") || text.equals("AND") || text.equals("OR") || text.equals("NOT")) {
                throw new IllegalStateException("left to FTS5");
            }
            pos += text.length();
        } else {
            throw new IllegalStateException("left to FTS5");
        }
        boolean prefix = false;
        if (pos < q.length() && q.charAt(pos) == '*') {
            prefix = true;
            pos++;
        }
        if (pos < q.length() && (q.charAt(pos) == '+' || q.charAt(pos) == ':')) {
            throw new IllegalStateException("left to FTS5");
        }
        List<int[]> tokens = Unicode61.tokens(text);
        if (tokens.isEmpty()) {
            throw new IllegalStateException("left to FTS5");
        }
        phrases.add(new Phrase(tokens, prefix));
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (pos < q.length()) {
            char c = q.charAt(pos++);
            if (c == '"') {
                if (pos < q.length() && q.charAt(pos) == '"') {
                    sb.append('"');
                    pos++;
                } else {
                    return sb.toString();
                }
            } else {
                sb.append(c);
            }
        }
        throw new IllegalStateException("unterminated");
    }

    private boolean keyword(String word) {
        skipSpace();
        if (q.startsWith(word, pos) && !(pos + word.length() < q.length()
                && isBareword(q.charAt(pos + word.length())))) {
            pos += word.length();
            return true;
        }
        return false;
    }

    private String peekBareword() {
        int end = pos;
        while (end < q.length() && isBareword(q.charAt(end))) {
            end++;
        }
        return q.substring(pos, end);
    }

    private void expect(char c) {
        if (pos >= q.length() || q.charAt(pos) != c) {
            throw new IllegalStateException("expected " + c);
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < q.length() && Character.isWhitespace(q.charAt(pos))) {
            pos++;
        }
    }

    /** FTS5 barewords: non-ASCII characters, ASCII letters and digits, "_" and the substitute character. */
    private static boolean isBareword(char c) {
        return c >= 0x80 || Character.isLetterOrDigit(c) || c == '_' || c == 0x1A;
    }
}
