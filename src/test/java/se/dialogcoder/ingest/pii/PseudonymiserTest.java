package se.dialogcoder.ingest.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.ingest.ParsedDocument;
import se.dialogcoder.ingest.Readers;
import se.dialogcoder.ingest.UnitSplitter;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;

class PseudonymiserTest {
    private final PiiScanner scanner = PiiScanner.standard(NameList.of("Anna Svensson", "Anna", "Lind"));

    /** Numbers per kind in order of first appearance, like a project without earlier imports. */
    static final class MemoryBook implements Pseudonymiser.Book {
        final Map<String, Integer> numbers = new HashMap<>();
        final Map<PiiKind, Integer> last = new HashMap<>();

        @Override
        public int number(PiiKind kind, String value) {
            return numbers.computeIfAbsent(kind.id() + ":" + value, k -> last.merge(kind, 1, Integer::sum));
        }
    }

    @Test
    void replacesAndKeepsUnitsOnTheirSpeakers() {
        String p = Pnr.dashed("790314", "123");
        String text = """
                Länsdialog Skåne 2025-03-12

                Moderator: Välkomna. Anna Svensson börjar.
                Anna Svensson: Tack. Ring 070-123 45 67 eller +46 70 123 45 67.
                Moderator: Tack Anna Svensson. Lind?
                Lind: Ärendet %s gäller lind@region.se och LIND.
                Anna Svensson: Ja.
                Lind: Bra.""".formatted(p);
        ParsedDocument doc = UnitSplitter.split(text);
        assertThat(doc.units()).filteredOn(u -> u.kind() == UnitKind.TURN).hasSize(6);
        Pseudonymiser.Result r = Pseudonymiser.apply(doc, new PiiReview(scanner.scan(text)), new MemoryBook());
        assertThat(r.document().text()).isEqualTo("""
                Länsdialog Skåne 2025-03-12

                Moderator: Välkomna. [Person 1] börjar.
                [Person 1]: Tack. Ring [Telefon 1] eller [Telefon 1].
                Moderator: Tack [Person 1]. [Person 2]?
                [Person 2]: Ärendet [Personnummer 1] gäller [E-post 1] och [Person 2].
                [Person 1]: Ja.
                [Person 2]: Bra.""");
        assertThat(r.document().units()).extracting(TextUnit::speaker)
                .containsExactly(null, "Moderator", "[Person 1]", "Moderator", "[Person 2]", "[Person 1]", "[Person 2]");
        assertThat(r.counts()).containsEntry(PiiKind.NAME, 8).containsEntry(PiiKind.PHONE, 2);
        assertUnitsFollow(doc, r);
    }

    @Test
    void keptFindingsStayAsTheyAre() {
        String text = "Anna ringer 070-123 45 67.";
        PiiReview review = new PiiReview(scanner.scan(text));
        review.decideKind(PiiKind.NAME, PiiDecision.KEEP);
        Pseudonymiser.Result r = Pseudonymiser.apply(UnitSplitter.split(text), review, new MemoryBook());
        assertThat(r.document().text()).isEqualTo("Anna ringer [Telefon 1].");
        assertThat(r.document().units().get(0).end()).isEqualTo(24);
    }

    @Test
    void subtitleTurnsKeepTheirTimesAndGetTheirSpeakerReplaced(@TempDir Path dir) throws Exception {
        Path vtt = Files.writeString(dir.resolve("teams.vtt"), """
                WEBVTT

                00:00:01.000 --> 00:00:04.000
                <v Anna Svensson>Hej, det är Anna. 😀 Ring 070-123 45 67.</v>

                00:00:05.000 --> 00:00:09.500
                <v Moderator>Tack Anna Svensson.</v>

                00:00:10.000 --> 00:00:12.000
                <v Anna Svensson>Eller mejla anna@region.se.</v>
                """, StandardCharsets.UTF_8);
        ParsedDocument doc = new Readers().read(vtt);
        Pseudonymiser.Result r = Pseudonymiser.apply(doc, new PiiReview(scanner.scan(doc.text())), new MemoryBook());
        assertThat(r.document().text()).isEqualTo("""
                [00:00:01] [Person 1]: Hej, det är [Person 2]. 😀 Ring [Telefon 1].

                [00:00:05] Moderator: Tack [Person 1].

                [00:00:10] [Person 1]: Eller mejla [E-post 1].""");
        assertThat(r.document().units()).extracting(TextUnit::speaker)
                .containsExactly("[Person 1]", "Moderator", "[Person 1]");
        assertThat(r.document().units()).extracting(TextUnit::startMillis).containsExactly(1000L, 5000L, 10000L);
        assertThat(r.document().units()).extracting(TextUnit::endMillis).containsExactly(4000L, 9500L, 12000L);
        assertUnitsFollow(doc, r);
    }

