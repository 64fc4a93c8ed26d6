package se.dialogcoder.ui;

import se.dialogcoder.app.Project;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.DemoProject;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.ui.documents.MemosAndFacts;

/** The main window's state without a screen: work runs inline instead of on threads. */
class ProjectViewModelTest {
    @TempDir
    Path home;

    @Test
    void openingTheDemoGroupsDocumentsByCountyAndSelectingOneLoadsItsText() {
        ProjectViewModel vm = Parts.viewModel(new Services(new AppPaths(home)), Runnable::run, Runnable::run);
        boolean[] done = {false};
        vm.openDemo(() -> done[0] = true);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(done[0]).isTrue();
        assertThat(vm.projectProperty().get().name()).isEqualTo("Länsdialoger 2025 (demo)");
        assertThat(vm.groups()).hasSize(22);
        assertThat(vm.groups().get(0).county()).isEqualTo(County.STOCKHOLM);
        assertThat(vm.groups().get(21).county()).isNull();
        assertThat(vm.groups()).filteredOn(g -> g.county() != null).allSatisfy(g -> assertThat(g.documents()).hasSize(1));
        assertThat(vm.statusProperty().get()).as("the demo comes with its reference coding")
                .isEqualTo(status(vm, 0)).isNotEqualTo("21 documents, 0 codings");

        Document gotland = vm.groups().stream().filter(g -> g.county() == County.GOTLAND).findFirst().orElseThrow()
                .documents().get(0);
        vm.selectedDocumentProperty().set(gotland);
        OpenDocument open = vm.openDocumentProperty().get();
        assertThat(open.document()).isEqualTo(gotland);
        assertThat(open.text()).contains("Region Gotland").contains("Fiktivt exempel");
        assertThat(open.units()).isNotEmpty();
        assertThat(open.codings()).as("coded by the reference coder").isNotEmpty()
                .allSatisfy(c -> assertThat(c.coderId()).isEqualTo(referenceCoder(vm)));
        vm.close();
    }

    @Test
    void aProjectThatCannotBeOpenedGivesAMessageAndKeepsTheOpenOne() throws Exception {
        ProjectViewModel vm = Parts.viewModel(new Services(new AppPaths(home)), Runnable::run, Runnable::run);
        vm.openDemo(() -> { });
        Path junk = java.nio.file.Files.writeString(home.resolve("junk.dcproj"), "inte ett projekt");
        vm.open(junk, () -> { });
        assertThat(vm.errorProperty().get()).contains("junk.dcproj").contains("not a DialogCoder project");
        assertThat(vm.projectProperty().get().name()).isEqualTo("Länsdialoger 2025 (demo)");
        vm.close();
    }

    private ProjectViewModel openDemoAt(Path at, String coder) throws Exception {
        java.nio.file.Files.createDirectories(at);
        java.nio.file.Files.writeString(at.resolve("settings.json"), "{\"coderName\": \"" + coder + "\"}");
        ProjectViewModel vm = Parts.viewModel(new Services(new AppPaths(at)), Runnable::run, Runnable::run);
        vm.openDemo(() -> { });
        Document skane = vm.groups().stream().filter(g -> g.county() == County.SKANE).findFirst().orElseThrow()
                .documents().get(0);
        vm.selectedDocumentProperty().set(skane);
        return vm;
    }

    /** The id of the demo's reference coder, whose codings the demo comes with. */
    private static long referenceCoder(ProjectViewModel vm) {
        return vm.coders().stream().filter(c -> c.name().equals(DemoProject.REFERENCE_CODER)).findFirst()
                .orElseThrow().id();
    }

    /** The codings of the open document made in the test: all but the demo's reference coding. */
    private static java.util.List<se.dialogcoder.model.Coding> made(ProjectViewModel vm) {
        long reference = referenceCoder(vm);
        return vm.openDocumentProperty().get().codings().stream().filter(c -> c.coderId() != reference).toList();
    }

