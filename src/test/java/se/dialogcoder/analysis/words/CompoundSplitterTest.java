package se.dialogcoder.analysis.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.junit.jupiter.api.Test;

class CompoundSplitterTest {
    private final SwedishStems stems = new SwedishStems();
    private final CompoundSplitter splitter = CompoundSplitter.swedish(stems);

    @Test
    void planIsAPartOfThePlansOfTheSamplesButNotOfPlanning() throws Exception {
        Set<String> words = SampleWords.all();
        for (String w : List.of("handlingsplan", "länsplan", "tidplan", "vårdplan", "åtgärdsplan",
                "aktivitetsplan", "genomförandeplan", "planarbetet")) {
            assertThat(words).contains(w);
            assertThat(splitter.hasPart(w, "plan", false)).as(w).isTrue();
        }
        for (String w : List.of("planera", "planerar", "planering", "planeringen", "samhällsplanering",
                "planeringsavdelningar")) {
            assertThat(words).contains(w);
            assertThat(splitter.hasPart(w, "plan", false)).as(w).isFalse();
            assertThat(splitter.hasPart(w, "plan", true)).as(w + ", inflected").isFalse();
        }
    }

    @Test
    void aPartMayBeInflectedOnlyWhenAskedFor() {
        assertThat(splitter.hasPart("handlingsplanen", "plan", false)).isFalse();
        assertThat(splitter.hasPart("handlingsplanen", "plan", true)).isTrue();
        assertThat(splitter.hasPart("handlingsplanerna", "plan", true)).isTrue();
        assertThat(splitter.hasPart("verksamhetsplanerna", "plan", true)).isTrue();
    }

    @Test
    void theLinkingSAndAnInflectedLastPartAreAllowed() {
        assertThat(splitter.hasPart("suicidpreventionsarbetet", "suicidprevention", false)).isTrue();
        assertThat(splitter.hasPart("suicidpreventionsarbetet", "prevention", false)).isTrue();
        assertThat(splitter.hasPart("suicidpreventionsarbetet", "arbete", true)).isTrue();
        assertThat(splitter.hasPart("länsstyrelsen", "län", false)).isTrue();
        assertThat(splitter.hasPart("efterlevandestödet", "efterlevande", false)).isTrue();
    }

    @Test
    void joiningFormsOfThePartCount() {
        assertThat(splitter.hasPart("skolkurator", "skola", false)).isTrue();
        assertThat(splitter.hasPart("folkhälsoarbetet", "hälsa", false)).isTrue();
        assertThat(splitter.hasPart("arbetsgruppen", "arbete", false)).isTrue();
    }

    @Test
    void stringsInsideOtherWordsAreNotParts() {
        assertThat(splitter.hasPart("länge", "län", false)).isFalse();
        assertThat(splitter.hasPart("förlänga", "län", false)).isFalse();
        assertThat(splitter.hasPart("borlänge", "län", true)).isFalse();
        assertThat(splitter.hasPart("efterlevandestödjare", "stöd", true)).as("stödjare is the part").isFalse();
        assertThat(splitter.hasPart("alltid", "tid", false)).isFalse();
        assertThat(splitter.hasPart("samtidigt", "tid", true)).isFalse();
    }

    @Test
    void wordsOfUnknownPartsAreNotSplit() {
        assertThat(splitter.hasPart("xyzplan", "plan", false)).isFalse();
        assertThat(splitter.split("handlingsplanen")).contains(List.of("handlings", "planen"));
        assertThat(splitter.split("suicidpreventionsarbetet")).contains(List.of("suicidpreventions", "arbetet"));
        assertThat(splitter.split("folkhälsoenkäten")).contains(List.of("folkhälso", "enkäten"));
        assertThat(splitter.split("planering")).isEmpty();
    }

    @Test
    void theWordListIsLowerCaseWithoutStopWordsShortWordsOrRepeats() {
        List<String> list = CompoundSplitter.load();
        assertThat(list).hasSizeGreaterThan(500);
        Set<String> seen = new HashSet<>();
        Set<?> stop = SwedishAnalyzer.getDefaultStopSet();
        for (String w : list) {
            assertThat(w).isEqualTo(w.toLowerCase(Locale.ROOT)).matches("\\p{L}+");
            assertThat(w.length()).as(w).isGreaterThanOrEqualTo(CompoundSplitter.MIN_PART);
            assertThat(stop.contains(w)).as(w + " is a stop word").isFalse();
            assertThat(seen.add(w)).as(w + " twice").isTrue();
        }
        assertThat(splitter.size()).isEqualTo(list.size());
    }
}
