package se.dialogcoder.ui.teamwork;

import se.dialogcoder.ui.Reveal;
import se.dialogcoder.ui.Parts;
import se.dialogcoder.app.Project;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.DemoProject;
import se.dialogcoder.app.exchange.MergeReport;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.ui.Messages;
import se.dialogcoder.ui.CoderFilter;
import se.dialogcoder.ui.ProjectViewModel;

/** Blind coding, merging and jumping to a passage, in the main view model without a screen. */
class TeamworkViewModelTest {
    @TempDir
    Path home;

    static ProjectViewModel openDemoAt(Path at, String coder) throws Exception {
        Files.createDirectories(at);
        if (!Files.exists(at.resolve("settings.json"))) {
            Files.writeString(at.resolve("settings.json"), "{\"coderName\": \"" + coder + "\"}");
        }
        ProjectViewModel vm = Parts.viewModel(new Services(new AppPaths(at)), Runnable::run, Runnable::run);
        vm.openDemo(() -> { });
        vm.selectedDocumentProperty().set(document(vm, County.SKANE));
        return vm;
    }

    static Document document(ProjectViewModel vm, County county) {
        return vm.groups().stream().filter(g -> g.county() == county).findFirst().orElseThrow().documents().get(0);
    }

    static int[] find(ProjectViewModel vm, String passage) {
        String text = vm.openDocumentProperty().get().text();
        int start = text.codePointCount(0, text.indexOf(passage));
        return new int[] {start, start + passage.codePointCount(0, passage.length())};
    }

    /** The demo's reference coding per code id (the demo comes coded by {@link DemoProject#REFERENCE_CODER}). */
    static java.util.Map<Long, Integer> referenceCounts(ProjectViewModel vm) {
        long coder = vm.coders().stream().filter(c -> c.name().equals(DemoProject.REFERENCE_CODER)).findFirst()
                .orElseThrow().id();
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        vm.query(session -> session.project().read(tx -> tx.codings().countsByCode(coder)), counts::putAll,
                failed -> { });
        assertThat(counts).as("the demo comes coded").isNotEmpty();
        return counts;
    }

