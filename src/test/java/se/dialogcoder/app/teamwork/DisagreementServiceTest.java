package se.dialogcoder.app.teamwork;

import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.analysis.agreement.Disagreements.Kind;
import se.dialogcoder.app.teamwork.DisagreementService.CoderComparison;
import se.dialogcoder.app.teamwork.DisagreementService.Passage;
import se.dialogcoder.app.teamwork.DisagreementService.Segment;
import se.dialogcoder.model.County;

/** The disagreement browser's data on the hand-made project of {@link AgreementFixture}. */
class DisagreementServiceTest {
    @TempDir
    Path dir;
    private Project project;
    private final AgreementService agreement = new AgreementService();
    private final DisagreementService service = new DisagreementService(agreement);

    @BeforeEach
    void open() throws Exception {
        project = ProjectStores.open(AgreementFixture.create(dir.resolve("a.dcproj")));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        project.close();
    }

    @Test
    void everyPassageWhereAnnaAndBoDifferPerCodeWithTheFiguresOfTheAgreementReport() throws Exception {
        CoderComparison c = service.compare(project, "Anna", "Bo", null);
        assertThat(c.first()).isEqualTo("Anna");
        assertThat(c.second()).isEqualTo("Bo");
        assertThat(c.report().skipped()).extracting(AgreementReport.Skipped::document).containsExactly("Bara Anna");
        assertThat(c.codes()).extracting(DisagreementService.CodeDisagreements::code)
                .containsExactly(AgreementFixture.STYRNING, AgreementFixture.CHILD);
        AgreementReport figures = agreement.compare(project, List.of("Anna", "Bo"), AgreementReport.Unit.CHARACTER,
                null);
        for (int i = 0; i < 2; i++) {
            assertThat(c.codes().get(i).figures()).isEqualTo(figures.codes().get(i).figures());
        }
        // Styrning: Bo alone [0,5) in Anteckning (Kalmar, listed first); Anna [30,40) against Bo [31,35) in Samtal
        List<Passage> styrning = c.codes().get(0).passages();
        assertThat(styrning).extracting(Passage::document, Passage::start, Passage::end, Passage::kind,
                Passage::onlyFirst, Passage::onlySecond).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Anteckning", 0, 5, Kind.ONLY_SECOND, 0, 5),
                org.assertj.core.groups.Tuple.tuple("Samtal", 30, 40, Kind.BOUNDARIES, 6, 0));
        assertThat(styrning.get(0).county()).isEqualTo(County.KALMAR);
        // Efterlevandestöd: Anna alone [12,14) in Anteckning; Anna [2,12) against Bo [4,10) in Samtal
        List<Passage> child = c.codes().get(1).passages();
        assertThat(child).extracting(Passage::document, Passage::start, Passage::end, Passage::kind,
                Passage::onlyFirst, Passage::onlySecond).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Anteckning", 12, 14, Kind.ONLY_FIRST, 2, 0),
                org.assertj.core.groups.Tuple.tuple("Samtal", 2, 12, Kind.BOUNDARIES, 4, 0));
        assertThat(c.passages()).hasSize(4);
        assertThat(child.get(1).codedFirst()).isEqualTo(10);
        assertThat(child.get(1).codedSecond()).isEqualTo(6);
    }

    @Test
    void thePassageTextSaysWhoCodedEachPieceWithContextAround() throws Exception {
        Passage samtal = service.compare(project, "Anna", "Bo", AgreementFixture.CHILD).passages().get(1);
        // "Mod: Hej.\nLiv: Stöd\n…": Anna [2,12) = "d: Hej.\nLiv" minus nothing, Bo [4,10) = " Hej.\n"
        assertThat(samtal.segments()).containsExactly(
                new Segment("Mo", true, false, false),
                new Segment("d:", false, true, false),
                new Segment(" Hej. ¶ ", false, true, true),
                new Segment("Li", false, true, false),
                new Segment("v: Stöd ¶ Bo: Ja då ¶ Mod: Tack ¶ ", true, false, false));
        assertThat(samtal.text()).isEqualTo("Mod: Hej. ¶ Liv: Stöd ¶ Bo: Ja då ¶ Mod: Tack ¶ ");
    }

    @Test
    void longContextIsCutAtWordsAndLongPassagesInTheMiddle() {
        String text = "ett två tre fyra fem sex sju åtta nio tio elva tolv";
        var p = new se.dialogcoder.analysis.agreement.Disagreements.Passage(
                new se.dialogcoder.model.Span(21, 28),
                List.of(new se.dialogcoder.model.Span(21, 28)), List.of(), 7, 0);
        List<Segment> s = DisagreementService.segments(text, p, 10);
        // 10 code points either side: " fyra fem " and " åtta nio ", cut to whole words
        assertThat(s).containsExactly(new Segment("…fyra fem ", true, false, false),
                new Segment("sex sju", false, true, false), new Segment(" åtta nio…", true, false, false));
        String longText = "a".repeat(1000);
        var q = new se.dialogcoder.analysis.agreement.Disagreements.Passage(
                new se.dialogcoder.model.Span(0, 1000),
                List.of(new se.dialogcoder.model.Span(0, 1000)), List.of(), 1000, 0);
        String shown = DisagreementService.segments(longText, q, 10).get(0).text();
        assertThat(shown).contains(" … ").hasSizeLessThanOrEqualTo(DisagreementService.LONGEST_PIECE);
    }

    @Test
    void unknownCodersAndCodesAreNamed() {
        assertThatThrownBy(() -> service.compare(project, "Anna", "Okänd", null))
                .isInstanceOf(AgreementException.class).hasMessageContaining("no coder named \"Okänd\"");
        assertThatThrownBy(() -> service.compare(project, "Anna", "Bo", "Finns inte"))
                .isInstanceOf(AgreementException.class).hasMessageContaining("no code \"Finns inte\"");
    }
}