    /** The status line with the demo's reference codings and {@code made} more. */
    private static String status(ProjectViewModel vm, int made) {
        int[] reference = new int[1];
        vm.query(session -> session.project().read(tx -> tx.codings().count(referenceCoder(vm))),
                n -> reference[0] = n, failed -> { });
        return "21 documents, " + (reference[0] + made) + " codings";
    }

    private static int[] find(ProjectViewModel vm, String passage) {
        String text = vm.openDocumentProperty().get().text();
        int start = text.codePointCount(0, text.indexOf(passage));
        return new int[] {start, start + passage.codePointCount(0, passage.length())};
    }

    @Test
    void codingTheSelectionWithAPinnedKeySnapsToWordsAndCanBeUndone() throws Exception {
        ProjectViewModel vm = openDemoAt(home.resolve("a"), "Kodare A");
        int[] words = find(vm, "delregionala nätverken");
        vm.selectionProperty().set(new int[] {words[0] + 2, words[1] - 3}); // a sloppy selection
        vm.coding().applyPinned(1);
        assertThat(vm.errorProperty().get()).isNull();
        var codings = made(vm);
        assertThat(codings).hasSize(1);
        assertThat(codings.get(0).start()).isEqualTo(words[0]);
        assertThat(codings.get(0).end()).isEqualTo(words[1]);
        assertThat(codings.get(0).codeId()).isEqualTo(vm.coding().pinnedCodes().get(0).id());
        assertThat(vm.selectedCodingProperty().get()).isEqualTo(codings.get(0));
        assertThat(vm.canUndoProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo(status(vm, 1));
        vm.coding().undo();
        assertThat(made(vm)).isEmpty();
        assertThat(vm.canRedoProperty().get()).isTrue();
        vm.coding().redo();
        assertThat(made(vm)).hasSize(1);
        vm.close();
    }

    @Test
    void theSelectionStaysAfterCodingSoASecondKeyCodesTheSamePassageAndTheCountsMatchTheFile() throws Exception {
        ProjectViewModel vm = openDemoAt(home.resolve("keep"), "Kodare A");
        int[] passage = find(vm, "delregionala nätverken");
        vm.selectionProperty().set(passage);
        vm.coding().applyPinned(1);
        vm.coding().applyPinned(2);
        var codings = made(vm);
        assertThat(codings).hasSize(2).allSatisfy(c -> {
            assertThat(c.start()).isEqualTo(passage[0]);
            assertThat(c.end()).isEqualTo(passage[1]);
        });
        assertThat(codings).extracting(se.dialogcoder.model.Coding::codeId)
                .containsExactlyInAnyOrder(vm.coding().pinnedCodes().get(0).id(), vm.coding().pinnedCodes().get(1).id());
        assertThat(vm.selectionProperty().get()).isEqualTo(passage);
        assertThat(vm.selectedCodingProperty().get().codeId()).isEqualTo(vm.coding().pinnedCodes().get(1).id());
        assertThat(vm.statusProperty().get()).isEqualTo(status(vm, 2));
        int referenceInSkane = vm.openDocumentProperty().get().codings().size() - 2;

        // the counts were updated from the change alone: they must be what the file says
        Document skane = vm.selectedDocumentProperty().get();
        Object[] inFile = new Object[2];
        vm.query(session -> session.project().read(tx -> new Object[] {tx.codings().countsByCode(),
            tx.codings().countsByDocument()}), answer -> System.arraycopy(answer, 0, inFile, 0, 2), failed -> { });
        assertThat(vm.codingCountsProperty().get()).isEqualTo(inFile[0]);
        assertThat(vm.documentCountsProperty().get()).isEqualTo(inFile[1])
                .containsEntry(skane.id(), referenceInSkane + 2);
        vm.coding().undo();
        assertThat(made(vm)).hasSize(1);
        vm.query(session -> session.project().read(tx -> new Object[] {tx.codings().countsByCode(),
            tx.codings().countsByDocument()}), answer -> System.arraycopy(answer, 0, inFile, 0, 2), failed -> { });
        assertThat(vm.codingCountsProperty().get()).isEqualTo(inFile[0]);
        assertThat(vm.documentCountsProperty().get()).containsEntry(skane.id(), referenceInSkane + 1);

        // removing the last coding: the counts follow from the change alone and match the file again
        vm.selectedCodingProperty().set(made(vm).get(0));
        vm.coding().removeSelectedCoding();
        assertThat(made(vm)).isEmpty();
        assertThat(vm.selectedCodingProperty().get()).isNull();
        assertThat(vm.statusProperty().get()).isEqualTo(status(vm, 0));
        vm.query(session -> session.project().read(tx -> new Object[] {tx.codings().countsByCode(),
            tx.codings().countsByDocument()}), answer -> System.arraycopy(answer, 0, inFile, 0, 2), failed -> { });
        assertThat(vm.codingCountsProperty().get()).isEqualTo(inFile[0]);
        assertThat(vm.documentCountsProperty().get()).isEqualTo(inFile[1]).containsEntry(skane.id(), referenceInSkane);
        vm.coding().undo();
        assertThat(made(vm)).hasSize(1);
        vm.close();
    }

    @Test
    void codingWhileShowingAnotherCodersCodingsCountsItButDoesNotShowIt() throws Exception {
        ProjectViewModel vm = openDemoAt(home.resolve("other"), "Kodare A");
        vm.selectionProperty().set(find(vm, "delregionala nätverken"));
        vm.coding().applyPinned(1);
        vm.coderProperty().set("Kodare B");
        vm.selectionProperty().set(find(vm, "länsgemensamma stimulansmedlen"));
        vm.coding().applyPinned(2);
        vm.coderFilterProperty().set(new CoderFilter(CoderFilter.Kind.ONE,
                "Kodare A"));
        vm.selectionProperty().set(find(vm, "delregionala nätverken"));
        int[] before = new int[1];
        vm.query(session -> session.project().read(tx -> tx.codings().countsByCode()
                .getOrDefault(vm.coding().pinnedCodes().get(2).id(), 0)), n -> before[0] = n, failed -> { });
        vm.coding().applyPinned(3);
        assertThat(vm.openDocumentProperty().get().codings()).hasSize(1)
                .allSatisfy(c -> assertThat(c.codeId()).isEqualTo(vm.coding().pinnedCodes().get(0).id()));
        assertThat(vm.statusProperty().get()).isEqualTo(status(vm, 3));
        assertThat(vm.codingCountsProperty().get()).containsEntry(vm.coding().pinnedCodes().get(2).id(), before[0] + 1);
        vm.close();
    }

    @Test
    void aNamesFileThatCannotBeReadIsAWarningAndTheImportGoesOn() throws Exception {
        Path at = home.resolve("names");
        ProjectViewModel vm = openDemoAt(at, "Kodare A");
        java.nio.file.Files.write(at.resolve("pii-names.txt"), new byte[5 * 1024 * 1024]); // over the 4 MiB limit
        Path file = java.nio.file.Files.writeString(home.resolve("2025_gotland_uppfoljning.txt"),
                "Samordnare: Vi har tagit fram en länsgemensam handlingsplan.\n");
        se.dialogcoder.app.documents.ImportService.Report[] got = new se.dialogcoder.app.documents.ImportService.Report[1];
        vm.transfers().importFiles(java.util.List.of(file), se.dialogcoder.app.documents.ImportService.NO_PROGRESS,
                r -> got[0] = r);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(got[0].results()).hasSize(1);
        assertThat(got[0].warnings()).singleElement().satisfies(w -> assertThat(w.english())
                .contains("pii-names.txt").contains("4 MiB").contains("no names were looked for"));
        assertThat(vm.statusProperty().get()).startsWith("22 documents");
        vm.close();
    }

    @Test
    void openingAnOlderProjectFileSaysItWasUpgradedAndWhereTheOriginalIs() throws Exception {
        Path old = home.resolve("gammalt.dcproj");
        se.dialogcoder.store.sqlite.StoreFixtures.writeV1Project(old);
        byte[] original = java.nio.file.Files.readAllBytes(old);
        ProjectViewModel vm = Parts.viewModel(new Services(new AppPaths(home.resolve("data"))), Runnable::run,
                Runnable::run);
        vm.open(old, () -> { });
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.noticeProperty().get()).isNotNull();
        String notice = vm.noticeProperty().get().english();
        assertThat(notice).contains("gammalt.dcproj").contains("version 1").contains("upgraded")
                .contains("project's backups").contains("_before-upgrade-v1.dcproj");
        Path kept = Path.of(notice.substring(notice.indexOf(": ", notice.indexOf("backups")) + 2));
        assertThat(kept).hasBinaryContent(original);
        vm.close();

        ProjectViewModel again = Parts.viewModel(new Services(new AppPaths(home.resolve("data"))),
                Runnable::run, Runnable::run);
        again.open(old, () -> { });
        assertThat(again.noticeProperty().get()).as("nothing to say the second time").isNull();
        again.close();
    }

