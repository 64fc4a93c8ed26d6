package se.dialogcoder.ingest.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names from a {@link NameList}, as whole words: "Anna" is found in "Anna sa", "ANNA", "Annas förslag" (the
 * Swedish genitive s stays outside the finding, so it becomes "[Person 1]s") and "Anna:s", but not in "Annalena"
 * or "Anna-Karin". The words of a multi-word name may be separated by spaces or tabs, never by a line break.
 * Where names overlap, the longest wins ("Anna Svensson" over "Anna").
 */
public final class NameDetector implements Detector {
    private final Map<String, List<NameList.Entry>> byFirstWord = new HashMap<>();

    public NameDetector(NameList names) {
        for (NameList.Entry e : names.entries()) {
            byFirstWord.computeIfAbsent(e.words().get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
        }
        for (List<NameList.Entry> list : byFirstWord.values()) {
            list.sort(Comparator.comparingInt((NameList.Entry e) -> e.words().size()).reversed());
        }
    }

    @Override
    public List<PiiFinding> find(String text) {
        if (byFirstWord.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = tokens(text);
        List<PiiFinding> out = new ArrayList<>();
        Offsets offsets = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token first = tokens.get(i);
            int matched = -1;
            int end = -1;
            for (NameList.Entry entry : candidates(first)) {
                end = match(text, tokens, i, entry);
                if (end >= 0) {
                    matched = entry.words().size();
                    break;
                }
            }
            if (matched > 0) {
                if (offsets == null) {
                    offsets = Offsets.of(text);
                }
                out.add(offsets.finding(PiiKind.NAME, first.start, end));
                i += matched - 1;
            }
        }
        return out;
    }

    private List<NameList.Entry> candidates(Token first) {
        String lower = first.text.toLowerCase(Locale.ROOT);
        List<NameList.Entry> exact = byFirstWord.get(lower);
        String stem = genitiveStem(first.text);
        List<NameList.Entry> genitive = stem == null ? null : byFirstWord.get(stem.toLowerCase(Locale.ROOT));
        if (genitive == null) {
            return exact == null ? List.of() : exact;
        }
        List<NameList.Entry> all = new ArrayList<>(exact == null ? List.of() : exact);
        all.addAll(genitive);
        all.sort(Comparator.comparingInt((NameList.Entry e) -> e.words().size()).reversed());
        return all;
    }

    /** The end (UTF-16 index) of {@code entry} matched from token {@code i}, or -1. */
    private static int match(String text, List<Token> tokens, int i, NameList.Entry entry) {
        List<String> words = entry.words();
        if (i + words.size() > tokens.size()) {
            return -1;
        }
        int end = -1;
        for (int w = 0; w < words.size(); w++) {
            Token t = tokens.get(i + w);
            if (w > 0 && !onlySpaces(text, tokens.get(i + w - 1).end, t.start)) {
                return -1;
            }
            boolean last = w == words.size() - 1;
            if (same(t.text, words.get(w), entry.exactCase())) {
                end = t.end;
            } else if (last && genitiveStem(t.text) != null
                    && same(genitiveStem(t.text), words.get(w), entry.exactCase())) {
                end = t.end - (t.text.length() - genitiveStem(t.text).length());
            } else {
                return -1;
            }
        }
        return end;
    }

    private static boolean same(String token, String word, boolean exactCase) {
        return exactCase ? token.equals(word) : token.toLowerCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT));
    }

    /** "Annas" → "Anna", "Anna's" → "Anna"; null when the word has no genitive ending. */
    private static String genitiveStem(String word) {
        if (word.length() > 3 && (word.endsWith("'s") || word.endsWith("’s"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 2 && (word.endsWith("s") || word.endsWith("S"))) {
            return word.substring(0, word.length() - 1);
        }
        return null;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /** A word: letters, digits and marks, joined by single hyphens or apostrophes ("Anna-Karin", "O'Brien"). */
    private record Token(String text, int start, int end) {
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                int c = text.codePointAt(i);
                if (isWordChar(c)) {
                    i += Character.charCount(c);
                } else if ((c == '-' || c == '\'' || c == '’') && i + 1 < n && isWordChar(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            out.add(new Token(text.substring(start, i), start, i));
        }
        return out;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK || cp == '_';
    }
}
