package se.dialogcoder.ingest.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PiiReviewTest {
    private final List<PiiFinding> findings = PiiScanner.standard(NameList.of("Anna", "Lind"))
            .scan("Anna och Lind. Ring 070-123 45 67 eller anna@x.se, fråga Anna.");

    @Test
    void everythingStartsAsPseudonymise() {
        PiiReview review = new PiiReview(findings);
        assertThat(review.toPseudonymise()).hasSize(5);
        assertThat(review.counts()).isEqualTo(Map.of(PiiKind.NAME, 3, PiiKind.PHONE, 1, PiiKind.EMAIL, 1));
    }

    @Test
    void aSingleDecisionOverridesItsKindUntilTheKindIsDecidedAgain() {
        PiiReview review = new PiiReview(findings);
        review.decide(0, PiiDecision.KEEP);
        assertThat(review.toPseudonymise()).extracting(PiiFinding::text)
                .containsExactly("Lind", "070-123 45 67", "anna@x.se", "Anna");
        review.decideKind(PiiKind.NAME, PiiDecision.KEEP);
        review.decide(1, PiiDecision.PSEUDONYMISE);
        assertThat(review.toPseudonymise()).extracting(PiiFinding::text)
                .containsExactly("Lind", "070-123 45 67", "anna@x.se");
        assertThat(review.kindDecision(PiiKind.NAME)).isEqualTo(PiiDecision.KEEP);
        review.decideKind(PiiKind.NAME, PiiDecision.PSEUDONYMISE);
        assertThat(review.decision(0)).isEqualTo(PiiDecision.PSEUDONYMISE);
        review.decideAll(PiiDecision.KEEP);
        assertThat(review.toPseudonymise()).isEmpty();
    }

    @Test
    void overlappingFindingsAreRefused() {
        List<PiiFinding> bad = List.of(new PiiFinding(PiiKind.NAME, "ab", 0, 2), new PiiFinding(PiiKind.NAME, "b", 1, 2));
        assertThatThrownBy(() -> new PiiReview(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PiiReview(findings).decide(99, PiiDecision.KEEP))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