    @Test
    void undoAndRedoOfCodingsKeepTheCountsAsTheFileHasThem() throws Exception {
        ProjectViewModel vm = openDemoAt(home.resolve("undo"), "Kodare A");
        vm.selectionProperty().set(find(vm, "delregionala nätverken"));
        vm.coding().applyPinned(1);
        vm.selectionProperty().set(find(vm, "länsgemensamma stimulansmedlen"));
        vm.coding().applyPinned(2);
        var second = vm.selectedCodingProperty().get();
        vm.coding().removeSelectedCoding();
        Object[] inFile = new Object[3];
        Runnable read = () -> vm.query(session -> session.project().read(tx -> new Object[] {
            tx.codings().countsByCode(), tx.codings().countsByDocument(), tx.codings().count()}),
                answer -> System.arraycopy(answer, 0, inFile, 0, 3), failed -> { });
        int[] afterUndo = {2, 1, 0, 0}; // the removal, the second coding, the first; then nothing is left to undo
        for (int step = 0; step < afterUndo.length; step++) {
            vm.coding().undo();
            read.run();
            assertThat(vm.codingCountsProperty().get()).as("undo %d", step).isEqualTo(inFile[0]);
            assertThat(vm.documentCountsProperty().get()).as("undo %d", step).isEqualTo(inFile[1]);
            assertThat(vm.statusProperty().get()).isEqualTo(status(vm, afterUndo[step]));
            assertThat(made(vm)).hasSize(afterUndo[step]);
        }
        int[] afterRedo = {1, 2, 1};
        for (int step = 0; step < afterRedo.length; step++) {
            vm.coding().redo();
            read.run();
            assertThat(vm.codingCountsProperty().get()).as("redo %d", step).isEqualTo(inFile[0]);
            assertThat(vm.documentCountsProperty().get()).as("redo %d", step).isEqualTo(inFile[1]);
            assertThat(vm.statusProperty().get()).isEqualTo(status(vm, afterRedo[step]));
        }
        assertThat(made(vm)).extracting(se.dialogcoder.model.Coding::id)
                .as("redo brings back the same codings (same ids), and the removal again").doesNotContain(second.id())
                .hasSize(1);
        assertThat(vm.statusProperty().get()).isEqualTo("21 documents, " + inFile[2] + " codings");
        vm.close();
    }

