package se.dialogcoder.analysis.words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.model.WordForms;

/**
 * Rewrites a search in the query language of the exact search (words, {@code "phrases"}, {@code prefix*}, AND, OR,
 * NOT, NEAR, parentheses) so that each word also matches its other forms in the project: every word becomes the
 * words of the project's vocabulary that are its inflections (same Snowball stem) or compounds it is a part of
 * ({@link CompoundSplitter}), joined by OR; a phrase becomes the phrases of those forms. The result is an ordinary
 * exact query, so the engines match and highlight it as they do any other: hits lie on the words as written.
 * Prefixes ({@code plan*}) stay as they are.
 */
public final class QueryForms {
    /** Phrases one phrase (or NEAR group) may become at most. */
    public static final int MAX_ALTERNATIVES = 200;

    /** The words of a project's index (folded as the index folds them). */
    public interface Vocabulary<E extends Exception> {
        /** Words beginning with the prefix. */
        List<String> startingWith(String prefix) throws E;

        /** Words containing the string. */
        List<String> containing(String part) throws E;
    }

    /** A search these options cannot rewrite; told in plain words. */
    public static final class Unsupported extends IllegalArgumentException implements UserMessage.Carrier {
        private final transient UserMessage message;

        Unsupported(UserMessage message) {
            super(message.english());
            this.message = message;
        }

        @Override
        public UserMessage userMessage() {
            return message;
        }
    }

    private final SwedishStems stems;
    private final CompoundSplitter splitter;

    public QueryForms(SwedishStems stems, CompoundSplitter splitter) {
        this.stems = stems;
        this.splitter = splitter;
    }

    /** The Swedish stemmer and the compound splitter with the word list that ships with the application. */
    public static QueryForms swedish() {
        SwedishStems stems = new SwedishStems();
        return new QueryForms(stems, CompoundSplitter.swedish(stems));
    }

    /**
     * The query with each word widened to its forms in the vocabulary; the query itself when the options are exact
     * or no word has another form.
     *
     * @throws Unsupported when the query uses syntax the rewriting does not take (column filters, {@code ^},
     *                     {@code +}) or a phrase would have more than {@value #MAX_ALTERNATIVES} forms
     */
    public <E extends Exception> String expand(String query, WordForms forms, Vocabulary<E> vocabulary) throws E {
        if (forms.exact() || query == null) {
            return query;
        }
        return new Rewrite<>(query, forms, vocabulary).run();
    }

