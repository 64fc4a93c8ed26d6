package se.dialogcoder.analysis.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Codes ranked for a passage, learned from the project's own codings. Each code has a profile: the mean of the
 * TF-IDF vectors (log term frequency × inverse passage frequency, each passage scaled to length 1) of its coded
 * passages, plus its name and description as one more passage. A passage is scored against every profile by the
 * cosine of its own TF-IDF vector and the profile, a number from 0 to 1. Deterministic (ties by code id), no
 * randomness, nothing read from outside the project.
 */
public final class SuggestModel {
    /** Suggestions below this score are not offered. */
    public static final double MIN_SCORE = 0.2;
    /** At most this many suggestions per passage. */
    public static final int TOP = 3;

    private final Terms terms;
    private final Map<String, Double> idf;
    private final double unknownIdf;
    /** term → (code id → weight in the code's unit-length profile). */
    private final Map<String, Map<Long, Double>> index = new HashMap<>();
    private final int examples;

    private SuggestModel(Terms terms, Map<String, Double> idf, double unknownIdf, int examples) {
        this.terms = terms;
        this.idf = idf;
        this.unknownIdf = unknownIdf;
        this.examples = examples;
    }

    /**
     * Learns from coded passages and, per code id, the words describing the code (name and description; may be
     * empty), which count as one more passage of a code that has coded passages. A code nobody has coded yet is
     * never suggested (on the coded demo its codebook words alone were wrong far more often than right).
     */
    public static SuggestModel train(List<Example> examples, Map<Long, String> codeWords) {
        Terms terms = new Terms();
        List<Long> codes = new ArrayList<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (Example e : examples) {
            codes.add(e.codeId());
            counts.add(terms.count(e.text()));
        }
        for (Map.Entry<Long, String> w : new TreeMap<>(codeWords).entrySet()) {
            if (w.getValue() != null && !w.getValue().isBlank() && codes.contains(w.getKey())) {
                codes.add(w.getKey());
                counts.add(terms.count(w.getValue()));
            }
        }
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Integer> c : counts) {
            c.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = counts.size();
        Map<String, Double> idf = new HashMap<>();
        df.forEach((t, d) -> idf.put(t, Math.log((n + 1.0) / (d + 1.0)) + 1.0));
        SuggestModel model = new SuggestModel(terms, idf, Math.log(n + 1.0) + 1.0, examples.size());
        Map<Long, Map<String, Double>> sums = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = model.vector(counts.get(i));
            Map<String, Double> sum = sums.computeIfAbsent(codes.get(i), k -> new HashMap<>());
            v.forEach((t, x) -> sum.merge(t, x, Double::sum));
        }
        for (Map.Entry<Long, Map<String, Double>> e : sums.entrySet()) {
            Map<String, Double> profile = e.getValue();
            double norm = Math.sqrt(profile.values().stream().mapToDouble(x -> x * x).sum());
            if (norm == 0) {
                continue;
            }
            profile.forEach((t, x) -> model.index.computeIfAbsent(t, k -> new HashMap<>()).put(e.getKey(), x / norm));
        }
        return model;
    }

    /** How many coded passages the model learned from. */
    public int examples() {
        return examples;
    }

    /** Every code with a score above 0 for the text, best first (equal scores by code id). */
    public List<Suggestion> rank(CharSequence text) {
        Map<String, Double> v = vector(terms.count(text));
        Map<Long, Double> scores = new HashMap<>();
        v.forEach((t, x) -> {
            Map<Long, Double> postings = index.get(t);
            if (postings != null) {
                postings.forEach((code, w) -> scores.merge(code, x * w, Double::sum));
            }
        });
        List<Suggestion> out = new ArrayList<>();
        scores.forEach((code, s) -> out.add(new Suggestion(code, Math.min(1.0, s))));
        out.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparingLong(Suggestion::codeId));
        return out;
    }

    /** The suggestions worth offering: at most {@link #TOP}, each at least {@link #MIN_SCORE}. */
    public List<Suggestion> offer(CharSequence text) {
        return rank(text).stream().filter(s -> s.score() >= MIN_SCORE).limit(TOP).toList();
    }

    /** A unit-length TF-IDF vector: (1 + ln tf) × idf. */
    private Map<String, Double> vector(Map<String, Integer> counts) {
        Map<String, Double> v = new HashMap<>();
        double sq = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double x = (1 + Math.log(e.getValue())) * idf.getOrDefault(e.getKey(), unknownIdf);
            v.put(e.getKey(), x);
            sq += x * x;
        }
        double norm = Math.sqrt(sq);
        if (norm > 0) {
            v.replaceAll((t, x) -> x / norm);
        }
        return v;
    }
}
