package se.dialogcoder.analysis.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Measures the suggestions by holding out each group (county) in turn: a model is trained on the passages of every
 * other group and offers its suggestions ({@link SuggestModel#offer}) for each unit of the held-out group, whose
 * codings it never saw. A unit's true codes are the codes of the held-out codings that overlap it.
 *
 * <ul>
 *   <li>precision@1: of the units that got at least one suggestion, the share whose first suggestion is a true code
 *       (per code: of the units where the code came first);</li>
 *   <li>precision@3: of all suggestions offered (at most three per unit), the share that are true codes;</li>
 *   <li>recall: of all (unit, true code) pairs, the share where the code was among the unit's suggestions.</li>
 * </ul>
 */
public final class Evaluation {
    /** A unit of text to be coded, its group and the codes truly coded on it. */
    public record Unit(String group, String text, Set<Long> truth) {
    }

    /** Counts behind the figures, overall or for one code. */
    public record Tally(int firstOffered, int firstRight, int offered, int offeredRight, int truths, int found) {
        public double precisionAt1() {
            return ratio(firstRight, firstOffered);
        }

        public double precisionAt3() {
            return ratio(offeredRight, offered);
        }

        public double recall() {
            return ratio(found, truths);
        }

        Tally plus(Tally o) {
            return new Tally(firstOffered + o.firstOffered, firstRight + o.firstRight, offered + o.offered,
                    offeredRight + o.offeredRight, truths + o.truths, found + o.found);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? Double.NaN : (double) a / b;
        }
    }

    /** The figures: overall, per code id, and the groups held out with the units of each. */
    public record Result(Tally overall, Map<Long, Tally> perCode, Map<String, Integer> unitsPerGroup, int units) {
    }

    private static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0);

    private Evaluation() {
    }

    /**
     * Holds out each group of {@code units} (units without a group are not evaluated) and trains with
     * {@code trainer} on the examples of the other groups (examples without a group always train).
     */
    public static Result run(List<Example> examples, List<Unit> units,
                             Function<List<Example>, SuggestModel> trainer) {
        Set<String> groups = new TreeSet<>();
        units.stream().map(Unit::group).filter(Objects::nonNull).forEach(groups::add);
        Tally overall = ZERO;
        Map<Long, Tally> perCode = new TreeMap<>();
        Map<String, Integer> perGroup = new TreeMap<>();
        int evaluated = 0;
        for (String g : groups) {
            List<Example> training = new ArrayList<>();
            for (Example e : examples) {
                if (!g.equals(e.group())) {
                    training.add(e);
                }
            }
            SuggestModel model = trainer.apply(training);
            int n = 0;
            for (Unit u : units) {
                if (!g.equals(u.group())) {
                    continue;
                }
                n++;
                List<Suggestion> offered = model.offer(u.text());
                overall = overall.plus(score(u, offered, null));
                Set<Long> touched = new TreeSet<>(u.truth());
                offered.forEach(s -> touched.add(s.codeId()));
                for (long code : touched) {
                    perCode.merge(code, score(u, offered, code), Tally::plus);
                }
            }
            perGroup.put(g, n);
            evaluated += n;
        }
        return new Result(overall, perCode, perGroup, evaluated);
    }

    /** The tally of one unit, for every code ({@code only} null) or one code. */
    private static Tally score(Unit u, List<Suggestion> offered, Long only) {
        int firstOffered = 0;
        int firstRight = 0;
        if (!offered.isEmpty() && (only == null || offered.get(0).codeId() == only)) {
            firstOffered = 1;
            firstRight = u.truth().contains(offered.get(0).codeId()) ? 1 : 0;
        }
        int off = 0;
        int offRight = 0;
        for (Suggestion s : offered) {
            if (only == null || s.codeId() == only) {
                off++;
                offRight += u.truth().contains(s.codeId()) ? 1 : 0;
            }
        }
        int truths = 0;
        int found = 0;
        for (long t : u.truth()) {
            if (only == null || t == only) {
                truths++;
                found += offered.stream().anyMatch(s -> s.codeId() == t) ? 1 : 0;
            }
        }
        return new Tally(firstOffered, firstRight, off, offRight, truths, found);
    }
}
