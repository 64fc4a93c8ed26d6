package se.dialogcoder.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.dialogcoder.model.County;

/**
 * Finds the county (län) a document is about, from its file name and the first {@value #TEXT_WINDOW}
 * characters of its text.
 *
 * <p>Names are matched on an ascii-folded, lower-case copy ({@code å ä → a}, {@code ö → o}, {@code _ - .}
 * and other punctuation → space) at the start of a word, so genitives and compounds match
 * ("Stockholms län", "Västra Götalandsregionen") but "Östergötland" is not Gotland and "Hallstahammar" is
 * not Halland. A match in the file name wins over the text. In the text, "Region X", "X län" and
 * "X-regionen" weigh more than a bare name, a bare name more than one of the larger towns (Göteborg,
 * Malmö, Umeå, ...); earlier mentions weigh a little more, and ties go to the earliest mention.
 */
public final class CountyDetector {
    /** How much of the text is looked at, in characters. */
    public static final int TEXT_WINDOW = 2000;

    private static final double STRONG = 20;
    private static final double NAME = 4;
    private static final double TOWN = 1;
    private static final Set<String> REGION_WORDS = Set.of("region", "regionen", "landstinget", "lansstyrelsen");
    private static final Set<String> LAN_WORDS = Set.of("lan", "lans", "regionen", "landsting");

    /** A folded name; towns only match as a whole word (or its genitive). */
    private record Term(String folded, County county, double weight) {
    }

    private record Hit(County county, double score, int position, int evidenceStart, int evidenceEnd) {
    }

    private static final List<Term> TERMS = terms();

    private CountyDetector() {
    }

    /** The county, or empty when neither the file name nor the text names one. */
    public static Optional<County> detect(String fileName, String text) {
        return detectWithEvidence(fileName, text).map(CountyMatch::county);
    }

    /** The county and the words it was found by, or empty. */
    public static Optional<CountyMatch> detectWithEvidence(String fileName, String text) {
        if (fileName != null && !fileName.isBlank()) {
            Optional<County> byName = best(hits(Folded.of(fileName), false)).map(Hit::county);
            if (byName.isPresent()) {
                return Optional.of(new CountyMatch(byName.get(), "file name \"" + fileName + "\""));
            }
        }
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String window = text.length() > TEXT_WINDOW ? text.substring(0, TEXT_WINDOW) : text;
        Folded folded = Folded.of(window);
        List<Hit> hits = hits(folded, true);
        Optional<Hit> first = best(hits);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        County county = first.get().county();
        Hit shown = hits.stream().filter(h -> h.county() == county)
                .max(Comparator.comparingDouble(Hit::score)).orElse(first.get());
        long mentions = hits.stream().filter(h -> h.county() == county).count();
        String quote = folded.original(shown.evidenceStart(), shown.evidenceEnd());
        return Optional.of(new CountyMatch(county, "text: \"" + quote + "\" (" + mentions
                + (mentions == 1 ? " mention)" : " mentions)")));
    }

    /** The county with the highest total score; ties go to the earliest mention. */
    private static Optional<Hit> best(List<Hit> hits) {
        Map<County, Double> scores = new EnumMap<>(County.class);
        Map<County, Hit> firstHit = new EnumMap<>(County.class);
        for (Hit h : hits) {
            scores.merge(h.county(), h.score(), Double::sum);
            firstHit.putIfAbsent(h.county(), h);
        }
        return firstHit.values().stream()
                .max(Comparator.<Hit>comparingDouble(h -> scores.get(h.county()))
                        .thenComparing(Comparator.comparingInt(Hit::position).reversed()));
    }

