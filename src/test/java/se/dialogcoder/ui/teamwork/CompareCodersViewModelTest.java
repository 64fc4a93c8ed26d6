package se.dialogcoder.ui.teamwork;

import se.dialogcoder.ui.Reveal;
import se.dialogcoder.app.teamwork.AgreementService;
import se.dialogcoder.app.teamwork.DisagreementService;
import static org.assertj.core.api.Assertions.assertThat;
import static se.dialogcoder.ui.teamwork.TeamworkViewModelTest.document;
import static se.dialogcoder.ui.teamwork.TeamworkViewModelTest.find;
import static se.dialogcoder.ui.teamwork.TeamworkViewModelTest.openDemoAt;
import static se.dialogcoder.ui.teamwork.TeamworkViewModelTest.twoCoders;

import java.nio.file.Path;
import se.dialogcoder.app.DemoProject;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.analysis.agreement.Disagreements.Kind;
import se.dialogcoder.app.teamwork.DisagreementService.Passage;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.ui.Messages;
import se.dialogcoder.ui.ProjectViewModel;
import se.dialogcoder.ui.teamwork.CompareCodersViewModel.CodeRow;

/** The disagreement browser's state without a screen: work runs inline. */
class CompareCodersViewModelTest {
    @TempDir
    Path home;

    @Test
    void twoCodersPassagesPerCodeWithTheFiguresAndAJumpToTheText() throws Exception {
        ProjectViewModel vm = openDemoAt(home, "Kodare A");
        twoCoders(vm);
        Document skane = vm.selectedDocumentProperty().get();
        String one = vm.coding().pinnedCodes().get(0).name();
        String two = vm.coding().pinnedCodes().get(1).name();
        CompareCodersViewModel compare = new CompareCodersViewModel(vm, new DisagreementService(new AgreementService()), Messages.bundle("en"));
        // the current coder first, another second: the demo's reference coder is one of them
        assertThat(compare.coderNames()).containsExactlyInAnyOrder(DemoProject.REFERENCE_CODER, "Kodare A",
                "Kodare B");
        assertThat(compare.firstProperty().get()).isEqualTo("Kodare B");
        assertThat(compare.secondProperty().get()).isIn(DemoProject.REFERENCE_CODER, "Kodare A");
        compare.choose("Kodare A", "Kodare B");
        assertThat(compare.errorProperty().get()).isNull();
        assertThat(compare.firstNameProperty().get()).isEqualTo("Kodare A");

        // figures per code and pooled; passages side by side
        // in code path order: "Fördelning av stimulansmedel" before "Styrning och samordning"
        assertThat(compare.codeRows()).extracting(CodeRow::code).containsExactly(two, one, null);
        CodeRow first = compare.codeRows().get(1);
        assertThat(first.passages()).isEqualTo(1);
        assertThat(first.percentAgreement()).matches("\\d{2}\\.\\d %");
        assertThat(first.kappa()).matches("0\\.\\d{3}");
        assertThat(compare.codeRows().get(2).total()).isTrue();
        assertThat(compare.noteProperty().get()).contains("1 document compared")
                .contains("20 documents were not coded by both");
        assertThat(compare.passages()).hasSize(2);
        Passage overlap = compare.passages().get(1);
        int[] a = find(vm, "delregionala nätverken");
        int[] b = find(vm, "Skåne speciellt är de delregionala");
        assertThat(overlap.code()).isEqualTo(one);
        assertThat(overlap.document()).isEqualTo(skane.name());
        assertThat(overlap.county()).isEqualTo(County.SKANE);
        assertThat(overlap.kind()).isEqualTo(Kind.BOUNDARIES);
        assertThat(overlap.start()).isEqualTo(b[0]);
        assertThat(overlap.end()).isEqualTo(a[1]);
        assertThat(overlap.onlyFirst()).isEqualTo(" nätverken".length());
        assertThat(overlap.onlySecond()).isEqualTo("Skåne speciellt är de ".length());
        assertThat(overlap.text()).contains("Och det som gör Skåne speciellt är de delregionala nätverken. Vi har");
        assertThat(compare.passages().get(0).kind()).isEqualTo(Kind.ONLY_SECOND);

        // one code's line: only its passages
        compare.shownCodeProperty().set(two);
        assertThat(compare.passages()).extracting(Passage::code).containsExactly(two);
        compare.shownCodeProperty().set(null);
        assertThat(compare.passages()).hasSize(2);

        // only one code compared
        compare.codeProperty().set(one);
        assertThat(compare.codeRows()).extracting(CodeRow::code).containsExactly(one);
        assertThat(compare.passages()).hasSize(1);
        compare.codeProperty().set(null);

        // the jump: from another document back to the passage in Skåne
        vm.selectedDocumentProperty().set(document(vm, County.GOTLAND));
        compare.jump(overlap);
        assertThat(vm.openDocumentProperty().get().document().id()).isEqualTo(skane.id());
        assertThat(vm.revealProperty().get()).isEqualTo(new Reveal(skane.id(), b[0], a[1]));

        // coding on: the comparison follows; A now codes the same as B
        vm.coderProperty().set("Kodare A");
        vm.selectionProperty().set(find(vm, "länsgemensamma stimulansmedlen"));
        vm.coding().applyPinned(2);
        assertThat(compare.passages()).hasSize(1);
        assertThat(compare.codeRows().get(0).percentAgreement()).isEqualTo("100.0 %");

        // the same coder twice is not a comparison
        compare.choose("Kodare A", "Kodare A");
        assertThat(compare.codeRows()).isEmpty();
        assertThat(compare.noteProperty().get()).isEqualTo("Choose two different coders.");
        vm.close();
    }

    @Test
    void numbersInSwedishAndAProjectWithOneCoder() throws Exception {
        ProjectViewModel vm = openDemoAt(home, "Kodare A"); // the demo has the reference coder: make a project of one
        Path single = home.resolve("en-kodare.dcproj");
        try (Project p = ProjectStores.create(single, "En kodare", "2025")) {
            p.write(tx -> tx.coders().getOrCreate("Kodare A"));
        }
        vm.open(single, () -> { });
        assertThat(vm.errorProperty().get()).isNull();
        CompareCodersViewModel compare = new CompareCodersViewModel(vm, new DisagreementService(new AgreementService()), Messages.bundle("sv"));
        assertThat(compare.firstProperty().get()).isEqualTo("Kodare A");
        assertThat(compare.secondProperty().get()).isNull();
        assertThat(compare.noteProperty().get()).contains("Minst två kodare");
        assertThat(compare.percent(92.54)).isEqualTo("92,5 %");
        assertThat(compare.coefficient(0.71234)).isEqualTo("0,712");
        assertThat(compare.coefficient(null)).isEqualTo("–");
        assertThat(compare.coefficient(-0.0004)).as("no negative zero").isEqualTo("0,000");
        assertThat(compare.coefficient(-0.0)).isEqualTo("0,000");
        assertThat(compare.coefficient(-0.0006)).containsPattern("^[-−]0,001$");
        vm.close();
    }
}