    @Test
    void withoutASelectionNothingIsCodedAndPinsCanBeChanged() throws Exception {
        ProjectViewModel vm = openDemoAt(home.resolve("b"), "Kodare A");
        vm.coding().applyPinned(1);
        assertThat(made(vm)).isEmpty();
        assertThat(vm.canUndoProperty().get()).isFalse();
        var suicid = vm.codes().stream().filter(c -> c.name().equals("Efterlevandestöd")).findFirst().orElseThrow();
        vm.coding().pin(suicid, 1);
        assertThat(vm.coding().pinnedCodes().get(0)).isEqualTo(suicid);
        vm.close();
    }

    @Test
    void theCoderFilterShowsOnlyMineOrOneCoder() throws Exception {
        ProjectViewModel vm = openDemoAt(home.resolve("c"), "Kodare A");
        vm.selectionProperty().set(find(vm, "delregionala nätverken"));
        vm.coding().applyPinned(1);
        vm.coderProperty().set("Kodare B");
        vm.selectionProperty().set(find(vm, "länsgemensamma stimulansmedlen"));
        vm.coding().applyPinned(2);
        int reference = vm.openDocumentProperty().get().codings().size() - 2;
        assertThat(made(vm)).hasSize(2);
        assertThat(reference).as("the reference coding of Skåne").isPositive();
        vm.coderFilterProperty().set(CoderFilter.MINE);
        assertThat(vm.openDocumentProperty().get().codings()).hasSize(1)
                .allSatisfy(c -> assertThat(c.codeId()).isEqualTo(vm.coding().pinnedCodes().get(1).id()));
        vm.coderFilterProperty().set(new CoderFilter(CoderFilter.Kind.ONE,
                "Kodare A"));
        assertThat(vm.openDocumentProperty().get().codings()).hasSize(1)
                .allSatisfy(c -> assertThat(c.codeId()).isEqualTo(vm.coding().pinnedCodes().get(0).id()));
        vm.coderFilterProperty().set(new CoderFilter(CoderFilter.Kind.ONE, DemoProject.REFERENCE_CODER));
        assertThat(vm.openDocumentProperty().get().codings()).hasSize(reference);
        vm.coderFilterProperty().set(CoderFilter.ALL);
        assertThat(vm.openDocumentProperty().get().codings()).hasSize(reference + 2);
        vm.close();
    }

