package se.dialogcoder.ingest.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PhoneDetectorTest {
    private final PhoneDetector detector = new PhoneDetector();

    private List<String> texts(String text) {
        return detector.find(text).stream().map(PiiFinding::text).toList();
    }

    static Stream<Arguments> found() {
        return Stream.of(
                Arguments.of("Ring mig på 070-123 45 67.", "070-123 45 67", "0701234567"),
                Arguments.of("mobil 0701234567 dagtid", "0701234567", "0701234567"),
                Arguments.of("mobil 070 123 45 67", "070 123 45 67", "0701234567"),
                Arguments.of("mobil 073-1234567", "073-1234567", "0731234567"),
                Arguments.of("mobil 076-12 34 567", "076-12 34 567", "0761234567"),
                Arguments.of("från utlandet +46 70 123 45 67", "+46 70 123 45 67", "0701234567"),
                Arguments.of("från utlandet +46701234567", "+46701234567", "0701234567"),
                Arguments.of("från utlandet 0046 70 123 45 67", "0046 70 123 45 67", "0701234567"),
                Arguments.of("från utlandet +46 (0)70-123 45 67", "+46 (0)70-123 45 67", "0701234567"),
                Arguments.of("växeln 08-123 456 78", "08-123 456 78", "0812345678"),
                Arguments.of("växeln 08-123 45 67, vardagar", "08-123 45 67", "081234567"),
                Arguments.of("Göteborg 031-12 34 56", "031-12 34 56", "031123456"),
                Arguments.of("Göteborg 031-123456", "031-123456", "031123456"),
                Arguments.of("kundtjänst 0771-123 456", "0771-123 456", "0771123456"),
                Arguments.of("Kiruna 0980-123 45", "0980-123 45", "098012345"),
                Arguments.of("Stockholm +46 8 123 456 78", "+46 8 123 456 78", "0812345678"),
                Arguments.of("tel:08 123 456 78", "08 123 456 78", "0812345678"),
                Arguments.of("(070-123 45 67)", "070-123 45 67", "0701234567"),
                Arguments.of("Ring 08-123 45 67 10 gånger", "08-123 45 67", "081234567"));
    }

    @ParameterizedTest
    @MethodSource
    void found(String text, String expected, String value) {
        List<PiiFinding> findings = detector.find(text);
        assertThat(findings).extracting(PiiFinding::text).containsExactly(expected);
        assertThat(findings.get(0).value()).isEqualTo(value);
    }

    static Stream<String> notFound() {
        return Stream.of(
                "Dialogen 2025 hölls 2025-03-12.",
                "Budgeten är 1 527 000 000 kronor och 1 060 000 000 kr.",
                "Stimulansmedel 1560 mnkr, 0,5 procent.",
                "Dnr 2025/01234, S2024-01234, RS 2024-012345",
                "datum 03-12-2025 och 12-03-25",
                "öppet kl. 08.30–16.00, 08-17 och 0830-1700",
                "postadress 123 45 Stockholm, box 0123",
                "personnummer " + Pnr.dashed("050709", "123") + " och 20" + Pnr.dashed("050709", "123"),
                "fel personnummer 050709-1230 är inte heller ett telefonnummer",
                "kort 08-1234 och 070-123 45",
                "tider 08-17 08-17 och 8-17",
                "två streck 070-123-45-67 och 0701-23-45-67",
                "ISBN 978-91-27-12345-6",
                "belopp 012 345 678 kr",
                "koordinat 0123456789 utan streck",
                "siffror före 12070-123 45 67");
    }

    @ParameterizedTest
    @MethodSource
    void notFound(String text) {
        assertThat(texts(text)).isEmpty();
    }

    @Test
    void twoNumbersInARow() {
        assertThat(texts("Ring 070-123 45 67 eller 08-765 43 21!"))
                .containsExactly("070-123 45 67", "08-765 43 21");
    }

    @Test
    void offsetsAreCodePoints() {
        String text = "👋 Ring 070-123 45 67";
        PiiFinding f = detector.find(text).get(0);
        assertThat(f.start()).isEqualTo(7);
        assertThat(f.end()).isEqualTo(20);
    }
}