    /** Coder A codes one passage with key 1; coder B codes an overlapping one with key 1 and another with key 2. */
    static void twoCoders(ProjectViewModel vm) {
        vm.coderProperty().set("Kodare A");
        vm.selectionProperty().set(find(vm, "delregionala nätverken"));
        vm.coding().applyPinned(1);
        vm.coderProperty().set("Kodare B");
        vm.selectionProperty().set(find(vm, "Skåne speciellt är de delregionala"));
        vm.coding().applyPinned(1);
        vm.selectionProperty().set(find(vm, "länsgemensamma stimulansmedlen"));
        vm.coding().applyPinned(2);
        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void blindCodingShowsOnlyMyCodingsAndCountsAndIsRemembered() throws Exception {
        Path at = home.resolve("blind");
        ProjectViewModel vm = openDemoAt(at, "Kodare A");
        twoCoders(vm); // now coding as Kodare B
        Code one = vm.coding().pinnedCodes().get(0);
        Code two = vm.coding().pinnedCodes().get(1);
        long skane = vm.selectedDocumentProperty().get().id();
        java.util.Map<Long, Integer> reference = referenceCounts(vm);
        int oneBefore = reference.getOrDefault(one.id(), 0);
        int twoBefore = reference.getOrDefault(two.id(), 0);
        int referenceTotal = reference.values().stream().mapToInt(Integer::intValue).sum();
        int referenceInSkane = vm.openDocumentProperty().get().codings().size() - 3;
        assertThat(vm.codingCountsProperty().get()).containsEntry(one.id(), oneBefore + 2)
                .containsEntry(two.id(), twoBefore + 1);
        assertThat(vm.statusProperty().get()).isEqualTo("21 documents, " + (referenceTotal + 3) + " codings");

        vm.blindProperty().set(true);
        assertThat(vm.coderFilterProperty().get()).isEqualTo(CoderFilter.MINE);
        assertThat(vm.openDocumentProperty().get().codings()).hasSize(2);
        assertThat(vm.codingCountsProperty().get()).containsEntry(one.id(), 1).containsEntry(two.id(), 1);
        assertThat(vm.documentCountsProperty().get()).containsEntry(skane, 2);
        assertThat(vm.statusProperty().get()).isEqualTo("21 documents, 2 codings");

        // another coder at the same computer: only that coder's codings and counts
        vm.coderProperty().set("Kodare A");
        assertThat(vm.openDocumentProperty().get().codings()).hasSize(1);
        assertThat(vm.codingCountsProperty().get()).containsEntry(one.id(), 1).doesNotContainKey(two.id());
        assertThat(vm.documentCountsProperty().get()).containsEntry(skane, 1);
        // a coder who has coded nothing yet sees nothing at all
        vm.coderProperty().set("Kodare C");
        assertThat(vm.openDocumentProperty().get().codings()).isEmpty();
        assertThat(vm.codingCountsProperty().get()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("21 documents, 0 codings");
        vm.coderProperty().set("Kodare B");
        vm.close();

        // remembered: the next start is blind too
        assertThat(new Services(new AppPaths(at)).workspace().settings().blindCoding).isTrue();
        ProjectViewModel again = openDemoAt(at, "Kodare B");
        assertThat(again.blindProperty().get()).isTrue();
        assertThat(again.coderFilterProperty().get()).isEqualTo(CoderFilter.MINE);
        assertThat(again.openDocumentProperty().get().codings()).hasSize(2);
        assertThat(again.codingCountsProperty().get()).containsEntry(one.id(), 1);

        // off again: everyone's codings and counts
        again.blindProperty().set(false);
        assertThat(again.coderFilterProperty().get()).isEqualTo(CoderFilter.ALL);
        assertThat(again.openDocumentProperty().get().codings()).hasSize(referenceInSkane + 3);
        assertThat(again.codingCountsProperty().get()).containsEntry(one.id(), oneBefore + 2);
        assertThat(new Services(new AppPaths(at)).workspace().settings().blindCoding).isFalse();

        // choosing to see another coder's codings ends blind coding
        again.blindProperty().set(true);
        again.coderFilterProperty().set(new CoderFilter(CoderFilter.Kind.ONE, "Kodare A"));
        assertThat(again.blindProperty().get()).isFalse();
        assertThat(again.codingCountsProperty().get()).containsEntry(one.id(), oneBefore + 2);
        again.close();
    }

    @Test
    void mergingACodersCopyBringsInTheirCodingsAndShowsTheReport() throws Exception {
        ProjectViewModel vm = openDemoAt(home.resolve("merge"), "Kodare A");
        vm.selectionProperty().set(find(vm, "delregionala nätverken"));
        vm.coding().applyPinned(1);
        Path demo = vm.projectFile().orElseThrow();
        // Kodare B worked on a copy of the project
        Path copy = home.resolve("kodare-b.dcproj");
        try (Project p = ProjectStores.openReadOnly(demo)) {
            p.store().localFile().orElseThrow().copyTo(copy);
        }
        try (Project p = ProjectStores.open(copy)) {
            p.write(tx -> {
                long b = tx.coders().getOrCreate("Kodare B").id();
                long doc = tx.documents().byName("2025_gotland_minnesanteckningar").orElseThrow().id();
                tx.codings().insert(doc, vm.coding().pinnedCodes().get(1).id(), b, 0, 20);
                return null;
            });
        }
        MergeReport[] got = new MergeReport[1];
        vm.transfers().mergeProjects(List.of(copy), r -> got[0] = r);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(got[0].codingsAdded()).isEqualTo(1);
        int reference = referenceCounts(vm).values().stream().mapToInt(Integer::intValue).sum();
        assertThat(got[0].codingsPresent()).as("the reference coding and Kodare A's").isEqualTo(reference + 1);
        assertThat(vm.statusProperty().get()).isEqualTo("21 documents, " + (reference + 2) + " codings");
        assertThat(vm.coders()).extracting(se.dialogcoder.model.Coder::name).contains("Kodare B");
        assertThat(vm.busyProperty().get()).isFalse();
        List<String> lines = MergeReportText.lines(got[0], Messages.bundle("sv"));
        assertThat(lines.get(0)).isEqualTo("▸ kodare-b.dcproj");
        assertThat(lines).contains("   Kodningar: 1 tillagda, " + java.text.NumberFormat.getIntegerInstance(
                java.util.Locale.forLanguageTag("sv")).format(reference + 1) + " fanns redan");

        // a file that is not a project: a message naming it, and nothing changed
        Path junk = Files.writeString(home.resolve("skräp.dcproj"), "inget projekt");
        vm.transfers().mergeProjects(List.of(junk), r -> got[0] = null);
        assertThat(vm.errorProperty().get()).contains("skräp.dcproj").contains("Nothing was merged");
        assertThat(got[0]).isNotNull();
        assertThat(vm.busyProperty().get()).isFalse();
        vm.close();
    }

    @Test
    void revealingAPassageOpensItsDocumentAndAsksForTheSelection() throws Exception {
        ProjectViewModel vm = openDemoAt(home.resolve("reveal"), "Kodare A");
        Document skane = vm.selectedDocumentProperty().get();
        vm.selectedDocumentProperty().set(document(vm, County.GOTLAND));
        vm.revealPassage(skane.id(), 100, 120);
        assertThat(vm.selectedDocumentProperty().get()).isEqualTo(skane);
        assertThat(vm.openDocumentProperty().get().document()).isEqualTo(skane);
        assertThat(vm.revealProperty().get()).isEqualTo(new Reveal(skane.id(), 100, 120));
        // the same passage again, in the open document: asked again
        int[] fired = {0};
        vm.revealProperty().addListener((obs, o, n) -> fired[0] += n == null ? 0 : 1);
        vm.revealPassage(skane.id(), 100, 120);
        assertThat(fired[0]).isEqualTo(1);
        vm.close();
    }
}
