package se.dialogcoder.analysis.suggest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import se.dialogcoder.analysis.words.SwedishStems;

/**
 * The stemmed terms of a passage, counted: words of letters and digits folded to lower case, Swedish stop words and
 * words shorter than three letters left out, each word replaced by its shortest stem ({@link SwedishStems#stems}:
 * "handlingsplanerna" and "handlingsplanen" both count as "handlingsplan"). One instance per thread.
 */
public final class Terms {
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final int MIN_LENGTH = 3;
    private final SwedishStems stems = new SwedishStems();
    private final Set<?> stop = SwedishAnalyzer.getDefaultStopSet();
    private final Map<String, String> known = new HashMap<>();

    /** Term counts of {@code text}. */
    public Map<String, Integer> count(CharSequence text) {
        Map<String, Integer> out = new HashMap<>();
        StringBuilder word = new StringBuilder();
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char ch = i < n ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(ch)) {
                word.append(ch);
            } else if (word.length() > 0) {
                String term = term(word.toString());
                if (term != null) {
                    out.merge(term, 1, Integer::sum);
                }
                word.setLength(0);
            }
        }
        return out;
    }

    private String term(String raw) {
        if (raw.length() < MIN_LENGTH) {
            return null;
        }
        String w = raw.toLowerCase(SWEDISH);
        if (stop.contains(w)) {
            return null;
        }
        return known.computeIfAbsent(w, this::shortestStem);
    }

    private String shortestStem(String w) {
        String best = w;
        for (String s : stems.stems(w)) {
            if (s.length() < best.length()) {
                best = s;
            }
        }
        return best;
    }
}
