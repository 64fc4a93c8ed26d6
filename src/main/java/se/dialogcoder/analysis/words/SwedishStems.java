package se.dialogcoder.analysis.words;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Snowball Swedish stemmer (Lucene's {@code org.tartarus.snowball.ext.SwedishStemmer}) over words folded to
 * lower case as the search index folds them, with the definite singular endings that Snowball leaves on purpose
 * taken off too: {@code -an} of a word in {@code -a} (skolan → skola), {@code -et} (stödet → stöd) and {@code -t}
 * after {@code -e} (arbetet → arbete), each also with a genitive {@code -s}. Snowball Swedish only removes endings,
 * so a stem is always the beginning of its word: the forms of a stem are found among the words that begin with it.
 * One instance is used by one thread at a time (the calls are synchronised).
 */
public final class SwedishStems {
    /** The shortest word a definite ending is taken off to leave. */
    private static final int MIN_BASE = 3;
    private final org.tartarus.snowball.ext.SwedishStemmer stemmer = new org.tartarus.snowball.ext.SwedishStemmer();

    /** The Snowball stem of a lower-case word ("handlingsplanerna" → "handlingsplan"). */
    public synchronized String stem(String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        // Snowball Swedish removes endings only; should a stem ever not begin its word, the word stands for itself
        return word.startsWith(stem) ? stem : word;
    }

    /**
     * The stems a word may have: its Snowball stem, and the Snowball stem of the word with a definite singular
     * ending taken off ("arbetet" → arbetet, arbet; "skolans" → skolans, skol). The first is the Snowball stem.
     */
    public Set<String> stems(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(stem(word));
        String w = word;
        if (w.endsWith("s") && w.length() > MIN_BASE + 2) {
            String bare = w.substring(0, w.length() - 1);
            if (bare.endsWith("an") || bare.endsWith("et")) {
                w = bare;
            }
        }
        if (w.endsWith("an") && w.length() - 1 >= MIN_BASE + 1) {
            out.add(stem(w.substring(0, w.length() - 1)));
        } else if (w.endsWith("et")) {
            if (w.length() - 2 >= MIN_BASE) {
                out.add(stem(w.substring(0, w.length() - 2)));
            }
            if (w.length() - 1 >= MIN_BASE + 1) {
                out.add(stem(w.substring(0, w.length() - 1)));
            }
        }
        return out;
    }

    /** Whether a word is a form of a stem: one of its {@link #stems} is the stem. */
    public boolean isFormOf(String word, String stem) {
        return word.startsWith(stem) && stems(word).contains(stem);
    }
}