    @Test
    void changingTheCountyMovesTheDocumentInTheNavigator() throws Exception {
        ProjectViewModel vm = openDemoAt(home.resolve("d"), "Kodare A");
        Document skane = vm.selectedDocumentProperty().get();
        vm.memosAndFacts().setCounty(skane, null);
        assertThat(vm.groups().get(21).documents()).extracting(Document::name).containsExactly(skane.name());
        assertThat(vm.groups().stream().filter(g -> g.county() == County.SKANE).findFirst().orElseThrow()
                .documents()).isEmpty();
        assertThat(vm.selectedDocumentProperty().get().county()).isNull();
        vm.close();
    }

    @Test
    void inVivoAndMemosOnEveryKindOfTarget() throws Exception {
        ProjectViewModel vm = openDemoAt(home.resolve("e"), "Kodare A");
        vm.selectionProperty().set(find(vm, "delregionala nätverken"));
        vm.coding().codeInVivo();
        assertThat(vm.codes()).anySatisfy(c -> assertThat(c.name()).isEqualTo("delregionala nätverken"));
        long coding = vm.selectedCodingProperty().get().id();
        long doc = vm.selectedDocumentProperty().get().id();
        long code = vm.codes().get(0).id();
        vm.memosAndFacts().saveMemo(Project.MemoOf.CODING, coding, "citat");
        vm.memosAndFacts().saveMemo(Project.MemoOf.DOCUMENT, doc, "dokument");
        vm.memosAndFacts().saveMemo(Project.MemoOf.CODE, code, "kod");
        vm.memosAndFacts().saveMemo(Project.MemoOf.PROJECT, 0, "projekt");
        String[] got = new String[4];
        vm.memosAndFacts().memo(Project.MemoOf.CODING, coding, m -> got[0] = m);
        vm.memosAndFacts().memo(Project.MemoOf.DOCUMENT, doc, m -> got[1] = m);
        vm.memosAndFacts().memo(Project.MemoOf.CODE, code, m -> got[2] = m);
        vm.memosAndFacts().memo(Project.MemoOf.PROJECT, 0, m -> got[3] = m);
        assertThat(got).containsExactly("citat", "dokument", "kod", "projekt");
        vm.close();
    }