    /** The forms of one folded word in the vocabulary, itself included, in order. */
    public <E extends Exception> Set<String> forms(String word, WordForms forms, Vocabulary<E> vocabulary) throws E {
        Set<String> out = new TreeSet<>();
        out.add(word);
        if (!isWord(word)) {
            return out;
        }
        Set<String> keys = forms.inflections() ? stems.stems(word) : Set.of(word);
        if (forms.inflections()) {
            for (String stem : keys) {
                for (String v : vocabulary.startingWith(stem)) {
                    if (stems.isFormOf(v, stem)) {
                        out.add(v);
                    }
                }
            }
        }
        if (forms.compounds() && word.length() >= CompoundSplitter.MIN_PART) {
            java.util.function.Predicate<String> partOf = splitter.partOf(word, forms.inflections());
            for (String v : vocabulary.containing(splitter.searchKey(word, forms.inflections()))) {
                if (!out.contains(v) && partOf.test(v)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** Words with at least one letter (numbers have no forms). */
    private static boolean isWord(String w) {
        return w.codePoints().anyMatch(Character::isLetter);
    }

    /** One rewriting: a scanner over the query that copies operators and replaces phrases. */
    private final class Rewrite<E extends Exception> {
        private final String q;
        private final WordForms options;
        private final Vocabulary<E> vocabulary;
        private final Map<String, Set<String>> cache = new HashMap<>();
        private int pos;
        private boolean changed;

        Rewrite(String q, WordForms options, Vocabulary<E> vocabulary) {
            this.q = q;
            this.options = options;
            this.vocabulary = vocabulary;
        }

        /**
         * The query rewritten with the precedence FTS5 gives it: OR below AND below NOT below words side by side
         * (an implicit AND that binds tightest: {@code a NOT b c} is {@code a NOT (b c)}). Side by side words
         * become an explicit, parenthesised AND, since FTS5 does not join parenthesised groups implicitly.
         */
        String run() throws E {
            String rewritten = or();
            skipSpace();
            if (pos < q.length()) {
                throw unsupported();
            }
            return changed ? rewritten : q;
        }

        private String or() throws E {
            List<String> parts = new ArrayList<>(List.of(and()));
            while (keyword("OR")) {
                parts.add(and());
            }
            return String.join(" OR ", parts);
        }

        private String and() throws E {
            List<String> parts = new ArrayList<>(List.of(not()));
            while (keyword("AND")) {
                parts.add(not());
            }
            return String.join(" AND ", parts);
        }

        private String not() throws E {
            StringBuilder sb = new StringBuilder(sideBySide());
            while (keyword("NOT")) {
                sb.append(" NOT ").append(sideBySide());
            }
            return sb.toString();
        }

        private String sideBySide() throws E {
            List<String> items = new ArrayList<>(List.of(primary()));
            while (startsPrimary()) {
                items.add(primary());
            }
            return items.size() == 1 ? items.get(0) : "(" + String.join(" AND ", items) + ")";
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
            int p = pos;
            String word = bareword();
            pos = p;
            return !word.equals("OR") && !word.equals("AND") && !word.equals("NOT");
        }

        private String primary() throws E {
            skipSpace();
            if (pos >= q.length()) {
                throw unsupported();
            }
            char c = q.charAt(pos);
            if (c == '(') {
                pos++;
                String inner = or();
                skipSpace();
                if (pos >= q.length() || q.charAt(pos) != ')') {
                    throw unsupported();
                }
                pos++;
                return "(" + inner + ")";
            }
            if (c != '"' && !isBareword(c)) {
                throw unsupported();
            }
            int start = pos;
            if (c != '"') {
                String word = bareword();
                if (word.equals("NEAR") && next() == '(') {
                    return near();
                }
                if (word.equals("AND") || word.equals("OR") || word.equals("NOT")) {
                    throw unsupported();
                }
                pos = start;
            }
            List<String> alternatives = phrase();
            return alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" OR ", alternatives) + ")";
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

        /** NEAR(p1 p2 …, N): one NEAR group for each combination of the phrases' forms, joined by OR. */
        private String near() throws E {
            skipSpace();
            pos++; // (
            List<List<String>> groups = new ArrayList<>();
            String distance = null;
            while (true) {
                skipSpace();
                if (pos >= q.length()) {
                    throw unsupported();
                }
                char c = q.charAt(pos);
                if (c == ')') {
                    pos++;
                    break;
                }
                if (c == ',') {
                    pos++;
                    skipSpace();
                    int start = pos;
                    while (pos < q.length() && Character.isDigit(q.charAt(pos))) {
                        pos++;
                    }
                    distance = q.substring(start, pos);
                    skipSpace();
                    if (distance.isEmpty() || pos >= q.length() || q.charAt(pos) != ')') {
                        throw unsupported();
                    }
                    pos++;
                    break;
                }
                if (c != '"' && !isBareword(c)) {
                    throw unsupported();
                }
                groups.add(phrase());
            }
            if (groups.isEmpty()) {
                throw unsupported();
            }
            List<String> combos = product(groups, "NEAR(…)");
            String tail = distance == null ? "" : ", " + distance;
            List<String> nears = combos.stream().map(p -> "NEAR(" + p + tail + ")").toList();
            if (nears.size() > 1) {
                changed = true;
            }
            return nears.size() == 1 ? nears.get(0) : "(" + String.join(" OR ", nears) + ")";
        }

        /** A phrase (a bareword or a string, perhaps with *): its alternatives as exact phrases. */
        private List<String> phrase() throws E {
            int start = pos;
            String text = q.charAt(pos) == '"' ? string() : bareword();
            String original = q.substring(start, pos);
            if (pos < q.length() && q.charAt(pos) == '*') {
                pos++;
                return List.of(original + "*");
            }
            if (pos < q.length() && (q.charAt(pos) == ':' || q.charAt(pos) == '+')) {
                throw unsupported();
            }
            skipSpaceBefore('+');
            List<String> tokens = tokens(text);
            if (tokens.isEmpty()) {
                return List.of(original);
            }
            List<List<String>> perToken = new ArrayList<>();
            long combinations = 1;
            for (String t : tokens) {
                Set<String> f = cache.get(t);
                if (f == null) {
                    f = forms(t, options, vocabulary);
                    cache.put(t, f);
                }
                perToken.add(List.copyOf(f));
                combinations *= f.size();
                if (combinations > MAX_ALTERNATIVES) {
                    throw new Unsupported(UserMessage.of("err.search.tooManyForms", "the phrase {0} has more than "
                            + "{1,number,#} combinations of word forms in this project; search for fewer words at "
                            + "once, or without the word forms", original, MAX_ALTERNATIVES));
                }
            }
            if (combinations == 1) {
                return List.of(original);
            }
            changed = true;
            return product(perToken, original).stream().map(QueryForms::quote).toList();
        }

        /** A "+" after a phrase joins it to the next one: not rewritten. */
        private void skipSpaceBefore(char c) {
            int p = pos;
            while (p < q.length() && Character.isWhitespace(q.charAt(p))) {
                p++;
            }
            if (p < q.length() && q.charAt(p) == c) {
                throw unsupported();
            }
        }

        /** Every combination of one item of each list, joined by spaces; {@code shown} names them in an error. */
        private List<String> product(List<List<String>> lists, String shown) {
            List<String> out = new ArrayList<>(List.of(""));
            for (List<String> options : lists) {
                List<String> next = new ArrayList<>();
                for (String prefix : out) {
                    for (String o : options) {
                        next.add(prefix.isEmpty() ? o : prefix + " " + o);
                    }
                }
                if (next.size() > MAX_ALTERNATIVES) {
                    throw new Unsupported(UserMessage.of("err.search.tooManyForms", "the phrase {0} has more than "
                            + "{1,number,#} combinations of word forms in this project; search for fewer words at "
                            + "once, or without the word forms", shown, MAX_ALTERNATIVES));
                }
                out = next;
            }
            return out;
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
            throw unsupported();
        }

        private String bareword() {
            int start = pos;
            while (pos < q.length() && isBareword(q.charAt(pos))) {
                pos++;
            }
            return q.substring(start, pos);
        }

        private char next() {
            int p = pos;
            while (p < q.length() && Character.isWhitespace(q.charAt(p))) {
                p++;
            }
            return p < q.length() ? q.charAt(p) : 0;
        }

        private void skipSpace() {
            while (pos < q.length() && Character.isWhitespace(q.charAt(pos))) {
                pos++;
            }
        }

        private Unsupported unsupported() {
            return new Unsupported(UserMessage.of("err.search.formsSyntax", "the search ''{0}'' cannot be widened to "
                    + "other word forms: use words, \"phrases in quotes\", prefix*, AND, OR, NOT, NEAR and "
                    + "(parentheses)", q));
        }
    }

    /** An exact FTS5 string: in double quotes, a double quote doubled. */
    static String quote(String phrase) {
        return "\"" + phrase.replace("\"", "\"\"") + "\"";
    }

    /** FTS5 barewords: non-ASCII characters, ASCII letters and digits, "_" and the substitute character. */
    static boolean isBareword(char c) {
        return c >= 0x80 || Character.isLetterOrDigit(c) || c == '_' || c == 0x1A;
    }

    /**
     * The folded tokens of a phrase by the rules of the index's tokenizer (letters, numbers and private-use
     * characters make tokens; everything else separates them; lower case).
     */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (isTokenChar(cp) || (token.length() > 0 && Character.getType(cp) == Character.NON_SPACING_MARK)) {
                token.appendCodePoint(cp < 128 ? Character.toLowerCase(cp)
                        : Character.toLowerCase(Character.toUpperCase(cp)));
            } else if (token.length() > 0) {
                out.add(token.toString());
                token.setLength(0);
            }
        });
        if (token.length() > 0) {
            out.add(token.toString());
        }
        return out;
    }

    private static boolean isTokenChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.PRIVATE_USE
                || Character.getType(cp) == Character.LETTER_NUMBER || Character.getType(cp) == Character.OTHER_NUMBER;
    }
}
