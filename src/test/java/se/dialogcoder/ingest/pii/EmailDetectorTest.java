package se.dialogcoder.ingest.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmailDetectorTest {
    private final EmailDetector detector = new EmailDetector();

    private List<String> texts(String text) {
        return detector.find(text).stream().map(PiiFinding::text).toList();
    }

    static Stream<Arguments> found() {
        return Stream.of(
                Arguments.of("Mejla anna.svensson@regionskane.se om du undrar.", "anna.svensson@regionskane.se"),
                Arguments.of("Kontakta eva@kommun.se.", "eva@kommun.se"),
                Arguments.of("<Åsa.Öberg@länsstyrelsen.se>", "Åsa.Öberg@länsstyrelsen.se"),
                Arguments.of("Skriv till förnamn+tagg@sub.region-x.org, tack", "förnamn+tagg@sub.region-x.org"),
                Arguments.of("mailto:jörgen_l@vgregion.se", "jörgen_l@vgregion.se"),
                Arguments.of("E-post: KONTAKT@FOLKHALSOMYNDIGHETEN.SE", "KONTAKT@FOLKHALSOMYNDIGHETEN.SE"));
    }

    @ParameterizedTest
    @MethodSource
    void found(String text, String expected) {
        assertThat(texts(text)).containsExactly(expected);
    }

    static Stream<String> notFound() {
        return Stream.of(
                "Följ oss på @folkhalsomyndigheten",
                "a@b och anna@localhost",
                "x@y.z är ingen adress",
                "Mötet 10@14 i sal 3",
                "ingen snabel-a alls");
    }

    @ParameterizedTest
    @MethodSource
    void notFound(String text) {
        assertThat(texts(text)).isEmpty();
    }

    @Test
    void valueIsLowerCaseAndOffsetsAreCodePoints() {
        PiiFinding f = detector.find("🙂 Anna.S@Region.SE").get(0);
        assertThat(f.value()).isEqualTo("anna.s@region.se");
        assertThat(f.start()).isEqualTo(2);
        assertThat(f.end()).isEqualTo(18);
    }
}
