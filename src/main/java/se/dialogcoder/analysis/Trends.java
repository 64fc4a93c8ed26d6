package se.dialogcoder.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.dialogcoder.model.County;
import se.dialogcoder.model.FrequencyHistory;

/**
 * Rounds compared: the runs of a frequency store side by side per county and theme, and the changes between
 * consecutive rounds, biggest first.
 *
 * <ul>
 *   <li><b>Columns</b>: one per run, ordered by round label (numbers in labels compared as numbers), then project
 *   and coder. Runs of one round from different projects or coders stay separate columns; nothing is added up.</li>
 *   <li><b>Share</b>: the theme's segments / all coded segments of the county in that run (the sum over the
 *   top-level themes, since every coding belongs to exactly one of them); 0 for a county with documents but no
 *   codings, null for a county without documents in the run.</li>
 *   <li><b>Coverage</b>: as stored (coded characters / characters of the county's documents).</li>
 *   <li><b>Tracks</b>: the lines through the rounds. When every round has one run there is one track. When a round
 *   has several, there is one track per project and coder of those runs; a round with one run belongs to every
 *   track, a round without a run of that project and coder is a gap.</li>
 *   <li><b>Changes</b>: along each track, from one round to the next present one: the change in share and in
 *   coverage (percentage points as fractions), ranked by the absolute change of the chosen measure, biggest first;
 *   a change that cannot be computed (no documents on one side) comes last.</li>
 * </ul>
 */
public final class Trends {
    /** What the changes are ranked by (and what the slope chart draws). */
    public enum Measure { SHARE, COVERAGE }

    /** A run as a column. {@code sharedRound}: another run has the same round label (tell them apart by source). */
    public record Column(int index, FrequencyHistory.Run run, boolean sharedRound) {
        public String round() {
            return run.round();
        }
    }

    /** One county and theme in one run; null share or coverage when the county had no documents. */
    public record Value(int segments, Double share, Double coverage) {
        public Double get(Measure m) {
            return m == Measure.SHARE ? share : coverage;
        }
    }

    /** A county and theme with one value per column (null where the run has not this theme). */
    public record Row(County county, FrequencyHistory.Theme theme, List<Value> values) {
    }

    /**
     * A line through the rounds: per round (in {@link Result#rounds()} order) the column index, or -1 for a gap.
     *
     * @param source the run whose project and coder name the track when rounds have several runs; null for the one
     *               track of a store with one run per round
     */
    public record Track(FrequencyHistory.Run source, List<Integer> columns) {
    }

    /** The change of a row between two columns of a track. */
    public record Change(Row row, Column from, Column to, Value before, Value after) {
        public Double shareChange() {
            return diff(before.share(), after.share());
        }

        public Double coverageChange() {
            return diff(before.coverage(), after.coverage());
        }

        public Double change(Measure m) {
            return m == Measure.SHARE ? shareChange() : coverageChange();
        }

        private static Double diff(Double a, Double b) {
            return a == null || b == null ? null : b - a;
        }
    }

    /**
     * @param rounds the distinct round labels in order
     * @param sharedRounds the rounds with more than one run
     * @param changes biggest first by {@code rankedBy}
     */
    public record Result(List<Column> columns, List<String> rounds, List<String> sharedRounds, List<Track> tracks,
                         List<Row> rows, List<Change> changes, Measure rankedBy) {
    }

    /** Round labels in natural order: "2024" before "2025", "2025" before "2025 höst", "9" before "10". */
    public static final Comparator<String> ROUND_ORDER = Trends::compareRounds;

    private Trends() {
    }

    /** Every theme of the store once (by stable id), in the newest run's order, then those only older runs have. */
    public static List<FrequencyHistory.Theme> themes(FrequencyHistory history) {
        Map<String, FrequencyHistory.Theme> byUid = new LinkedHashMap<>();
        List<FrequencyHistory.Run> runs = orderedRuns(history);
        for (int i = runs.size() - 1; i >= 0; i--) {
            for (FrequencyHistory.Theme t : runs.get(i).themes()) {
                byUid.putIfAbsent(t.uid(), t);
            }
        }
        return List.copyOf(byUid.values());
    }