    /** Random transcripts: every unit covers the same words, labels stay in front, nothing is found again. */
    @Test
    void randomTranscriptsKeepTheirUnits() {
        Random random = new Random(8L);
        String[] speakers = {"Moderator", "Anna Svensson", "Lind", "Länssamordnare psykisk hälsa"};
        String[] words = {"handlingsplan", "😀", "𝄞", "år", "2025-03-12", "Anna", "Anna Svensson", "LIND",
            "070-123 45 67", "08-765 43 21", "anna@region.se", Pnr.dashed("790314", "123"), "ö", "suicid",
            "1 527 000 kronor", "Dnr 2025/01234"};
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder("Länsdialog\n\n");
            int turns = 3 + random.nextInt(10);
            for (int t = 0; t < turns; t++) {
                if (random.nextBoolean()) {
                    text.append(String.format("[00:%02d:%02d] ", random.nextInt(60), random.nextInt(60)));
                }
                text.append(speakers[random.nextInt(speakers.length)]).append(": ");
                int n = 1 + random.nextInt(12);
                for (int w = 0; w < n; w++) {
                    text.append(words[random.nextInt(words.length)]).append(w + 1 < n ? " " : "");
                }
                text.append(random.nextInt(3) == 0 ? "\n\n" : "\n");
            }
            ParsedDocument doc = UnitSplitter.split(se.dialogcoder.ingest.TextNormaliser.normalise(text.toString()));
            Pseudonymiser.Result r = Pseudonymiser.apply(doc, new PiiReview(scanner.scan(doc.text())),
                    new MemoryBook());
            assertUnitsFollow(doc, r);
            assertThat(scanner.scan(r.document().text())).as(r.document().text()).isEmpty();
        }
    }

    /** Each new unit is the old unit with the replacements inside it applied; labels stay at the front. */
    private static void assertUnitsFollow(ParsedDocument before, Pseudonymiser.Result r) {
        ParsedDocument after = r.document();
        assertThat(after.units()).hasSameSizeAs(before.units());
        int[] oldCps = before.text().codePoints().toArray();
        int[] newCps = after.text().codePoints().toArray();
        for (int i = 0; i < before.units().size(); i++) {
            TextUnit o = before.units().get(i);
            TextUnit n = after.units().get(i);
            assertThat(n.index()).isEqualTo(o.index());
            assertThat(n.kind()).isEqualTo(o.kind());
            String expected = replaceInside(oldCps, o.start(), o.end(), r.replacements());
            assertThat(new String(newCps, n.start(), n.end() - n.start())).isEqualTo(expected);
            String expectedBody = replaceInside(oldCps, o.bodyStart(), o.end(), r.replacements());
            assertThat(new String(newCps, n.bodyStart(), n.end() - n.bodyStart())).isEqualTo(expectedBody);
            if (n.speaker() != null) {
                String head = new String(newCps, n.start(), n.bodyStart() - n.start());
                assertThat(head).as("unit %d starts at its speaker label", i).contains(n.speaker() + ":");
            }
        }
    }

    private static String replaceInside(int[] cps, int from, int to, List<Pseudonymiser.Replacement> all) {
        StringBuilder out = new StringBuilder();
        int pos = from;
        List<Pseudonymiser.Replacement> inside = new ArrayList<>();
        for (Pseudonymiser.Replacement x : all) {
            if (x.finding().start() >= from && x.finding().end() <= to) {
                inside.add(x);
            } else {
                assertThat(x.finding().end() <= from || x.finding().start() >= to)
                        .as("no replacement crosses a unit edge").isTrue();
            }
        }
        for (Pseudonymiser.Replacement x : inside) {
            out.append(new String(cps, pos, x.finding().start() - pos)).append(x.pseudonym());
            pos = x.finding().end();
        }
        out.append(new String(cps, pos, to - pos));
        return out.toString();
    }
}
