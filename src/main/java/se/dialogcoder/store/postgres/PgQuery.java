package se.dialogcoder.store.postgres;

import java.util.ArrayList;
import java.util.List;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.SearchSyntaxException;

/**
 * A search in the query language of the project file (SQLite FTS5): words, {@code "phrases"} (a doubled quote
 * inside stands for one), {@code prefix*}, AND, OR, NOT in capitals (NOT binds tightest, then AND, then OR; words
 * side by side are joined by AND more tightly still, as in FTS5), parentheses. Parsed into a tree that is
 * translated into PostgreSQL's tsquery ({@code <->} for phrases, {@code :*} for prefixes) and can also be
 * evaluated over a text's tokens. FTS5's NEAR groups, column filters, {@code ^} and {@code +} are refused here.
 */
final class PgQuery {
    /** A node of the query. */
    sealed interface Node permits Phrase, And, Or, Not, Nothing {
    }

    /** Consecutive folded tokens; with {@code prefix}, the last one matches any token it begins. */
    record Phrase(List<String> tokens, boolean prefix) implements Node {
    }

    record And(List<Node> all) implements Node {
    }

    record Or(List<Node> any) implements Node {
    }

    /** {@code left NOT right}: left, and not right. */
    record Not(Node left, Node right) implements Node {
    }

    /** A phrase without tokens (e.g. {@code ""}): matches nothing, as in FTS5. */
    record Nothing() implements Node {
    }

    private final String q;
    private int pos;

    private PgQuery(String q) {
        this.q = q;
    }

    /** Parses a (stripped, non-blank) query; throws {@link SearchSyntaxException} naming what is wrong. */
    static Node parse(String query) {
        PgQuery p = new PgQuery(query);
        Node n = p.or();
        p.skipSpace();
        if (p.pos < p.q.length()) {
            throw p.error();
        }
        return n;
    }

    private Node or() {
        List<Node> any = new ArrayList<>(List.of(and()));
        while (keyword("OR")) {
            any.add(and());
        }
        return any.size() == 1 ? any.get(0) : new Or(any);
    }

    /**
     * NOT-terms joined by AND or side by side (implicit AND, which drops phrases without tokens: {@code a ""} is
     * {@code a}, while {@code a AND ""} matches nothing), as FTS5 parses them: {@code a NOT b c} is
     * {@code (a NOT b) AND c}; side by side only after a phrase and before one ({@code (a) b} is not valid).
     */
    private Node and() {
        List<Node> all = new ArrayList<>(List.of(not()));
        while (true) {
            if (keyword("AND")) {
                all.add(not());
            } else if (!afterParenthesis() && startsPhrase()) {
                Node next = not();
                Node last = all.get(all.size() - 1);
                if (next instanceof Nothing) {
                    continue;
                }
                if (last instanceof Nothing) {
                    all.set(all.size() - 1, next);
                } else {
                    all.add(next);
                }
            } else {
                break;
            }
        }
        return all.size() == 1 ? all.get(0) : new And(all);
    }

    /** Whether the last thing read was a closing parenthesis (FTS5 puts phrases side by side only after a phrase). */
    private boolean afterParenthesis() {
        int p = pos - 1;
        while (p >= 0 && Character.isWhitespace(q.charAt(p))) {
            p--;
        }
        return p >= 0 && q.charAt(p) == ')';
    }

    private Node not() {
        Node left = primary();
        while (keyword("NOT")) {
            left = new Not(left, primary());
        }
        return left;
    }

    /** {@code ( expr )} or one phrase. */
    private Node primary() {
        skipSpace();
        if (pos >= q.length()) {
            throw endsEarly();
        }
        if (q.charAt(pos) == '(') {
            pos++;
            Node n = or();
            skipSpace();
            if (pos >= q.length()) {
                throw endsEarly();
            }
            if (q.charAt(pos) != ')') {
                throw error();
            }
            pos++;
            return n;
        }
        return phrase();
    }

    private boolean startsPhrase() {
        skipSpace();
        if (pos >= q.length()) {
            return false;
        }
        char c = q.charAt(pos);
        if (c == '"') {
            return true;
        }
        if (!isBareword(c)) {
            return false;
        }
        String word = bareword();
        return !word.equals("OR") && !word.equals("AND") && !word.equals("NOT");
    }