    @Test
    void refiExportAndImportFromTheWindow() throws Exception {
        ProjectViewModel vm = openDemoAt(home.resolve("f"), "Kodare A");
        vm.selectionProperty().set(find(vm, "delregionala nätverken"));
        vm.coding().applyPinned(1);
        Path qdpx = home.resolve("demo.qdpx");
        String[] done = new String[1];
        vm.transfers().exportRefi("qdpx", qdpx, summary -> done[0] = summary);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(qdpx).exists();
        Path imported = home.resolve("importerat.dcproj");
        se.dialogcoder.app.exchange.ExchangeService.ProjectImport[] result = new se.dialogcoder.app.exchange.ExchangeService.ProjectImport[1];
        vm.transfers().importQdpx(qdpx, imported, r -> result[0] = r);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(result[0].documents()).isEqualTo(21);
        String before = status(vm, 1);
        assertThat(result[0].codings()).as("the reference coding and the one made here")
                .isEqualTo(Integer.parseInt(before.replaceAll("\\D+", " ").trim().split(" ")[1]));
        assertThat(vm.projectProperty().get().name()).isEqualTo("Länsdialoger 2025 (demo)");
        assertThat(vm.statusProperty().get()).isEqualTo(before);
        vm.close();
    }

    private static java.util.List<Document> inCounty(ProjectViewModel vm, County county) {
        return vm.groups().stream().filter(g -> g.county() == county).findFirst().orElseThrow().documents();
    }

    @Test
    void countyFactAndAttributeChangesAreUndoneAndRedoneAndTheNavigatorFollows() throws Exception {
        ProjectViewModel vm = openDemoAt(home.resolve("g"), "Kodare A");
        Document skane = vm.selectedDocumentProperty().get();
        vm.memosAndFacts().setCounty(skane, County.HALLAND);
        assertThat(inCounty(vm, County.HALLAND)).extracting(Document::name).contains(skane.name());
        assertThat(vm.canUndoProperty().get()).as("a county change is a step of its own").isTrue();

        vm.coding().undo();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(inCounty(vm, County.SKANE)).extracting(Document::name).containsExactly(skane.name());
        assertThat(inCounty(vm, County.HALLAND)).extracting(Document::name).doesNotContain(skane.name());
        assertThat(vm.selectedDocumentProperty().get().county()).as("the details panel's document follows")
                .isEqualTo(County.SKANE);
        vm.coding().redo();
        assertThat(vm.selectedDocumentProperty().get().county()).isEqualTo(County.HALLAND);
        vm.coding().undo();

        Document now = vm.selectedDocumentProperty().get();
        vm.memosAndFacts().setDocumentFacts(now, se.dialogcoder.model.DocumentKind.NOTES, "2026", "2026-02-03");
        assertThat(vm.selectedDocumentProperty().get().round()).isEqualTo("2026");
        vm.memosAndFacts().setAttribute(vm.selectedDocumentProperty().get(), "Moderator", "Folkhälsomyndigheten");
        java.util.Map<String, String> attributes = new java.util.HashMap<>();
        vm.memosAndFacts().attributes(skane, attributes::putAll);
        assertThat(attributes).containsEntry("Moderator", "Folkhälsomyndigheten");
        vm.coding().undo();
        attributes.clear();
        vm.memosAndFacts().attributes(skane, attributes::putAll);
        assertThat(attributes).doesNotContainKey("Moderator");
        vm.coding().undo();
        Document back = vm.selectedDocumentProperty().get();
        assertThat(back.kind()).isEqualTo(now.kind());
        assertThat(back.round()).isEqualTo(now.round());
        assertThat(back.dialogueDate()).isEqualTo(now.dialogueDate());
        vm.coding().redo();
        assertThat(vm.selectedDocumentProperty().get().dialogueDate()).isEqualTo("2026-02-03");
        Path file = vm.projectFile().orElseThrow();
        vm.close();
        try (var p = ProjectStores.openReadOnly(file)) {
            Document inFile = p.read(tx -> tx.documents().byId(skane.id())).orElseThrow();
            assertThat(inFile.county()).as("the undone county change is undone in the file").isEqualTo(County.SKANE);
            assertThat(inFile.round()).as("the redone facts are in the file").isEqualTo("2026");
            java.util.Map<String, String> inFileAttributes = p.read(tx -> tx.documents().attributes(skane.id()));
            assertThat(inFileAttributes).doesNotContainKey("Moderator");
        }
    }

