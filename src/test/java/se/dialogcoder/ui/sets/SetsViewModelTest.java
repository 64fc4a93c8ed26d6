package se.dialogcoder.ui.sets;

import se.dialogcoder.ui.Parts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.analysis.AutoCodeScope;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;
import se.dialogcoder.model.County;
import se.dialogcoder.model.CountyGroup;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.Segment;
import se.dialogcoder.ui.Messages;
import se.dialogcoder.ui.ProjectViewModel;
import se.dialogcoder.ui.analysis.AnalysisControls;
import se.dialogcoder.ui.analysis.FrequencyModel;
import se.dialogcoder.ui.analysis.RetrievalModel;
import se.dialogcoder.ui.analysis.SearchModel;
import se.dialogcoder.ui.analysis.SetScope;

/** Sets in the view models without a screen (work runs inline on the demo project). */
class SetsViewModelTest {
    @TempDir
    Path home;
    private ProjectViewModel vm;
    private Services services;

    @BeforeEach
    void open() throws Exception {
        Files.writeString(home.resolve("settings.json"), "{\"coderName\": \"Kodare A\"}");
        services = new Services(new AppPaths(home));
        vm = Parts.viewModel(services, Runnable::run, Runnable::run);
        vm.openDemo(() -> { });
        SearchModel search = new SearchModel(vm, services.analyses());
        search.queryProperty().set("handlingsplan*");
        search.search();
        search.codeProperty().set(vm.codes().stream().filter(c -> c.name().equals("Handlingsplaner")).findFirst()
                .orElseThrow());
        search.scopeProperty().set(AutoCodeScope.PARAGRAPH);
        search.preview();
        search.apply();
        assertThat(vm.errorProperty().get()).isNull();
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private List<Document> documents(County county) {
        return vm.groups().stream().filter(g -> g.county() == county).flatMap(g -> g.documents().stream()).toList();
    }

    private int plans(FrequencyModel f) {
        f.refresh();
        return f.lines().stream().filter(l -> l.row().code().name().equals("Handlingsplaner"))
                .mapToInt(l -> l.row().segments()).findFirst().orElse(-1);
    }

    @Test
    void aSetMadeInTheWindowNarrowsFrequenciesAndRetrievalAndIsUndone() {
        List<Long> skane = documents(County.SKANE).stream().map(Document::id).toList();
        assertThat(skane).isNotEmpty();
        vm.setActions().createSet(ItemSet.Kind.DOCUMENTS, "Skåne", skane, s -> { });
        assertThat(vm.errorProperty().get()).isNull();
        ItemSet set = vm.sets().get(0);
        assertThat(set.members()).containsExactlyElementsOf(skane);

        FrequencyModel f = new FrequencyModel(vm, services.analyses());
        int all = plans(f);
        f.setScopeProperty().set(SetScope.of(set));
        int inSet = plans(f);
        assertThat(inSet).isPositive().isLessThan(all);

        RetrievalModel r = new RetrievalModel(vm, services.analyses());
        r.setScopeProperty().set(SetScope.of(CountyGroup.SODRA));
        r.refresh();
        assertThat(r.rows()).isNotEmpty().extracting(Segment::county).allMatch(CountyGroup.SODRA.counties()::contains);

        vm.coding().undo();
        assertThat(vm.sets()).isEmpty();
        assertThat(SetScope.of(set).in(vm.sets())).as("a vanished set falls back to everything")
                .isEqualTo(SetScope.ALL);
    }

    @Test
    void theScopeChooserOffersSetsThenTheNineCountyGroupsInBothLanguages() {
        vm.setActions().createSet(ItemSet.Kind.CODES, "Planer", List.of(), s -> { });
        ResourceBundle sv = Messages.bundle("sv");
        ResourceBundle en = Messages.bundle("en");
        var choices = AnalysisControls.scopeChoices(vm.sets(), sv);
        assertThat(choices).extracting(AnalysisControls.Choice::label).startsWith("Alla dokument och koder",
                "Kodset: Planer", "Landsdelar: Götaland").contains("Sjukvårdsregioner: Stockholm–Gotland").hasSize(11);
        assertThat(AnalysisControls.scopeChoices(vm.sets(), en)).extracting(AnalysisControls.Choice::label)
                .contains("Regions of Sweden (landsdelar): Norrland", "Healthcare regions: Southern healthcare region");
    }
}
