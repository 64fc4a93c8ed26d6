package se.dialogcoder.app.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import se.dialogcoder.model.CodebookEntry;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Texts;

/**
 * Writes realistic-looking, entirely invented dialogue transcripts for benchmarks and tests: per county a number of
 * {@code .txt} files with the county in the file name and the first lines, speaker turns {@code [hh:mm:ss] Roll:
 * text}, and sentences mixing everyday Swedish with the vocabulary of a codebook. The same seed gives the same
 * files, byte for byte.
 */
public final class CorpusGenerator {
    private static final String[] ROLES = {
        "Moderator, Folkhälsomyndigheten", "Representant, Socialstyrelsen", "Länssamordnare psykisk hälsa",
        "Suicidpreventiv samordnare", "Kommunrepresentant, socialtjänst", "Folkhälsostrateg, kommun",
        "Verksamhetschef, psykiatrin", "Enhetschef, elevhälsan"};
    private static final String[] COMMON = (
            "vi har det att och i för med som är inte en ett på kommunerna regionen länet arbetet just nu också "
            + "mycket ganska fortfarande tillsammans gemensamt samverkan behov insatser utveckling tydligt stöd "
            + "under året framåt mer ofta alla många några tror tycker ser märker behöver vill kan ska skulle "
            + "planen frågan området verksamheten ledningen personalen målgruppen invånarna barn unga äldre")
            .split(" ");
    private static final String[] OPENERS = {"Ja", "Nej", "Precis", "Det stämmer", "Bra fråga", "Tack", "Absolut",
        "Jag tänker att", "Från vår sida", "Om jag får lägga till"};

    private final List<String> vocabulary;

    /** @param codebook the codes whose Swedish names and descriptions give the theme words */
    public CorpusGenerator(List<CodebookEntry> codebook) {
        Set<String> words = new LinkedHashSet<>();
        collect(codebook, words);
        this.vocabulary = List.copyOf(words);
    }

    private static void collect(List<CodebookEntry> entries, Set<String> words) {
        for (CodebookEntry e : entries) {
            for (String text : new String[] {e.name(), e.description()}) {
                if (text == null) {
                    continue;
                }
                for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    if (w.length() >= 5) {
                        words.add(w);
                    }
                }
            }
            collect(e.children(), words);
        }
    }

    /** Theme words drawn from the codebook. */
    public List<String> vocabulary() {
        return vocabulary;
    }

    /**
     * Writes {@code counties × docsPerCounty} files of about {@code words} words each into {@code dir}.
     *
     * @param counties the first this many of the 21 counties (1–21)
     * @return the files written, in order
     */
    public List<Path> write(Path dir, int counties, int docsPerCounty, int words, long seed) throws IOException {
        if (counties < 1 || counties > County.values().length) {
            throw new IllegalArgumentException("--counties must be between 1 and 21, not " + counties);
        }
        if (docsPerCounty < 1 || words < 1) {
            throw new IllegalArgumentException("give at least one document per county and one word per document");
        }
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int c = 0; c < counties; c++) {
            County county = County.values()[c];
            for (int d = 1; d <= docsPerCounty; d++) {
                Random random = new Random(seed * 1_000_003L + c * 10_007L + d);
                Path file = dir.resolve(String.format(Locale.ROOT, "2025_%s_%02d_lansdialog.txt", fold(county.shortName()),
                        d));
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    w.write(document(county, d, words, random));
                }
                out.add(file);
            }
        }
        return out;
    }

    /** One transcript. */
    String document(County county, int number, int words, Random random) {
        StringBuilder sb = new StringBuilder(words * 8);
        sb.append("Länsdialog 2025 – ").append(county.officialName()).append(" (Region ").append(county.shortName())
                .append("), dialog ").append(number).append('\n');
        sb.append("Fiktivt genererat underlag för prestandatester – ingen verklig dialog.\n");
        sb.append(String.format(Locale.ROOT, "Datum: 2025-%02d-%02d%n", 2 + random.nextInt(9), 1 + random.nextInt(28)));
        sb.append("Deltagare: ").append(String.join("; ", ROLES)).append("\n\n");
        int written = Texts.countWords(sb.toString());
        int seconds = 5;
        while (written < words) {
            String role = seconds == 5 ? ROLES[0] : ROLES[random.nextInt(ROLES.length)];
            String label = String.format(Locale.ROOT, "[%02d:%02d:%02d] %s: ", seconds / 3600, seconds / 60 % 60,
                    seconds % 60, role);
            sb.append(label);
            written += Texts.countWords(label);
            int sentences = 1 + random.nextInt(5);
            for (int s = 0; s < sentences && written < words; s++) {
                if (s > 0) {
                    sb.append(' ');
                }
                written += sentence(sb, random, Math.min(words - written, 6 + random.nextInt(16)));
            }
            sb.append("\n\n");
            seconds += 10 + random.nextInt(80);
        }
        return sb.toString().stripTrailing() + "\n";
    }

    private int sentence(StringBuilder sb, Random random, int length) {
        int n = 0;
        if (length >= 4 && random.nextInt(4) == 0) {
            String opener = OPENERS[random.nextInt(OPENERS.length)];
            sb.append(opener).append(',');
            n += opener.split(" ").length;
        }
        boolean first = n == 0;
        for (; n < Math.max(1, length); n++) {
            String w = random.nextInt(10) < 4 && !vocabulary.isEmpty() ? vocabulary.get(random.nextInt(vocabulary.size()))
                    : COMMON[random.nextInt(COMMON.length)];
            if (first) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                first = false;
            } else {
                sb.append(' ');
            }
            sb.append(w);
        }
        sb.append(random.nextInt(8) == 0 ? '?' : '.');
        return n;
    }

    /** "Västra Götaland" → "vastra_gotaland". */
    static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_");
    }
}
