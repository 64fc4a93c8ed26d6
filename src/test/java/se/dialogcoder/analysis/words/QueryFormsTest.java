package se.dialogcoder.analysis.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.dialogcoder.model.WordForms;

class QueryFormsTest {
    private static final WordForms STEM = new WordForms(true, false);
    private static final WordForms PARTS = new WordForms(false, true);
    private static final WordForms BOTH = new WordForms(true, true);
    private final QueryForms forms = QueryForms.swedish();
    private final List<String> asked = new ArrayList<>();
    private final TreeSet<String> vocabulary = new TreeSet<>(List.of("handlingsplan", "handlingsplanen",
            "handlingsplaner", "handlingsplanerna", "plan", "planen", "planera", "planering", "länsplan", "län",
            "länet", "länsstyrelsen", "länge", "suicidprevention", "suicidpreventionen", "suicidpreventionsarbetet",
            "nationell", "nationella", "2025"));
    private final QueryForms.Vocabulary<RuntimeException> words = new QueryForms.Vocabulary<>() {
        @Override
        public List<String> startingWith(String prefix) {
            asked.add(prefix);
            return vocabulary.stream().filter(w -> w.startsWith(prefix)).toList();
        }

        @Override
        public List<String> containing(String part) {
            asked.add(part);
            return vocabulary.stream().filter(w -> w.contains(part)).toList();
        }
    };

    @Test
    void aWordBecomesItsInflectionsInTheProject() {
        assertThat(forms.expand("handlingsplan", STEM, words)).isEqualTo("(\"handlingsplan\" OR \"handlingsplanen\" "
                + "OR \"handlingsplaner\" OR \"handlingsplanerna\")");
        assertThat(forms.expand("län", STEM, words)).isEqualTo("(\"län\" OR \"länet\")");
    }

    @Test
    void aWordBecomesTheCompoundsItIsAPartOf() {
        assertThat(forms.expand("plan", PARTS, words)).isEqualTo("(\"handlingsplan\" OR \"länsplan\" OR \"plan\")");
        assertThat(forms.expand("suicidprevention", PARTS, words))
                .isEqualTo("(\"suicidprevention\" OR \"suicidpreventionsarbetet\")");
        assertThat(forms.expand("plan", BOTH, words)).isEqualTo("(\"handlingsplan\" OR \"handlingsplanen\" OR "
                + "\"handlingsplaner\" OR \"handlingsplanerna\" OR \"länsplan\" OR \"plan\" OR \"planen\")");
    }

    @Test
    void exactSearchesAndWordsWithoutOtherFormsStayAsWritten() {
        assertThat(forms.expand("Handlingsplan", WordForms.EXACT, words)).isEqualTo("Handlingsplan");
        assertThat(asked).isEmpty();
        assertThat(forms.expand("planering 2025", STEM, words)).isEqualTo("planering 2025");
        assertThat(forms.expand("plan*", BOTH, words)).isEqualTo("plan*");
    }

    @Test
    void phrasesBecomeEveryCombinationOfTheirWordsForms() {
        assertThat(forms.expand("\"Nationell handlingsplan\"", STEM, words)).isEqualTo("(\"nationell handlingsplan\" "
                + "OR \"nationell handlingsplanen\" OR \"nationell handlingsplaner\" OR \"nationell handlingsplanerna\" "
                + "OR \"nationella handlingsplan\" OR \"nationella handlingsplanen\" OR \"nationella handlingsplaner\" "
                + "OR \"nationella handlingsplanerna\")");
    }

    @Test
    void operatorsKeepTheirPrecedenceAndWordsSideBySideAreJoinedByAnd() {
        assertThat(forms.expand("län NOT planering OR suicidprevention", STEM, words))
                .isEqualTo("(\"län\" OR \"länet\") NOT planering OR (\"suicidprevention\" OR \"suicidpreventionen\")");
        // FTS5: side by side binds tightest, so "a NOT b c" is "a NOT (b c)"
        assertThat(forms.expand("planering NOT län suicidprevention", STEM, words)).isEqualTo("planering NOT "
                + "((\"län\" OR \"länet\") AND (\"suicidprevention\" OR \"suicidpreventionen\"))");
        assertThat(forms.expand("(län AND planering)", STEM, words))
                .isEqualTo("((\"län\" OR \"länet\") AND planering)");
        assertThat(forms.expand("NEAR(län planering, 5)", STEM, words))
                .isEqualTo("(NEAR(\"län\" planering, 5) OR NEAR(\"länet\" planering, 5))");
    }

    @Test
    void syntaxTheRewritingDoesNotTakeIsRefusedInPlainWords() {
        for (String q : List.of("text:län", "^län", "län + plan", "\"län", "län)", "-län")) {
            assertThatThrownBy(() -> forms.expand(q, STEM, words)).as(q).isInstanceOf(QueryForms.Unsupported.class)
                    .hasMessageContaining("cannot be widened");
        }
    }

    @Test
    void aPhraseWithTooManyCombinationsIsRefused() {
        vocabulary.addAll(List.of("planens", "planers", "planerna", "planernas", "plans"));
        // plan has 7 forms: a phrase of three is 343 combinations
        assertThat(forms.expand("\"plan plan\"", STEM, words)).startsWith("(\"plan plan\" OR ");
        assertThatThrownBy(() -> forms.expand("\"plan plan plan\"", STEM, words))
                .isInstanceOf(QueryForms.Unsupported.class).hasMessageContaining("combinations");
    }
}