    /**
     * A theme named by its path, name or stable id (case ignored); the path wins over a name.
     *
     * @throws IllegalArgumentException when none or several fit, naming them
     */
    public static FrequencyHistory.Theme findTheme(List<FrequencyHistory.Theme> themes, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (java.util.function.Function<FrequencyHistory.Theme, String> key : List.<java.util.function.Function<
                FrequencyHistory.Theme, String>>of(FrequencyHistory.Theme::path, FrequencyHistory.Theme::uid,
                FrequencyHistory.Theme::name, FrequencyHistory.Theme::nameEn)) {
            List<FrequencyHistory.Theme> hits = themes.stream()
                    .filter(x -> key.apply(x) != null && key.apply(x).toLowerCase(Locale.ROOT).equals(t)).toList();
            if (hits.size() == 1) {
                return hits.get(0);
            }
            if (hits.size() > 1) {
                throw new IllegalArgumentException("\"" + text + "\" fits several themes: "
                        + String.join("; ", hits.stream().map(FrequencyHistory.Theme::path).toList())
                        + ". Give the path.");
            }
        }
        throw new IllegalArgumentException("no theme \"" + text + "\" in the store");
    }

    /**
     * Compares the rounds.
     *
     * @param counties the counties to show; empty for all 21
     * @param themeUids the themes to show by stable id; empty for the top-level themes
     */
    public static Result compare(FrequencyHistory history, Set<County> counties, Set<String> themeUids,
                                 Measure rankedBy) {
        List<FrequencyHistory.Run> runs = orderedRuns(history);
        Map<String, Integer> perRound = new LinkedHashMap<>();
        runs.forEach(r -> perRound.merge(r.round(), 1, Integer::sum));
        List<String> rounds = List.copyOf(perRound.keySet());
        List<String> shared = rounds.stream().filter(r -> perRound.get(r) > 1).toList();
        List<Column> columns = new ArrayList<>();
        for (FrequencyHistory.Run r : runs) {
            columns.add(new Column(columns.size(), r, perRound.get(r.round()) > 1));
        }
        List<Track> tracks = tracks(columns, rounds);

        List<FrequencyHistory.Theme> themes = themes(history).stream()
                .filter(t -> themeUids.isEmpty() ? t.depth() == 0 : themeUids.contains(t.uid())).toList();
        List<County> shownCounties = counties.isEmpty() ? List.of(County.values())
                : List.of(County.values()).stream().filter(counties::contains).toList();
        List<Map<County, Map<String, FrequencyHistory.Cell>>> cells = new ArrayList<>();
        List<Map<County, Integer>> totals = new ArrayList<>();
        for (Column c : columns) {
            Set<String> top = new HashSet<>();
            c.run().themes().stream().filter(t -> t.depth() == 0).forEach(t -> top.add(t.uid()));
            Map<County, Map<String, FrequencyHistory.Cell>> byCounty = new EnumMap<>(County.class);
            Map<County, Integer> total = new EnumMap<>(County.class);
            for (FrequencyHistory.Cell cell : c.run().cells()) {
                byCounty.computeIfAbsent(cell.county(), k -> new HashMap<>()).put(cell.themeUid(), cell);
                if (top.contains(cell.themeUid())) {
                    total.merge(cell.county(), cell.segments(), Integer::sum);
                }
            }
            cells.add(byCounty);
            totals.add(total);
        }
        List<Row> rows = new ArrayList<>();
        for (County county : shownCounties) {
            for (FrequencyHistory.Theme theme : themes) {
                List<Value> values = new ArrayList<>();
                for (Column c : columns) {
                    FrequencyHistory.Cell cell = cells.get(c.index()).getOrDefault(county, Map.of()).get(theme.uid());
                    if (cell == null) {
                        values.add(null);
                        continue;
                    }
                    int total = totals.get(c.index()).getOrDefault(county, 0);
                    Double share = null;
                    if (total > 0) {
                        share = (double) cell.segments() / total;
                    } else if (cell.coverage() != null) {
                        share = 0.0;
                    }
                    values.add(new Value(cell.segments(), share, cell.coverage()));
                }
                rows.add(new Row(county, theme, values));
            }
        }
        return new Result(List.copyOf(columns), rounds, shared, tracks, rows, changes(rows, columns, tracks, rankedBy),
                rankedBy);
    }