    private Node phrase() {
        skipSpace();
        if (pos >= q.length()) {
            throw endsEarly();
        }
        char c = q.charAt(pos);
        String text;
        if (c == '"') {
            text = string();
        } else if (isBareword(c)) {
            text = bareword();
            if (text.equals("AND") || text.equals("OR") || text.equals("NOT")) {
                throw error();
            }
            pos += text.length();
            if (text.equals("NEAR") && nextIs('(')) {
                throw unsupported("NEAR");
            }
        } else {
            throw error();
        }
        boolean prefix = false;
        if (nextIs('*')) {
            skipSpace();
            pos++;
            prefix = true;
        }
        if (nextIs('+') || nextIs(':') || nextIs('^')) {
            skipSpace();
            throw unsupported(String.valueOf(q.charAt(pos)));
        }
        List<String> tokens = PgTokens.folded(text);
        return tokens.isEmpty() ? new Nothing() : new Phrase(tokens, prefix);
    }

    private boolean nextIs(char c) {
        int p = pos;
        while (p < q.length() && Character.isWhitespace(q.charAt(p))) {
            p++;
        }
        return p < q.length() && q.charAt(p) == c;
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
        throw new SearchSyntaxException(invalid("unterminated string"), null);
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

    private String bareword() {
        int end = pos;
        while (end < q.length() && isBareword(q.charAt(end))) {
            end++;
        }
        return q.substring(pos, end);
    }

    private void skipSpace() {
        while (pos < q.length() && Character.isWhitespace(q.charAt(pos))) {
            pos++;
        }
    }

    /** FTS5 barewords: non-ASCII characters, ASCII letters and digits, "_" and the substitute character. */
    private static boolean isBareword(char c) {
        return c >= 0x80 || (c < 0x80 && Character.isLetterOrDigit(c)) || c == '_' || c == 0x1A;
    }

    private SearchSyntaxException error() {
        String near = pos < q.length() ? q.substring(pos, Math.min(q.length(), pos + 1)) : "";
        if (near.isEmpty()) {
            return endsEarly();
        }
        return new SearchSyntaxException(invalid("syntax error near \"" + near + "\""), null);
    }

    private SearchSyntaxException endsEarly() {
        return new SearchSyntaxException(invalid(UserMessage.of("err.search.endsEarly", "it ends too early")), null);
    }

    private SearchSyntaxException unsupported(String what) {
        return new SearchSyntaxException(invalid(what + " is not supported in a project on PostgreSQL"), null);
    }

    private UserMessage invalid(Object why) {
        return UserMessage.of("err.search.invalid", "the search ''{0}'' is not valid ({1}). Use words, \"phrases in "
                + "quotes\", prefix* and AND, OR, NOT in capitals with (parentheses); put words with hyphens or "
                + "other punctuation in quotes.", q, why);
    }

    // --- simplification: Nothing matches nothing --------------------------------------------------------------

    /** The same query with every {@link Nothing} taken out; {@link Nothing} itself when it can match nothing. */
    static Node simplify(Node n) {
        if (n instanceof And a) {
            List<Node> all = new ArrayList<>();
            for (Node c : a.all()) {
                Node s = simplify(c);
                if (s instanceof Nothing) {
                    return s;
                }
                all.add(s);
            }
            return all.size() == 1 ? all.get(0) : new And(all);
        }
        if (n instanceof Or o) {
            List<Node> any = o.any().stream().map(PgQuery::simplify).filter(s -> !(s instanceof Nothing)).toList();
            return any.isEmpty() ? new Nothing() : any.size() == 1 ? any.get(0) : new Or(any);
        }
        if (n instanceof Not x) {
            Node left = simplify(x.left());
            Node right = simplify(x.right());
            return left instanceof Nothing || right instanceof Nothing ? left : new Not(left, right);
        }
        return n;
    }

    // --- tsquery ------------------------------------------------------------------------------------------------

    /** The exact tsquery of a simplified query (no {@link Nothing} in it). */
    static String tsquery(Node n) {
        if (n instanceof Phrase p) {
            return phrase(p, " <-> ");
        }
        if (n instanceof And a) {
            return join(a.all().stream().map(PgQuery::tsquery).toList(), " & ");
        }
        if (n instanceof Or o) {
            return join(o.any().stream().map(PgQuery::tsquery).toList(), " | ");
        }
        if (n instanceof Not x) {
            return "(" + tsquery(x.left()) + " & !" + tsquery(x.right()) + ")";
        }
        throw new IllegalArgumentException("nothing to translate");
    }

    /**
     * A tsquery that every document matching {@code n} matches, without positions: a phrase becomes its tokens
     * joined by AND; under NOT, where the phrase must be a subset, a phrase of several tokens becomes nothing.
     * For documents whose tsvector holds no positions (see {@link PgTokens#vector}); the exact check follows in Java.
     */
    static String superset(Node n) {
        return tsquery(simplify(bound(n, true)));
    }

    private static Node bound(Node n, boolean upper) {
        if (n instanceof Phrase p) {
            return p.tokens().size() == 1 ? p : upper ? new And(tokens(p)) : new Nothing();
        }
        if (n instanceof And a) {
            return new And(a.all().stream().map(c -> bound(c, upper)).toList());
        }
        if (n instanceof Or o) {
            return new Or(o.any().stream().map(c -> bound(c, upper)).toList());
        }
        if (n instanceof Not x) {
            return new Not(bound(x.left(), upper), bound(x.right(), !upper));
        }
        return n;
    }

    private static List<Node> tokens(Phrase p) {
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < p.tokens().size(); i++) {
            boolean last = i == p.tokens().size() - 1;
            out.add(new Phrase(List.of(p.tokens().get(i)), last && p.prefix()));
        }
        return out;
    }

