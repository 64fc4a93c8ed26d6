package se.dialogcoder.ingest.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PersonnummerDetectorTest {
    private final PersonnummerDetector detector = new PersonnummerDetector();

    private List<String> texts(String text) {
        return detector.find(text).stream().map(PiiFinding::text).toList();
    }

    static Stream<Arguments> found() {
        String p = Pnr.dashed("850709", "980");
        String ten = Pnr.ten("850709", "980");
        return Stream.of(
                Arguments.of("Hennes personnummer är " + p + ".", p),
                Arguments.of("pnr " + ten + " enligt journalen", ten),
                Arguments.of("född 19" + p + " i Malmö", "19" + p),
                Arguments.of("(19" + ten + ")", "19" + ten),
                Arguments.of("Samordningsnummer: " + Pnr.dashed("850769", "123"), Pnr.dashed("850769", "123")),
                Arguments.of("100 år: " + Pnr.dashed("121212", "121").replace('-', '+'),
                        Pnr.dashed("121212", "121").replace('-', '+')),
                Arguments.of("skottdag " + Pnr.dashed("000229", "246"), Pnr.dashed("000229", "246")),
                Arguments.of("skottdag 20" + Pnr.dashed("040229", "246"), "20" + Pnr.dashed("040229", "246")),
                Arguments.of("samordning på skottdag " + Pnr.dashed("080289", "111"), Pnr.dashed("080289", "111")),
                Arguments.of("Ärendet gäller " + Pnr.dashed("991231", "999") + ", därefter", Pnr.dashed("991231", "999")),
                Arguments.of("18" + Pnr.dashed("991231", "999") + " (gammal)", "18" + Pnr.dashed("991231", "999")),
                Arguments.of("mobil utan streck? nej, " + Pnr.dashed("070123", "456"), Pnr.dashed("070123", "456")));
    }

    @ParameterizedTest
    @MethodSource
    void found(String text, String expected) {
        assertThat(texts(text)).containsExactly(expected);
    }

    static Stream<String> notFound() {
        String ten = Pnr.ten("850709", "980");
        return Stream.of(
                "Fel kontrollsiffra: " + Pnr.wrongCheck("850709", "980"),
                "Fel kontrollsiffra, 12 siffror: 19" + Pnr.wrongCheck("850709", "980"),
                "Dialogen hölls 2025-03-12 i Lund.",
                "Dialogen hölls 20250312.",
                "Budgeten är 1 527 000 000 kronor.",
                "Stimulansmedel 1560 mnkr och 2 400 000 kr.",
                "Dnr 2025/01234 och S2024-01234 och RS 2024-12345",
                "Region Skåne, org.nr 232100-0255, och bolaget 556677-8899",
                "Bolaget " + luhnValidOrgNumber(),
                "Ring 070-123 45 67 eller 08-123 456 78.",
                "ISBN 978-91-27-12345-6 och ISBN 91-27-12345-6",
                "ISBN " + ten,
                "siffror i en längre följd: 1" + ten + " och " + ten + "1 och 12" + ten,
                "med bokstäver: A" + ten + " och " + ten + "B",
                "med mer efter: " + Pnr.dashed("850709", "980") + "-12 och " + ten + ",5",
                "fel månad " + Pnr.dashed("851309", "980") + ", fel dag " + Pnr.dashed("850732", "980")
                        + ", dag noll " + Pnr.dashed("850700", "980"),
                "ingen skottdag " + Pnr.dashed("010229", "246") + " och 19" + Pnr.dashed("000229", "246"),
                "fel sekel 17" + Pnr.dashed("850709", "980") + " och 21" + Pnr.dashed("850709", "980"),
                "samordning fel dag " + Pnr.dashed("850792", "123"),
                "12 siffror med plus 19" + Pnr.dashed("850709", "980").replace('-', '+'),
                "telefon utan streck " + Pnr.ten("070123", "456"));
    }

    @ParameterizedTest
    @MethodSource
    void notFound(String text) {
        assertThat(texts(text)).isEmpty();
    }

    /** An organisationsnummer: month part 20 or more (here 66), valid check digit. */
    private static String luhnValidOrgNumber() {
        String nine = "556677889";
        return "556677-889" + PersonnummerDetector.checkDigit(nine);
    }

    @Test
    void offsetsAreCodePointsEvenAfterAnEmoji() {
        String p = Pnr.dashed("850709", "980");
        String text = "😀 Ämne: " + p + " 𝄞";
        PiiFinding f = detector.find(text).get(0);
        assertThat(f.start()).isEqualTo(8);
        assertThat(f.end()).isEqualTo(19);
        int[] cps = text.codePoints().toArray();
        assertThat(new String(cps, f.start(), f.length())).isEqualTo(p);
        assertThat(f.value()).isEqualTo(p.replace("-", ""));
    }

    @Test
    void theTwelveDigitFormHasTheValueOfTheTenDigitForm() {
        String p = Pnr.dashed("850709", "980");
        assertThat(detector.find("19" + p).get(0).value()).isEqualTo(detector.find(p).get(0).value());
    }

    @Test
    void checkDigitOfAKnownNumber() {
        // 811218-9876 is the textbook example of the Luhn check on a personnummer
        assertThat(PersonnummerDetector.checkDigit("811218987")).isEqualTo(6);
        assertThat(texts("811218-9876")).containsExactly("811218-9876");
        assertThat(texts("811218-9875")).isEmpty();
    }
}