    private static List<Track> tracks(List<Column> columns, List<String> rounds) {
        Map<String, List<Column>> byRound = new LinkedHashMap<>();
        rounds.forEach(r -> byRound.put(r, new ArrayList<>()));
        columns.forEach(c -> byRound.get(c.round()).add(c));
        Map<List<String>, FrequencyHistory.Run> sources = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c.sharedRound()) {
                sources.putIfAbsent(source(c.run()), c.run());
            }
        }
        List<Track> tracks = new ArrayList<>();
        if (sources.isEmpty()) {
            tracks.add(new Track(null, rounds.stream().map(r -> byRound.get(r).get(0).index()).toList()));
            return tracks;
        }
        for (Map.Entry<List<String>, FrequencyHistory.Run> s : sources.entrySet()) {
            List<Integer> at = new ArrayList<>();
            for (String r : rounds) {
                List<Column> here = byRound.get(r);
                if (here.size() == 1) {
                    at.add(here.get(0).index());
                } else {
                    at.add(here.stream().filter(c -> source(c.run()).equals(s.getKey())).map(Column::index)
                            .findFirst().orElse(-1));
                }
            }
            tracks.add(new Track(s.getValue(), List.copyOf(at)));
        }
        return tracks;
    }

    private static List<String> source(FrequencyHistory.Run r) {
        return java.util.Arrays.asList(r.projectUuid(), r.coder());
    }

    private static List<Change> changes(List<Row> rows, List<Column> columns, List<Track> tracks, Measure m) {
        List<Change> out = new ArrayList<>();
        for (Row row : rows) {
            Set<List<Integer>> seen = new HashSet<>();
            for (Track t : tracks) {
                int prev = -1;
                for (int at : t.columns()) {
                    if (at < 0 || row.values().get(at) == null) {
                        continue;
                    }
                    if (prev >= 0 && seen.add(List.of(prev, at))) {
                        out.add(new Change(row, columns.get(prev), columns.get(at), row.values().get(prev),
                                row.values().get(at)));
                    }
                    prev = at;
                }
            }
        }
        Comparator<Change> bySize = Comparator.comparing((Change c) -> c.change(m) == null)
                .thenComparing(c -> c.change(m) == null ? 0 : -Math.abs(c.change(m)));
        out.sort(bySize.thenComparing(c -> c.row().county().ordinal())
                .thenComparing(c -> c.row().theme().sortOrder()).thenComparing(c -> c.from().index()));
        return List.copyOf(out);
    }

    private static List<FrequencyHistory.Run> orderedRuns(FrequencyHistory history) {
        List<FrequencyHistory.Run> runs = new ArrayList<>(history.runs());
        runs.sort(Comparator.comparing(FrequencyHistory.Run::round, ROUND_ORDER)
                .thenComparing(FrequencyHistory.Run::projectName, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(FrequencyHistory.Run::coder, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(FrequencyHistory.Run::id));
        return runs;
    }

    private static int compareRounds(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = new java.math.BigInteger(a.substring(si, i)).compareTo(new java.math.BigInteger(b.substring(sj, j)));
                if (c != 0) {
                    return c;
                }
            } else {
                int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        return Objects.compare(a.length() - i, b.length() - j, Integer::compare);
    }
}