    private static List<Hit> hits(Folded folded, boolean decayWithPosition) {
        String s = folded.text;
        List<Hit> hits = new ArrayList<>();
        for (int p = 1; p < s.length(); p++) {
            if (s.charAt(p - 1) != ' ' || s.charAt(p) == ' ') {
                continue;
            }
            for (Term term : TERMS) {
                if (!s.startsWith(term.folded(), p)) {
                    continue;
                }
                int nameEnd = p + term.folded().length();
                int wordEnd = s.indexOf(' ', nameEnd);
                String rest = s.substring(nameEnd, wordEnd);
                boolean wholeWord = rest.isEmpty() || rest.equals("s");
                if (term.weight() == TOWN && !wholeWord) {
                    continue;
                }
                String previous = previousWord(s, p);
                String next = nextWord(s, wordEnd);
                boolean regionBefore = REGION_WORDS.contains(previous)
                        || (previous.equals("i") && previousWord(s, p - 2).equals("lansstyrelsen"));
                boolean lanAfter = (wholeWord && LAN_WORDS.contains(next)) || rest.endsWith("regionen");
                double weight = term.weight();
                int evidenceStart = p;
                int evidenceEnd = wordEnd;
                if (term.weight() > TOWN && (regionBefore || lanAfter)) {
                    weight = STRONG;
                    if (regionBefore) {
                        evidenceStart = p - 1 - previous.length();
                    }
                    if (lanAfter && wholeWord) {
                        evidenceEnd = wordEnd + 1 + next.length();
                    }
                }
                double factor = decayWithPosition ? 2.0 - (double) Math.min(p, TEXT_WINDOW) / TEXT_WINDOW : 1.0;
                hits.add(new Hit(term.county(), weight * factor, p, evidenceStart, evidenceEnd));
                p = nameEnd - 1;
                break;
            }
        }
        return hits;
    }

    private static String previousWord(String s, int wordStart) {
        int end = wordStart - 1;
        if (end <= 0) {
            return "";
        }
        int start = s.lastIndexOf(' ', end - 1) + 1;
        return s.substring(start, end);
    }

    private static String nextWord(String s, int spaceAfterWord) {
        int start = spaceAfterWord + 1;
        if (start >= s.length()) {
            return "";
        }
        int end = s.indexOf(' ', start);
        return s.substring(start, end < 0 ? s.length() : end);
    }

    private static List<Term> terms() {
        List<Term> t = new ArrayList<>();
        name(t, County.STOCKHOLM, "stockholm");
        name(t, County.UPPSALA, "uppsala");
        name(t, County.SODERMANLAND, "sodermanland", "sormland");
        name(t, County.OSTERGOTLAND, "ostergotland");
        name(t, County.JONKOPING, "jonkoping");
        name(t, County.KRONOBERG, "kronoberg");
        name(t, County.KALMAR, "kalmar");
        name(t, County.GOTLAND, "gotland");
        name(t, County.BLEKINGE, "blekinge");
        name(t, County.SKANE, "skane");
        name(t, County.HALLAND, "halland");
        name(t, County.VASTRA_GOTALAND, "vastra gotaland", "vastragotaland");
        name(t, County.VARMLAND, "varmland");
        name(t, County.OREBRO, "orebro");
        name(t, County.VASTMANLAND, "vastmanland");
        name(t, County.DALARNA, "dalarna");
        name(t, County.GAVLEBORG, "gavleborg");
        name(t, County.VASTERNORRLAND, "vasternorrland");
        name(t, County.JAMTLAND, "jamtland", "harjedalen");
        name(t, County.VASTERBOTTEN, "vasterbotten");
        name(t, County.NORRBOTTEN, "norrbotten");
        t.add(new Term("vgr", County.VASTRA_GOTALAND, STRONG));
        town(t, County.STOCKHOLM, "storsthlm", "sthlm");
        town(t, County.SODERMANLAND, "nykoping", "eskilstuna");
        town(t, County.OSTERGOTLAND, "linkoping", "norrkoping");
        town(t, County.KRONOBERG, "vaxjo");
        town(t, County.GOTLAND, "visby");
        town(t, County.BLEKINGE, "karlskrona");
        town(t, County.SKANE, "malmo");
        town(t, County.HALLAND, "halmstad");
        town(t, County.VASTRA_GOTALAND, "goteborg", "gothenburg");
        town(t, County.VARMLAND, "karlstad");
        town(t, County.VASTMANLAND, "vasteras");
        town(t, County.DALARNA, "falun");
        town(t, County.GAVLEBORG, "gavle");
        town(t, County.VASTERNORRLAND, "sundsvall");
        town(t, County.JAMTLAND, "ostersund");
        town(t, County.VASTERBOTTEN, "umea");
        town(t, County.NORRBOTTEN, "lulea");
        t.sort(Comparator.comparingInt((Term term) -> term.folded().length()).reversed());
        return List.copyOf(t);
    }

    private static void name(List<Term> terms, County county, String... names) {
        for (String n : names) {
            terms.add(new Term(n, county, NAME));
        }
    }

    private static void town(List<Term> terms, County county, String... names) {
        for (String n : names) {
            terms.add(new Term(n, county, TOWN));
        }
    }
}