    @Test
    void aCodingThatUndoTakesAwayIsNoLongerSelected() throws Exception {
        ProjectViewModel vm = openDemoAt(home.resolve("h"), "Kodare A");
        vm.selectionProperty().set(find(vm, "delregionala nätverken"));
        vm.coding().applyPinned(1);
        assertThat(vm.selectedCodingProperty().get()).isNotNull();
        vm.coding().undo();
        assertThat(made(vm)).isEmpty();
        assertThat(vm.selectedCodingProperty().get()).as("the undone coding is not selected any more").isNull();
        vm.coding().redo();
        var coding = made(vm).get(0);
        vm.coding().selectCodingAt(coding.start());
        assertThat(vm.selectedCodingProperty().get()).isEqualTo(coding);
        vm.coding().removeSelectedCoding();
        assertThat(vm.selectedCodingProperty().get()).isNull();
        vm.close();
    }

    @Test
    void pinningPutsTheCodeOnItsKeyAndLeavesEveryOtherKeyAsItWas() throws Exception {
        ProjectViewModel vm = openDemoAt(home.resolve("i"), "Kodare A");
        java.util.List<se.dialogcoder.model.Code> defaults = vm.coding().pinnedCodes();
        java.util.List<se.dialogcoder.model.Code> themes = vm.codes().stream().filter(c -> c.parentId() == null)
                .toList();
        assertThat(defaults).as("no pins: the first nine themes").containsExactlyElementsOf(themes.subList(0, 9));

        vm.coding().pin(defaults.get(4), 3);
        java.util.List<se.dialogcoder.model.Code> swapped = new java.util.ArrayList<>(defaults);
        swapped.set(2, defaults.get(4));
        swapped.set(4, defaults.get(2));
        assertThat(vm.coding().pinnedCodes()).as("key 3 and key 5 swap, the rest stay").containsExactlyElementsOf(swapped);

        vm.coding().pin(defaults.get(4), 3);
        assertThat(vm.coding().pinnedCodes()).as("pinning to the key it has changes nothing").containsExactlyElementsOf(swapped);

        se.dialogcoder.model.Code tenth = themes.get(9);
        vm.coding().pin(tenth, 1);
        java.util.List<se.dialogcoder.model.Code> replaced = new java.util.ArrayList<>(swapped);
        replaced.set(0, tenth);
        assertThat(vm.coding().pinnedCodes()).as("a code without a key takes it; the code there loses its key")
                .containsExactlyElementsOf(replaced);

        vm.codebook().deleteCode(replaced.get(1));
        assertThat(vm.coding().pinnedCodes()).hasSize(9);
        assertThat(vm.coding().pinnedCodes().get(1)).as("the key of a deleted code stays empty").isNull();
        assertThat(vm.coding().pinnedCodes().get(2)).isEqualTo(replaced.get(2));
        vm.selectionProperty().set(find(vm, "delregionala nätverken"));
        vm.coding().applyPinned(2);
        assertThat(made(vm)).as("an empty key codes nothing").isEmpty();
        vm.coding().applyPinned(1);
        assertThat(made(vm)).singleElement()
                .satisfies(c -> assertThat(c.codeId()).isEqualTo(tenth.id()));
        vm.close();
    }
}
