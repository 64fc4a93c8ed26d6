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
        Words tokens = Words.of(text);
        List<PiiFinding> out = new ArrayList<>();
        Offsets offsets = null;
        for (int i = 0; i < tokens.size(); i++) {
            int matched = -1;
            int end = -1;
            for (NameList.Entry entry : candidates(tokens.text(i))) {
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
                out.add(offsets.finding(PiiKind.NAME, tokens.start(i), end));
                i += matched - 1;
            }
        }
        return out;
    }

    private List<NameList.Entry> candidates(String first) {
        List<NameList.Entry> exact = byFirstWord.get(first.toLowerCase(Locale.ROOT));
        String stem = genitiveStem(first);
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
    private static int match(String text, Words tokens, int i, NameList.Entry entry) {
        List<String> words = entry.words();
        if (i + words.size() > tokens.size()) {
            return -1;
        }
        int end = -1;
        for (int w = 0; w < words.size(); w++) {
            int t = i + w;
            if (w > 0 && !onlySpaces(text, tokens.end(t - 1), tokens.start(t))) {
                return -1;
            }
            boolean last = w == words.size() - 1;
            String token = tokens.text(t);
            String stem = genitiveStem(token);
            if (same(token, words.get(w), entry.exactCase())) {
                end = tokens.end(t);
            } else if (last && stem != null && same(stem, words.get(w), entry.exactCase())) {
                end = tokens.end(t) - (token.length() - stem.length());
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

    /**
     * The words of a text as UTF-16 ranges: letters, digits and marks, joined by single hyphens or apostrophes
     * ("Anna-Karin", "O'Brien").
     */
    private static final class Words {
        private final String text;
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private int size;

        private Words(String text) {
            this.text = text;
        }

        static Words of(String text) {
            Words words = new Words(text);
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
                    } else if ((c == '-' || c == '\'' || c == '’') && i + 1 < n
                            && isWordChar(text.codePointAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                words.add(start, i);
            }
            return words;
        }

        private void add(int start, int end) {
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        int size() {
            return size;
        }

        int start(int i) {
            return starts[i];
        }

        int end(int i) {
            return ends[i];
        }

        String text(int i) {
            return text.substring(starts[i], ends[i]);
        }
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK || cp == '_';
    }
}
