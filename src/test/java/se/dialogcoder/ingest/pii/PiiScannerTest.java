package se.dialogcoder.ingest.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PiiScannerTest {
    private final PiiScanner scanner = PiiScanner.standard(NameList.of("Anna", "Anna Svensson", "Lind"));

    @Test
    void aSwedishTranscriptWithEveryKind() {
        String p = Pnr.dashed("790314", "123");
        String text = """
                [00:01:12] Moderator: Välkomna till länsdialogen 2025-03-12 i Västra Götaland.
                [00:02:30] Anna Svensson: Jag nås på 070-123 45 67 eller anna.svensson@vgregion.se.
                [00:03:01] Moderator: Tack Anna. Budgeten är 1 527 000 000 kronor (Dnr 2025/01234).
                [00:04:45] Lind: Ärendet om %s gäller en närstående; ring växeln 031-12 34 56.
                """.formatted(p);
        List<PiiFinding> f = scanner.scan(text);
        assertThat(f).extracting(x -> x.kind() + " " + x.text()).containsExactly(
                "NAME Anna Svensson", "PHONE 070-123 45 67", "EMAIL anna.svensson@vgregion.se", "NAME Anna",
                "NAME Lind", "PERSONNUMMER " + p, "PHONE 031-12 34 56");
        assertExactOffsets(text, f);
    }

    @Test
    void theLongestAndThenTheMostSpecificWins() {
        assertThat(scanner.scan("anna@lind.se")).extracting(PiiFinding::kind).containsExactly(PiiKind.EMAIL);
        String youngPerson = Pnr.dashed("050709", "123"); // also shaped like 0507-09… but a personnummer
        assertThat(scanner.scan("nr " + youngPerson)).extracting(PiiFinding::kind)
                .containsExactly(PiiKind.PERSONNUMMER);
        String mobileShaped = Pnr.ten("070123", "456"); // valid personnummer digits, written like a mobile number
        assertThat(scanner.scan("nr " + mobileShaped)).extracting(PiiFinding::kind).containsExactly(PiiKind.PHONE);
    }

    @Test
    void resolveKeepsNoOverlapsAndOrdersByPosition() {
        List<PiiFinding> candidates = List.of(
                new PiiFinding(PiiKind.NAME, "ab", 0, 2), new PiiFinding(PiiKind.EMAIL, "abcd", 0, 4),
                new PiiFinding(PiiKind.PHONE, "de", 3, 5), new PiiFinding(PiiKind.PHONE, "fg", 6, 8),
                new PiiFinding(PiiKind.PERSONNUMMER, "fg", 6, 8));
        assertThat(PiiScanner.resolve(candidates)).extracting(f -> f.kind() + "@" + f.start())
                .containsExactly("EMAIL@0", "PERSONNUMMER@6");
    }

    /** Random Swedish text with planted personal data: all planted values are found, at their exact offsets. */
    @Test
    void plantedValuesAreFoundInRandomText() {
        Random random = new Random(20250312L);
        String[] words = {"länsdialog", "suicidprevention", "handlingsplan", "år", "2025", "12 kronor", "1 527 000",
            "Dnr 2025/01234", "S2024-01234", "2025-03-12", "1560 mnkr", "😀", "𝄞", "och", "Region", "Skåne", "å",
            "ä", "ö", "kl. 08.30", "08-17", "556677-8899", "§ 12", "(", ")", ",", "."};
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            List<String> planted = new ArrayList<>();
            int pieces = 5 + random.nextInt(30);
            for (int i = 0; i < pieces; i++) {
                if (random.nextInt(4) == 0) {
                    String value = plant(random);
                    planted.add(value);
                    text.append(value);
                } else {
                    text.append(words[random.nextInt(words.length)]);
                }
                text.append(random.nextInt(8) == 0 ? "\n" : " ");
            }
            List<PiiFinding> f = scanner.scan(text.toString());
            assertThat(f).as(text.toString()).extracting(PiiFinding::text).containsExactlyElementsOf(planted);
            assertExactOffsets(text.toString(), f);
        }
    }

    private static String plant(Random random) {
        String date = String.format("%02d%02d%02d", random.nextInt(100), 1 + random.nextInt(12),
                1 + random.nextInt(28) + (random.nextBoolean() ? 60 : 0));
        String serial = String.format("%03d", random.nextInt(1000));
        return switch (random.nextInt(7)) {
            case 0 -> Pnr.dashed(date, serial);
            case 1 -> "19" + Pnr.dashed(date, serial);
            case 2 -> String.format("07%d-%03d %02d %02d", random.nextInt(10), random.nextInt(1000),
                    random.nextInt(100), random.nextInt(100));
            case 3 -> String.format("+46 8 %03d %03d %02d", random.nextInt(1000), random.nextInt(1000),
                    random.nextInt(100));
            case 4 -> "person" + random.nextInt(100) + "@län" + random.nextInt(10) + ".se";
            case 5 -> random.nextBoolean() ? "Anna Svensson" : "LIND";
            default -> Pnr.ten(date.startsWith("07") ? "17" + date.substring(2) : date, serial);
        };
    }

    static void assertExactOffsets(String text, List<PiiFinding> findings) {
        int[] cps = text.codePoints().toArray();
        int last = 0;
        for (PiiFinding f : findings) {
            assertThat(new String(cps, f.start(), f.length())).isEqualTo(f.text());
            assertThat(f.start()).isGreaterThanOrEqualTo(last);
            last = f.end();
        }
    }
}