    private static String phrase(Phrase p, String between) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < p.tokens().size(); i++) {
            boolean last = i == p.tokens().size() - 1;
            parts.add(PgTokens.quote(p.tokens().get(i)) + (last && p.prefix() ? ":*" : ""));
        }
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(between, parts) + ")";
    }

    private static String join(List<String> parts, String op) {
        return "(" + String.join(op, parts) + ")";
    }

    // --- evaluation over a text's tokens ------------------------------------------------------------------------

    /** Whether a text with these (folded) tokens matches the query. */
    static boolean matches(Node n, List<String> tokens) {
        if (n instanceof Phrase p) {
            return !instances(p, tokens).isEmpty();
        }
        if (n instanceof And a) {
            return a.all().stream().allMatch(c -> matches(c, tokens));
        }
        if (n instanceof Or o) {
            return o.any().stream().anyMatch(c -> matches(c, tokens));
        }
        if (n instanceof Not x) {
            return matches(x.left(), tokens) && !matches(x.right(), tokens);
        }
        return false;
    }

    /** Where a phrase begins in the tokens (token indexes). */
    static List<Integer> instances(Phrase p, List<String> tokens) {
        List<Integer> out = new ArrayList<>();
        int size = p.tokens().size();
        for (int t = 0; t + size <= tokens.size(); t++) {
            boolean match = true;
            for (int k = 0; k < size && match; k++) {
                String want = p.tokens().get(k);
                String have = tokens.get(t + k);
                match = p.prefix() && k == size - 1 ? have.startsWith(want) : have.equals(want);
            }
            if (match) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The phrases whose instances FTS5's {@code highlight()} marks in a matching text: those of the branches that
     * match (all children of a matching AND, the matching children of an OR, the left side of a matching NOT).
     */
    static List<Phrase> matchingPhrases(Node n, List<String> tokens) {
        List<Phrase> out = new ArrayList<>();
        if (matches(n, tokens)) {
            collectMatching(n, tokens, out);
        }
        return out;
    }

    private static void collectMatching(Node n, List<String> tokens, List<Phrase> out) {
        if (n instanceof Phrase p) {
            out.add(p);
        } else if (n instanceof And a) {
            a.all().forEach(c -> collectMatching(c, tokens, out));
        } else if (n instanceof Or o) {
            o.any().stream().filter(c -> matches(c, tokens)).forEach(c -> collectMatching(c, tokens, out));
        } else if (n instanceof Not x) {
            collectMatching(x.left(), tokens, out);
        }
    }

    /** Every phrase of the query (those under NOT too), in query order. */
    static List<Phrase> phrases(Node n) {
        List<Phrase> out = new ArrayList<>();
        collect(n, out);
        return out;
    }

    private static void collect(Node n, List<Phrase> out) {
        if (n instanceof Phrase p) {
            out.add(p);
        } else if (n instanceof And a) {
            a.all().forEach(c -> collect(c, out));
        } else if (n instanceof Or o) {
            o.any().forEach(c -> collect(c, out));
        } else if (n instanceof Not x) {
            collect(x.left(), out);
            collect(x.right(), out);
        }
    }
}
