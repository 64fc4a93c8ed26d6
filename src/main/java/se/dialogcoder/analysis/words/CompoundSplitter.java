package se.dialogcoder.analysis.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * Splits Swedish compounds into parts from a word list, to tell whether a word is a part of a compound
 * ("plan" in "handlingsplan") and not merely a string inside a longer word ("plan" in "planera"). A compound is a
 * sequence of parts: every part but the last is a word of the list in a joining form (as written; with the linking
 * {@code -s-}: handling<b>s</b>plan; an {@code -a} or {@code -e} dropped: skol·verket, arbet<b>s</b>grupp; an
 * {@code -a} turned into {@code -o} or {@code -u}: folkhäls<b>o</b>arbete, gat<b>u</b>belysning), the last part is a
 * word of the list in any inflected form (same Snowball stem: …s<b>arbetet</b>). Parts are at least
 * {@value #MIN_PART} letters; Swedish stop words (Lucene's list) are never parts. What is not in the list is not
 * found: a compound whose other parts the list does not know is not matched (docs/compound-search.md).
 */
public final class CompoundSplitter {
    /** The longest inflectional ending looked for after a part's stem (Swedish: -heterna, -ornas …). */
    static final int MAX_ENDING = 8;
    /** The shortest part (and the shortest word looked for as a part). */
    public static final int MIN_PART = 3;
    /** Words longer than this are not split (no Swedish compound in real text comes near it). */
    static final int MAX_WORD = 64;
    /** The word list that ships with the application (one word a line, {@code #} comments). */
    static final String RESOURCE = "swedish-words.txt";

    private final SwedishStems stems;
    private final Set<String> words = new HashSet<>();
    /** The forms a word of the list takes before a further part. */
    private final Set<String> heads = new HashSet<>();
    /** The stems of the words of the list: a last part may be any form of one. */
    private final Set<String> lastStems = new HashSet<>();

    public CompoundSplitter(Collection<String> list, SwedishStems stems) {
        this.stems = stems;
        Set<?> stop = SwedishAnalyzer.getDefaultStopSet();
        for (String raw : list) {
            String w = raw.strip().toLowerCase(Locale.ROOT);
            if (w.length() < MIN_PART || w.startsWith("#") || stop.contains(w)) {
                continue;
            }
            words.add(w);
            lastStems.addAll(stems.stems(w));
            for (String head : joiningForms(w)) {
                if (head.length() >= MIN_PART && !stop.contains(head)) {
                    heads.add(head);
                }
            }
        }
    }

    /** The splitter with the word list that ships with the application. */
    public static CompoundSplitter swedish(SwedishStems stems) {
        return new CompoundSplitter(load(), stems);
    }

    /** The words of the list that ships with the application, comments left out. */
    static List<String> load() {
        List<String> out = new ArrayList<>();
        try (InputStream in = CompoundSplitter.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String w = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** How many words the list has (after stop words and too short ones are left out). */
    public int size() {
        return words.size();
    }

    private static List<String> joiningForms(String w) {
        List<String> out = new ArrayList<>(List.of(w, w + "s"));
        char last = w.charAt(w.length() - 1);
        String cut = w.substring(0, w.length() - 1);
        if (cut.length() <= MIN_PART) {
            return out; // "same" is not "sam-"
        }
        if (last == 'a') {
            out.addAll(List.of(cut, cut + "o", cut + "u", cut + "s"));
        } else if (last == 'e') {
            out.addAll(List.of(cut, cut + "s"));
        }
        return out;
    }

    /**
     * Whether {@code word} is {@code part} itself or a compound with {@code part} as one of its parts, the other
     * parts being words of the list. With {@code inflected}, the part may stand in any inflected form (its Snowball
     * stem followed by an ending that keeps the stem: handlings<b>planerna</b>); without, as written, and only the
     * compound's last part, when it is not the part looked for, may be inflected.
     */
    public boolean hasPart(String word, String part, boolean inflected) {
        return partOf(part, inflected).test(word);
    }

    /**
     * {@link #hasPart} for one part and many words: the part's stems and joining forms are worked out once.
     */
    public java.util.function.Predicate<String> partOf(String part, boolean inflected) {
        List<String> keys = new ArrayList<>();
        for (String key : inflected ? stems.stems(part) : Set.of(part)) {
            if (key.length() >= MIN_PART) {
                keys.add(key);
            }
        }
        // the part in a joining form before a further part: skol- in skolbesök, folkhälso- in folkhälsoarbete
        List<String> joins = new ArrayList<>();
        for (String join : joiningForms(part)) {
            if (!join.equals(part) && !join.equals(part + "s") && join.length() >= MIN_PART) {
                joins.add(join);
            }
        }
        Splits splits = new Splits();
        return word -> {
            if (word.equals(part)) {
                return true;
            }
            if (word.length() > MAX_WORD) {
                return false;
            }
            for (String key : keys) {
                if (splits.occurs(word, key, inflected, false)) {
                    return true;
                }
            }
            for (String join : joins) {
                if (splits.occurs(word, join, false, true)) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * What every word that {@link #hasPart} accepts for the part contains: the shortest of the part's stems (when
     * inflected) and its joining forms, all of which begin the part.
     */
    public String searchKey(String part, boolean inflected) {
        String key = part;
        List<String> keys = new ArrayList<>(joiningForms(part));
        if (inflected) {
            keys.addAll(stems.stems(part));
        }
        for (String k : keys) {
            if (k.length() >= MIN_PART && k.length() < key.length() && part.startsWith(k)) {
                key = k;
            }
        }
        return key;
    }

    /**
     * The splits of the words tested for one part, remembered: the words of a project share their beginnings and
     * endings (…s·arbetet, läns·…), so each is split once per search.
     */
    private final class Splits {
        private final java.util.Map<String, Boolean> heads = new java.util.HashMap<>();
        private final java.util.Map<String, Boolean> tails = new java.util.HashMap<>();

        private boolean memoHeads(String s) {
            return heads.computeIfAbsent(s, CompoundSplitter.this::heads);
        }

        private boolean memoTail(String s) {
            return tails.computeIfAbsent(s, CompoundSplitter.this::tail);
        }

        /** Whether {@code key} stands in the word with parts (or nothing) before it and an allowed rest after it. */
        boolean occurs(String word, String key, boolean inflected, boolean followed) {
            for (int i = word.indexOf(key); i >= 0; i = word.indexOf(key, i + 1)) {
                if ((i == 0 || memoHeads(word.substring(0, i))) && (followed ? further(word.substring(i + key.length()))
                        : rest(word.substring(i), key, inflected))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a string is a further part or parts (after a linking -s- perhaps). */
        boolean further(String rest) {
            return !rest.isEmpty() && (memoTail(rest) || (rest.charAt(0) == 's' && memoTail(rest.substring(1))));
        }

        /** Whether what follows the part's stem or word ({@code from}, which begins with {@code key}) is allowed. */
        boolean rest(String from, String key, boolean inflected) {
            String rest = from.substring(key.length());
            if (rest.isEmpty() || further(rest)) {
                return true;
            }
            if (!inflected) {
                return false;
            }
            for (int k = 1; k <= Math.min(rest.length(), MAX_ENDING); k++) {
                String after = rest.substring(k);
                if ((after.isEmpty() || further(after)) && stems.isFormOf(key + rest.substring(0, k), key)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether a string is a sequence of parts in their joining forms (what comes before a further part). */
    private boolean heads(String s) {
        return headEnds(s).contains(s.length());
    }

    /** The positions in {@code s} up to which it splits into joining forms (0 always). */
    private Set<Integer> headEnds(String s) {
        boolean[] ok = new boolean[s.length() + 1];
        ok[0] = true;
        Set<Integer> out = new HashSet<>();
        out.add(0);
        for (int end = MIN_PART; end <= s.length(); end++) {
            for (int start = 0; start <= end - MIN_PART; start++) {
                if (ok[start] && heads.contains(s.substring(start, end))) {
                    ok[end] = true;
                    out.add(end);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether a string is a sequence of joining forms followed by a last part (a word of the list, any form). */
    private boolean tail(String s) {
        if (s.length() < MIN_PART) {
            return false;
        }
        for (int start : headEnds(s)) {
            String last = s.substring(start);
            if (last.length() >= MIN_PART && isLastPart(last)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a string is a word of the list in some inflected form: one of its stems is a word's stem, also with a
     * doubled last consonant made single (gemensamma → gemensamm → gemensam).
     */
    private boolean isLastPart(String s) {
        if (words.contains(s) || (s.endsWith("t") && words.contains(s.substring(0, s.length() - 1)))) {
            return true; // as written, or an adjective's neuter -t (gemensamt)
        }
        if (!beginsWithStem(s)) {
            return false; // every stem of a word begins it: no stem of the list begins this one (no Snowball run)
        }
        for (String stem : stems.stems(s)) {
            if (lastStems.contains(stem)) {
                return true;
            }
            int n = stem.length();
            if (n > MIN_PART && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiouyåäö".indexOf(stem.charAt(n - 1)) < 0
                    && lastStems.contains(stem.substring(0, n - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether some beginning of {@code s} (at least {@value #MIN_PART} letters) is the stem of a word of the list. */
    private boolean beginsWithStem(String s) {
        for (int k = MIN_PART; k <= s.length(); k++) {
            if (lastStems.contains(s.substring(0, k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts of a compound, each with its joining letters ("handlingsplanen" → handlings, planen), or empty when
     * the word does not split into two or more parts of the list.
     */
    public Optional<List<String>> split(String word) {
        if (word.length() > MAX_WORD) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        return split(word, parts, false) ? Optional.of(List.copyOf(parts)) : Optional.empty();
    }

    /** Longest first part that lets the rest split, depth first; {@code whole}: the string may be one last part. */
    private boolean split(String s, List<String> parts, boolean whole) {
        if (whole && s.length() >= MIN_PART && isLastPart(s)) {
            parts.add(s);
            return true;
        }
        for (int end = s.length() - MIN_PART; end >= MIN_PART; end--) {
            if (heads.contains(s.substring(0, end))) {
                parts.add(s.substring(0, end));
                if (split(s.substring(end), parts, true)) {
                    return true;
                }
                parts.remove(parts.size() - 1);
            }
        }
        return false;
    }
}
