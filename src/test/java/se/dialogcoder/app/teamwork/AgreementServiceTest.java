package se.dialogcoder.app.teamwork;

import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.analysis.agreement.BinaryFigures;
import se.dialogcoder.analysis.agreement.PairFigures;
import se.dialogcoder.analysis.agreement.TwoByTwo;
import se.dialogcoder.app.teamwork.AgreementReport.CodeAgreement;
import se.dialogcoder.app.teamwork.AgreementReport.Unit;

/** Agreement on the hand-made project of {@link AgreementFixture}; every expected figure is counted by hand. */
class AgreementServiceTest {
    @TempDir
    Path dir;
    private Path project;
    private final AgreementService service = new AgreementService();

    @BeforeEach
    void setUp() throws Exception {
        project = AgreementFixture.create(dir.resolve("p.dcproj"));
    }

    private AgreementReport compare(List<String> coders, Unit unit, String code) throws Exception {
        try (Project p = ProjectStores.open(project)) {
            return service.compare(p, coders, unit, code);
        }
    }

    private static CodeAgreement code(AgreementReport r, String path) {
        return r.codes().stream().filter(c -> c.code().equals(path)).findFirst().orElseThrow();
    }

    private static AgreementReport.DocumentAgreement document(CodeAgreement c, String name) {
        return c.documents().stream().filter(d -> d.document().equals(name)).findFirst().orElseThrow();
    }

    private static PairFigures pair(BinaryFigures f) {
        return f.pairs().get(0);
    }

