package se.dialogcoder.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.store.Search.DocumentMatch;
import se.dialogcoder.store.SearchSyntaxException;

/**
 * The fast search path (hits located in Java with the unicode61 rules) must mark exactly what FTS5's own
 * {@code highlight()} marks: compared on seeded random texts and queries.
 */
class HitLocatorTest {
    private static final String[] WORDS = {"län", "lan", "Län", "LÄN", "åtgärd", "Åtgärder", "atgard",
        "handlingsplan", "Handlingsplanen", "handlingsplaner", "psykisk", "hälsa", "Psykisk", "HÄLSA", "ohälsa",
        "suicidprevention", "stöd", "efterlevande", "efterlevandestöd", "2025", "Region", "Örebro", "ö", "t.ex.",
        "bl.a.", "e-hälsa", "hälso-", "x_y", "🙂", "naïve", "café", "Ⅻ", "½", "²", "日本語", "١٢٣", "\uE000ab",
        "e\u0301t", "ǅemal", "Straße", "ΣΊΣΥΦΟΣ", "Ǆ", "İstanbul", "ﬁnal"};
    private static final String[] SEPARATORS = {" ", " ", " ", ", ", ". ", "\n", "\n\n", " – ", "/", "(", ") ",
        ": ", "\t", "’", "\"", "…"};
    @TempDir
    Path dir;

    @Test
    void javaHitsEqualHighlightHits() throws Exception {
        Random random = new Random(20250312);
        try (ProjectFile p = ProjectFile.create(dir.resolve("h.dcproj"), "H", null)) {
            List<String> latin = java.util.Arrays.stream(WORDS).filter(Unicode61::isCertain).toList();
            for (int d = 0; d < 12; d++) {
                // even documents keep to the characters the fast path trusts; odd ones take highlight()
                List<String> words = d % 2 == 0 ? latin : List.of(WORDS);
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 300; w++) {
                    text.append(words.get(random.nextInt(words.size())))
                            .append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
                }
                String t = text.toString().strip();
                assertThat(Unicode61.isCertain(t)).isEqualTo(d % 2 == 0);
                County county = County.values()[d % County.values().length];
                p.write(tx -> tx.documents().insert(StoreFixtures.document("d" + t.hashCode(), county, t)));
            }
            List<String> queries = new ArrayList<>(List.of("län", "lan", "LÄN", "åtgärd*", "\"psykisk hälsa\"",
                    "handlingsplan*", "h*", "\"psykisk häl\"*", "län OR åtgärd", "psykisk AND hälsa",
                    "psykisk NOT ohälsa", "(län OR lan) hälsa", "efterlevande*", "2025", "straße", "σίσυφος",
                    "日本語", "naïve", "café", "ﬁnal", "istanbul", "\"t ex\"", "e", "ǆemal", "ⅻ", "½"));
            for (int i = 0; i < 150; i++) {
                queries.add(randomQuery(random));
            }
            int compared = 0;
            for (String q : queries) {
                List<DocumentMatch> fast;
                List<DocumentMatch> reference;
                try {
                    reference = p.read(tx -> ((Tx) tx).search().searchWithHighlight(q, CodingFilter.ALL));
                } catch (SearchSyntaxException e) {
                    continue; // FTS5 refuses it; nothing to compare
                }
                fast = p.read(tx -> tx.search().search(q, CodingFilter.ALL));
                assertThat(fast).as(q).hasSameSizeAs(reference);
                for (int k = 0; k < fast.size(); k++) {
                    assertThat(fast.get(k).documentId()).as(q).isEqualTo(reference.get(k).documentId());
                    se.dialogcoder.model.CodePointText text = new se.dialogcoder.model.CodePointText(fast.get(k).text());
                    String shown = fast.get(k).hits().stream().map(h -> "«" + text.slice(h.start(), h.end()) + "»")
                            .toList().toString();
                    assertThat(fast.get(k).hits()).as(q + " in " + fast.get(k).name() + ": " + shown)
                            .isEqualTo(reference.get(k).hits());
                    assertThat(fast.get(k).text()).isEqualTo(reference.get(k).text());
                }
                compared++;
            }
            assertThat(compared).isGreaterThan(120);
        }
    }

    @Test
    void queriesWithOtherSyntaxAreLeftToFts5() {
        assertThat(FtsQuery.phrases("NEAR(psykisk hälsa, 3)")).isEmpty();
        assertThat(FtsQuery.phrases("text:län")).isEmpty();
        assertThat(FtsQuery.phrases("^län")).isEmpty();
        assertThat(FtsQuery.phrases("\"psykisk\" + \"hälsa\"")).isEmpty();
        assertThat(FtsQuery.phrases("län OR (åtgärd AND \"psykisk hälsa\"*)")).hasValueSatisfying(
                list -> assertThat(list).hasSize(3));
    }

    private static String randomQuery(Random random) {
        String a = word(random);
        String b = word(random);
        return switch (random.nextInt(8)) {
            case 0 -> a;
            case 1 -> a.length() > 2 ? a.substring(0, 1 + random.nextInt(a.length() - 1)) + "*" : a + "*";
            case 2 -> "\"" + a + " " + b + "\"";
            case 3 -> a + " OR " + b;
            case 4 -> a + " AND " + b;
            case 5 -> a + " NOT " + b;
            case 6 -> "(" + a + " OR " + b + ") " + word(random);
            default -> "\"" + a + " " + b + "\"*";
        };
    }

    /** A query word: a text word, sometimes re-cased, only when FTS5 takes it as a bareword. */
    private static String word(Random random) {
        while (true) {
            String w = WORDS[random.nextInt(WORDS.length)];
            w = switch (random.nextInt(3)) {
                case 0 -> w.toUpperCase(java.util.Locale.ROOT);
                case 1 -> w.toLowerCase(java.util.Locale.ROOT);
                default -> w;
            };
            if (w.chars().allMatch(c -> c >= 0x80 || Character.isLetterOrDigit(c))
                    && !List.of("AND", "OR", "NOT", "NEAR").contains(w)) {
                return w;
            }
        }
    }
}
