package se.dialogcoder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.dialogcoder.model.County;

class CountyDetectorTest {
    static Stream<Arguments> fileNames() {
        return Stream.of(
                Arguments.of("2025_stockholm_lansdialog.txt", County.STOCKHOLM),
                Arguments.of("Uppsala län 2025.docx", County.UPPSALA),
                Arguments.of("2025-sormland-anteckningar.pdf", County.SODERMANLAND),
                Arguments.of("lansdialog_ostergotland_2025.txt", County.OSTERGOTLAND),
                Arguments.of("2025_jonkoping_dialog.vtt", County.JONKOPING),
                Arguments.of("Kronoberg.2025.srt", County.KRONOBERG),
                Arguments.of("2025_kalmar_lan.docx", County.KALMAR),
                Arguments.of("2025_gotland_dialog.md", County.GOTLAND),
                Arguments.of("2025_blekinge_lansdialog.txt", County.BLEKINGE),
                Arguments.of("2025_skane_dialog.docx", County.SKANE),
                Arguments.of("2025_halland_lansdialog.txt", County.HALLAND),
                Arguments.of("2025_vastra_gotaland_anteckningar.docx", County.VASTRA_GOTALAND),
                Arguments.of("2025_Värmland_transkript.vtt", County.VARMLAND),
                Arguments.of("2025_orebro_lansdialog.txt", County.OREBRO),
                Arguments.of("2025_vastmanland_lansdialog.txt", County.VASTMANLAND),
                Arguments.of("Region-Dalarna-2025.pdf", County.DALARNA),
                Arguments.of("2025_gavleborg_lansdialog.txt", County.GAVLEBORG),
                Arguments.of("2025_vasternorrland_lansdialog.txt", County.VASTERNORRLAND),
                Arguments.of("2025_jamtland_harjedalen_lansdialog.txt", County.JAMTLAND),
                Arguments.of("2025_vasterbotten_lansdialog.txt", County.VASTERBOTTEN),
                Arguments.of("2025_NORRBOTTEN_lansdialog.txt", County.NORRBOTTEN));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("fileNames")
    void countyFromFileName(String fileName, County expected) {
        assertThat(CountyDetector.detect(fileName, "Inget län nämns här.")).contains(expected);
    }

    @Test
    void fileNamesCoverAllTwentyOneCounties() {
        assertThat(fileNames().map(a -> a.get()[1])).containsExactlyInAnyOrder((Object[]) County.values());
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("Länsdialog med Stockholms län", County.STOCKHOLM),
                Arguments.of("Deltagare från Region Stockholm och kommunerna", County.STOCKHOLM),
                Arguments.of("Region Uppsala och länets kommuner", County.UPPSALA),
                Arguments.of("Region Sörmland har en ny plan", County.SODERMANLAND),
                Arguments.of("I Södermanlands län finns nio kommuner", County.SODERMANLAND),
                Arguments.of("Östergötlands kommuner och regionen", County.OSTERGOTLAND),
                Arguments.of("Region Jönköpings län", County.JONKOPING),
                Arguments.of("Region Kronoberg samordnar", County.KRONOBERG),
                Arguments.of("REGION KALMAR LÄN", County.KALMAR),
                Arguments.of("Gotland är både region och kommun", County.GOTLAND),
                Arguments.of("Region Blekinge och Blekinges kommuner", County.BLEKINGE),
                Arguments.of("Skånes kommuner samverkar", County.SKANE),
                Arguments.of("Hallands län och Region Halland", County.HALLAND),
                Arguments.of("Västra Götalandsregionen har 49 kommuner", County.VASTRA_GOTALAND),
                Arguments.of("Samordnare på VGR", County.VASTRA_GOTALAND),
                Arguments.of("Region Värmland", County.VARMLAND),
                Arguments.of("Region Örebro län", County.OREBRO),
                Arguments.of("Västmanlands län", County.VASTMANLAND),
                Arguments.of("Region Dalarna och Dalarnas kommuner", County.DALARNA),
                Arguments.of("Region Gävleborg", County.GAVLEBORG),
                Arguments.of("Region Västernorrland", County.VASTERNORRLAND),
                Arguments.of("Region Jämtland Härjedalen", County.JAMTLAND),
                Arguments.of("kommunerna i Härjedalen", County.JAMTLAND),
                Arguments.of("Region Västerbotten", County.VASTERBOTTEN),
                Arguments.of("Norrbottens kommuner", County.NORRBOTTEN),
                Arguments.of("Vi träffades i Göteborg", County.VASTRA_GOTALAND),
                Arguments.of("Mötet hölls i Luleå", County.NORRBOTTEN));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("texts")
    void countyFromText(String text, County expected) {
        assertThat(CountyDetector.detect("anteckningar.docx", text)).contains(expected);
    }

    @Test
    void textsCoverAllTwentyOneCounties() {
        assertThat(texts().map(a -> a.get()[1]).distinct()).containsExactlyInAnyOrder((Object[]) County.values());
    }

    @Test
    void ostergotlandIsNotGotland() {
        assertThat(CountyDetector.detect("lansdialog_ostergotland_2025.txt", "")).contains(County.OSTERGOTLAND);
        assertThat(CountyDetector.detect(null, "Region Östergötland")).contains(County.OSTERGOTLAND);
        assertThat(CountyDetector.detect(null, "Östergötlands kommuner och Gotlands")).contains(County.OSTERGOTLAND);
    }

    @Test
    void hallstahammarIsNotHalland() {
        assertThat(CountyDetector.detect("hallstahammar_2025.txt", "Hallstahammars kommun")).isEmpty();
        assertThat(CountyDetector.detect(null, "Hallstahammar i Västmanlands län")).contains(County.VASTMANLAND);
    }

    @Test
    void noCountyStaysEmpty() {
        assertThat(CountyDetector.detect("anteckningar_2025.docx", "Vi pratade om suicidprevention.")).isEmpty();
        assertThat(CountyDetector.detect(null, null)).isEmpty();
        assertThat(CountyDetector.detect("", "")).isEmpty();
    }

    @Test
    void fileNameWinsOverText() {
        assertThat(CountyDetector.detect("2025_skane_dialog.docx", "Region Stockholm, Region Stockholm"))
                .contains(County.SKANE);
    }

    @Test
    void regionMentionOutweighsPassingMentionsOfAnotherCounty() {
        String text = "Länsdialog 2025 – Region Gotland\nVi jämförde med Stockholm, Stockholm och Stockholm.";
        assertThat(CountyDetector.detect(null, text)).contains(County.GOTLAND);
    }

    @Test
    void onlyTheBeginningOfTheTextCounts() {
        String text = "x ".repeat(CountyDetector.TEXT_WINDOW) + "Region Skåne";
        assertThat(CountyDetector.detect(null, text)).isEmpty();
    }

    @Test
    void evidenceQuotesTheOriginalWords() {
        assertThat(CountyDetector.detectWithEvidence("notes.txt", "Möte med Region Skåne. Skåne, Skåne."))
                .hasValueSatisfying(m -> {
                    assertThat(m.county()).isEqualTo(County.SKANE);
                    assertThat(m.evidence()).isEqualTo("text: \"Region Skåne\" (3 mentions)");
                });
        assertThat(CountyDetector.detectWithEvidence("2025_skane_dialog.docx", ""))
                .hasValueSatisfying(m -> assertThat(m.evidence()).contains("2025_skane_dialog.docx"));
    }

    @Test
    void decomposedLettersAreFoldedToo() {
        assertThat(CountyDetector.detect(null, "Region Va\u0308rmland")).contains(County.VARMLAND);
        assertThat(Arrays.asList(County.values())).hasSize(21);
    }
}