    @Test
    void characterLevelForTwoCoders() throws Exception {
        AgreementReport r = compare(List.of("Anna", "Bo"), Unit.CHARACTER, null);
        assertThat(r.documents()).containsExactly("Anteckning", "Samtal"); // county order: Kalmar, Skåne
        assertThat(r.skipped()).extracting(AgreementReport.Skipped::document, AgreementReport.Skipped::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bara Anna", "only Anna coded it"));
        assertThat(r.codes()).extracting(CodeAgreement::code).containsExactly("Styrning", AgreementFixture.CHILD);

        // Efterlevandestöd in "Samtal": Anna [2,12) once, Bo [4,10): both 6, Anna only 4, neither 30 of 40
        CodeAgreement child = code(r, AgreementFixture.CHILD);
        PairFigures samtal = pair(document(child, "Samtal").figures());
        assertThat(document(child, "Samtal").county()).isEqualTo("12");
        assertThat(samtal.table()).isEqualTo(new TwoByTwo(6, 4, 0, 30));
        assertThat(samtal.percentAgreement()).isCloseTo(90.0, within(1e-9));
        // p_o = .9, p_e = .25·.15 + .75·.85 = .675: kappa = .225/.325 = 9/13
        assertThat(samtal.kappa().kappa()).isCloseTo(9.0 / 13, within(1e-12));
        // in "Anteckning" only Anna's [12,14): 2 of 20
        assertThat(pair(document(child, "Anteckning").figures()).table()).isEqualTo(new TwoByTwo(0, 2, 0, 18));
        // pooled over both documents: (6, 6, 0, 48) of 60: 90 %, kappa = (.9 - .74)/.26 = 8/13
        assertThat(pair(child.figures()).table()).isEqualTo(new TwoByTwo(6, 6, 0, 48));
        assertThat(pair(child.figures()).percentAgreement()).isCloseTo(90.0, within(1e-9));
        assertThat(pair(child.figures()).kappa().kappa()).isCloseTo(8.0 / 13, within(1e-12));

        // Styrning: "Samtal" Anna [30,40), Bo [31,35): (4, 6, 0, 30); "Anteckning" Bo [0,5): (0, 0, 5, 15)
        CodeAgreement styrning = code(r, "Styrning");
        assertThat(pair(document(styrning, "Samtal").figures()).table()).isEqualTo(new TwoByTwo(4, 6, 0, 30));
        assertThat(pair(document(styrning, "Samtal").figures()).kappa().kappa()).isCloseTo(0.5, within(1e-12));
        assertThat(pair(document(styrning, "Anteckning").figures()).table()).isEqualTo(new TwoByTwo(0, 0, 5, 15));
        assertThat(pair(styrning.figures()).table()).isEqualTo(new TwoByTwo(4, 6, 5, 45));
        assertThat(pair(styrning.figures()).kappa().kappa()).isCloseTo(300.0 / 960, within(1e-12));

        // overall: (10, 12, 5, 93) of 120; kappa = (12360 - 10620)/(14400 - 10620)
        PairFigures overall = pair(r.overall());
        assertThat(overall.table()).isEqualTo(new TwoByTwo(10, 12, 5, 93));
        assertThat(overall.percentAgreement()).isCloseTo(100.0 * 103 / 120, within(1e-9));
        assertThat(overall.kappa().kappa()).isCloseTo(1740.0 / 3780, within(1e-12));
        // alpha, two coders, binary: 1 - (n - 1) o_01 / (n_0 n_1) with n = 240, o_01 = 17, n_1 = 37, n_0 = 203
        assertThat(r.overall().alpha().alpha()).isCloseTo(1 - 239.0 * 17 / (203 * 37), within(1e-12));
        assertThat(r.overall().alpha().pairable()).isEqualTo(240);
        assertThat(r.overall().units()).isEqualTo(120);
    }

    @Test
    void turnLevelLeavesOutDocumentsWithoutTurns() throws Exception {
        AgreementReport r = compare(List.of("Anna", "Bo"), Unit.TURN, null);
        assertThat(r.documents()).containsExactly("Samtal");
        assertThat(r.skipped()).extracting(AgreementReport.Skipped::reason)
                .containsExactly("it has no speaker turns", "only Anna coded it");
        // Efterlevandestöd: Anna's [2,12) touches turns 1 and 2, Bo's [4,10) turn 1 only
        PairFigures child = pair(code(r, AgreementFixture.CHILD).figures());
        assertThat(child.table()).isEqualTo(new TwoByTwo(1, 1, 0, 2));
        assertThat(child.percentAgreement()).isCloseTo(75.0, within(1e-9));
        assertThat(child.kappa().kappa()).isCloseTo(0.5, within(1e-12));
        // Styrning: both coded turn 4
        PairFigures styrning = pair(code(r, "Styrning").figures());
        assertThat(styrning.table()).isEqualTo(new TwoByTwo(1, 0, 0, 3));
        assertThat(styrning.kappa().kappa()).isEqualTo(1.0);
        assertThat(styrning.kappa().noVariation()).isFalse();
        // overall (2, 1, 0, 5): kappa = (7/8 - 36/64) / (1 - 36/64) = 20/28
        assertThat(pair(r.overall()).kappa().kappa()).isCloseTo(20.0 / 28, within(1e-12));
    }

    @Test
    void paragraphLevelUsesTheNotes() throws Exception {
        AgreementReport r = compare(List.of("Anna", "Bo"), Unit.PARAGRAPH, null);
        assertThat(r.documents()).containsExactly("Anteckning");
        assertThat(pair(code(r, AgreementFixture.CHILD).figures()).table()).isEqualTo(new TwoByTwo(0, 1, 0, 1));
        assertThat(pair(code(r, "Styrning").figures()).table()).isEqualTo(new TwoByTwo(0, 0, 1, 1));
        assertThat(pair(r.overall()).percentAgreement()).isCloseTo(50.0, within(1e-9));
        assertThat(pair(r.overall()).kappa().kappa()).isCloseTo(-1.0 / 3, within(1e-12));
    }

    @Test
    void alphaForThreeCodersOverTurns() throws Exception {
        AgreementReport r = compare(List.of("Anna", "Bo", "Cia"), Unit.TURN, null);
        assertThat(r.documents()).containsExactly("Samtal");
        // Efterlevandestöd, turns 1-4: coded by 3, 2, 0, 0 of the 3 coders:
        // o_11 = 3 + 1 = 4, o_01 = 1, o_00 = 3 + 3 = 6; n = 12, n_1 = 5, n_0 = 7: alpha = 1 - 11·1/35
        BinaryFigures child = code(r, AgreementFixture.CHILD).figures();
        assertThat(child.alpha().alpha()).isCloseTo(1 - 11.0 / 35, within(1e-12));
        assertThat(child.alpha().pairable()).isEqualTo(12);
        assertThat(child.pairs()).hasSize(3);
        assertThat(child.pairs().get(1).first()).isEqualTo("Anna");
        assertThat(child.pairs().get(1).second()).isEqualTo("Cia");
        assertThat(child.pairs().get(1).table()).isEqualTo(new TwoByTwo(2, 0, 0, 2));
        // Styrning: turn 4 coded by Anna and Bo, not by Cia: n_1 = 2, n_0 = 10, o_01 = 1: alpha = 1 - 11/20
        assertThat(code(r, "Styrning").figures().alpha().alpha()).isCloseTo(1 - 11.0 / 20, within(1e-12));
    }

    @Test
    void oneCodeByPathEvenAUnusedOne() throws Exception {
        AgreementReport r = compare(List.of("anna", "BO"), Unit.CHARACTER, "suicidprevention/efterlevandestöd");
        assertThat(r.coders()).containsExactly("Anna", "Bo");
        assertThat(r.codes()).extracting(CodeAgreement::code).containsExactly(AgreementFixture.CHILD);
        assertThat(pair(r.overall()).table()).isEqualTo(new TwoByTwo(6, 6, 0, 48));

        AgreementReport unused = compare(List.of("Anna", "Bo"), Unit.CHARACTER, AgreementFixture.UNUSED);
        PairFigures none = pair(unused.codes().get(0).figures());
        assertThat(none.table()).isEqualTo(new TwoByTwo(0, 0, 0, 60));
        assertThat(none.kappa().kappa()).isEqualTo(1.0);
        assertThat(none.kappa().noVariation()).isTrue();
        assertThat(unused.codes().get(0).figures().alpha().noVariation()).isTrue();
    }

    @Test
    void coderWithoutCodingsLeavesEveryDocumentOut() throws Exception {
        AgreementReport r = compare(List.of("Anna", "Dag"), Unit.CHARACTER, null);
        assertThat(r.documents()).isEmpty();
        assertThat(r.codes()).isEmpty();
        assertThat(pair(r.overall()).kappa().kappa()).isNull();
        assertThat(r.overall().alpha().alpha()).isNull();
    }

    @Test
    void unknownCodersAndCodesAreNamed() {
        assertThatThrownBy(() -> compare(List.of("Anna", "Eva"), Unit.CHARACTER, null))
                .isInstanceOf(AgreementException.class)
                .hasMessage("p.dcproj: no coder named \"Eva\"; the coders are Anna, Bo, Cia, Dag.");
        assertThatThrownBy(() -> compare(List.of("Anna"), Unit.CHARACTER, null))
                .hasMessageContaining("at least two coders");
        assertThatThrownBy(() -> compare(List.of("Anna", "anna"), Unit.CHARACTER, null))
                .hasMessageContaining("named twice");
        assertThatThrownBy(() -> compare(List.of("Anna", "Bo"), Unit.CHARACTER, "Efterlevnad"))
                .isInstanceOf(AgreementException.class)
                .hasMessageContaining("p.dcproj: no code \"Efterlevnad\"")
                .hasMessageContaining("its path with levels joined by \" / \"");
    }

    @Test
    void aCodeIsGivenByItsPathItsUniqueNameOrItsId() throws Exception {
        String path = "Suicidprevention / Efterlevandestöd";
        assertThat(compare(List.of("Anna", "Bo"), Unit.CHARACTER, "Efterlevandestöd").codes())
                .extracting(CodeAgreement::code).containsExactly(path);
        assertThat(compare(List.of("Anna", "Bo"), Unit.CHARACTER, path).codes())
                .extracting(CodeAgreement::code).containsExactly(path);
    }
}
