package se.dialogcoder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;

/** The main window's state without a screen: work runs inline instead of on threads. */
class ProjectViewModelTest {
    @TempDir
    Path home;

    @Test
    void openingTheDemoGroupsDocumentsByCountyAndSelectingOneLoadsItsText() {
        ProjectViewModel vm = new ProjectViewModel(new Services(new AppPaths(home)), Runnable::run, Runnable::run);
        boolean[] done = {false};
        vm.openDemo(() -> done[0] = true);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(done[0]).isTrue();
        assertThat(vm.projectProperty().get().name()).isEqualTo("Länsdialoger 2025 (demo)");
        assertThat(vm.groups()).hasSize(22);
        assertThat(vm.groups().get(0).county()).isEqualTo(County.STOCKHOLM);
        assertThat(vm.groups().get(21).county()).isNull();
        assertThat(vm.groups()).filteredOn(g -> g.county() != null).allSatisfy(g -> assertThat(g.documents()).hasSize(1));
        assertThat(vm.statusProperty().get()).isEqualTo("21 documents, 0 codings");

        Document gotland = vm.groups().stream().filter(g -> g.county() == County.GOTLAND).findFirst().orElseThrow()
                .documents().get(0);
        vm.selectedDocumentProperty().set(gotland);
        ProjectViewModel.OpenDocument open = vm.openDocumentProperty().get();
        assertThat(open.document()).isEqualTo(gotland);
        assertThat(open.text()).contains("Region Gotland").contains("Fiktivt exempel");
        assertThat(open.units()).isNotEmpty();
        vm.close();
    }

    @Test
    void aProjectThatCannotBeOpenedGivesAMessageAndKeepsTheOpenOne() throws Exception {
        ProjectViewModel vm = new ProjectViewModel(new Services(new AppPaths(home)), Runnable::run, Runnable::run);
        vm.openDemo(() -> { });
        Path junk = java.nio.file.Files.writeString(home.resolve("junk.dcproj"), "inte ett projekt");
        vm.open(junk, () -> { });
        assertThat(vm.errorProperty().get()).contains("junk.dcproj").contains("not a DialogCoder project");
        assertThat(vm.projectProperty().get().name()).isEqualTo("Länsdialoger 2025 (demo)");
        vm.close();
    }
}
