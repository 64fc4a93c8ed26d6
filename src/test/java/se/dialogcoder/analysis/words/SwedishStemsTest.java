package se.dialogcoder.analysis.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SwedishStemsTest {
    private final SwedishStems stems = new SwedishStems();

    @Test
    void theInflectionsOfHandlingsplanShareItsStem() {
        for (String w : List.of("handlingsplan", "handlingsplanen", "handlingsplaner", "handlingsplanerna",
                "handlingsplanens", "handlingsplanernas")) {
            assertThat(stems.stem(w)).as(w).isEqualTo("handlingsplan");
        }
    }

    @Test
    void definiteEndingsThatSnowballLeavesAreTakenOffToo() {
        assertThat(stems.stem("arbetet")).as("Snowball alone").isNotEqualTo(stems.stem("arbete"));
        assertThat(stems.isFormOf("arbetet", stems.stem("arbete"))).isTrue();
        assertThat(stems.isFormOf("stödet", stems.stem("stöd"))).isTrue();
        assertThat(stems.isFormOf("skolan", stems.stem("skola"))).isTrue();
        assertThat(stems.isFormOf("skolans", stems.stem("skola"))).isTrue();
        assertThat(stems.isFormOf("länets", stems.stem("län"))).isTrue();
        assertThat(stems.isFormOf("suicidpreventionen", stems.stem("suicidprevention"))).isTrue();
    }

    @Test
    void wordsOfOtherStemsStayApart() {
        String plan = stems.stem("plan");
        for (String w : List.of("planera", "planering", "planeringen", "plats")) {
            assertThat(stems.isFormOf(w, plan)).as(w).isFalse();
        }
        assertThat(stems.isFormOf("plan", stems.stem("pla"))).as("-an of a short word is not an ending").isFalse();
    }

    @Test
    void everyStemOfEverySampleWordBeginsItsWord() throws Exception {
        Set<String> words = SampleWords.all();
        assertThat(words).hasSizeGreaterThan(2000);
        for (String w : words) {
            for (String s : stems.stems(w)) {
                assertThat(w).startsWith(s);
            }
        }
    }
}
