package se.dialogcoder.analysis.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuggestModelTest {
    private static final long A = 1;
    private static final long B = 2;

    private static List<Example> examples() {
        return List.of(
                new Example(A, "Efterlevande får stöd av kuratorn efter ett suicid.", "01"),
                new Example(A, "Stödet till efterlevande familjer byggs ut.", "03"),
                new Example(B, "Handlingsplanen för länet antogs av styrgruppen.", "01"),
                new Example(B, "Vi reviderar handlingsplanerna varje år.", "03"));
    }

    @Test
    void aPassageWithTheWordsOfACodeGetsThatCodeFirst() {
        SuggestModel model = SuggestModel.train(examples(), Map.of());
        List<Suggestion> x = model.rank("De efterlevande behöver mer stöd.");
        List<Suggestion> y = model.rank("Handlingsplaner finns i alla kommuner.");
        assertThat(x).isNotEmpty();
        assertThat(x.get(0).codeId()).isEqualTo(A);
        assertThat(y.get(0).codeId()).isEqualTo(B);
        assertThat(x.get(0).score()).isBetween(SuggestModel.MIN_SCORE, 1.0);
        assertThat(model.offer("Väder och vind i morgon.")).isEmpty();
    }

    @Test
    void theCodebookWordsHelpACodeThatHasPassagesOnly() {
        SuggestModel model = SuggestModel.train(examples(), Map.of(A, "Utbildning i MHFA", 3L, "Kurser i MHFA"));
        assertThat(model.rank("Personalen gick MHFA.")).extracting(Suggestion::codeId).containsExactly(A);
    }

    @Test
    void theSameInputGivesTheSameRanking() {
        String text = "Efterlevande och handlingsplanen";
        assertThat(SuggestModel.train(examples(), Map.of()).rank(text))
                .isEqualTo(SuggestModel.train(examples(), Map.of()).rank(text));
    }

    @Test
    void anEvaluationNeverTrainsOnTheCountyItHoldsOut() {
        List<Evaluation.Unit> units = List.of(
                new Evaluation.Unit("01", "Efterlevande får stöd.", Set.of(A)),
                new Evaluation.Unit("03", "Handlingsplanen revideras.", Set.of(B)));
        List<String> heldOut = new ArrayList<>();
        Evaluation.Result r = Evaluation.run(examples(), units, training -> {
            heldOut.add(String.valueOf(training.stream().map(Example::group).distinct().toList()));
            return SuggestModel.train(training, Map.of());
        });
        assertThat(heldOut).containsExactly("[03]", "[01]");
        assertThat(r.units()).isEqualTo(2);
        assertThat(r.overall().recall()).isEqualTo(1.0);
        assertThat(r.overall().precisionAt1()).isEqualTo(1.0);
        assertThat(r.perCode().get(A).truths()).isEqualTo(1);
    }

    @Test
    void aWordOnlyTheHeldOutCountyCodedIsNotLearned() {
        List<Example> ex = List.of(new Example(A, "Zebrafinkar överallt.", "01"),
                new Example(B, "Handlingsplanen revideras.", "03"));
        List<Evaluation.Unit> units = List.of(new Evaluation.Unit("01", "Zebrafinkar.", Set.of(A)));
        Evaluation.Result r = Evaluation.run(ex, units, t -> SuggestModel.train(t, Map.of()));
        assertThat(r.overall().found()).isZero();
        assertThat(r.overall().truths()).isEqualTo(1);
    }
}
