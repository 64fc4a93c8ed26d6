package se.dialogcoder.ui.analysis;

import se.dialogcoder.ui.Reveal;
import se.dialogcoder.ui.Parts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.analysis.AutoCodeScope;
import se.dialogcoder.analysis.Cooccurrence;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.DemoProject;
import se.dialogcoder.app.analysis.SearchService;
import se.dialogcoder.app.Services;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.Segment;
import se.dialogcoder.ui.ProjectViewModel;
import se.dialogcoder.ui.documents.CountyChoice;

/** The analysis window's view models without a screen: work runs inline on the demo project. */
class AnalysisModelsTest {
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
        assertThat(vm.errorProperty().get()).isNull();
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private Code code(String name) {
        return vm.codes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static int column(CountyMatrix m, Code theme) {
        for (int c = 0; c < m.columns().size(); c++) {
            if (m.columns().get(c).id() == theme.id()) {
                return c;
            }
        }
        throw new AssertionError("no column " + theme.name());
    }

    /** Searches and auto-codes the paragraphs of every hit with a code; returns the search model. */
    private SearchModel autoCode(String query, Code code, AutoCodeScope scope) {
        SearchModel search = new SearchModel(vm, services.analyses());
        search.queryProperty().set(query);
        search.search();
        search.codeProperty().set(code);
        search.scopeProperty().set(scope);
        search.preview();
        assertThat(search.previewProperty().get()).isNotNull();
        search.apply();
        assertThat(vm.errorProperty().get()).isNull();
        return search;
    }

    @Test
    void searchShowsKeywordsInContextGroupedByCounty() {
        SearchModel search = new SearchModel(vm, services.analyses());
        search.queryProperty().set("handlingsplan*");
        search.search();
        SearchModel.Results r = search.resultProperty().get();
        assertThat(search.errorProperty().get()).isNull();
        assertThat(r.hits()).hasSizeGreaterThan(10);
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.snippet().match().toLowerCase(Locale.ROOT))
                .startsWith("handlingsplan"));
        List<SearchService.CountyHits> groups = r.byCounty();
        assertThat(groups.size()).isGreaterThan(5);
        assertThat(groups).extracting(SearchService.CountyHits::county)
                .isSortedAccordingTo(java.util.Comparator.comparing(County::ordinal));

        search.queryProperty().set("\"psykisk hälsa");
        search.search();
        assertThat(search.errorProperty().get()).as("a plain message for bad syntax").isNotBlank();
    }

    @Test
    void searchAndItsAutoCodingLookOnlyAtTheChosenCountyGroup() {
        SearchModel search = new SearchModel(vm, services.analyses());
        search.queryProperty().set("handlingsplan*");
        search.search();
        int all = search.resultProperty().get().total().orElseThrow();
        search.setScopeProperty().set(SetScope.of(se.dialogcoder.model.CountyGroup.NORRLAND));
        SearchModel.Results north = search.resultProperty().get();
        assertThat(north.hits()).as("the search runs again for the chosen group").isNotEmpty();
        assertThat(north.total().orElseThrow()).isLessThan(all);
        assertThat(north.byCounty()).extracting(SearchService.CountyHits::county)
                .allMatch(c -> se.dialogcoder.model.CountyGroup.NORRLAND.counties().contains(c));
        search.codeProperty().set(code("Handlingsplaner"));
        search.preview();
        assertThat(search.previewProperty().get().proposals()).isNotEmpty()
                .allMatch(p -> se.dialogcoder.model.CountyGroup.NORRLAND.counties().contains(p.county()));
    }

    @Test
    void autoCodingIsPreviewedThenOneActionThatUndoAndRedoTakeBackAndRestore() {
        Code plans = code("Handlingsplaner");
        MatrixModel everyone = new MatrixModel(vm, services.analyses());
        everyone.refresh();
        double reference = everyone.matrixProperty().get().total(CountyMatrix.Measure.SEGMENTS);
        assertThat(reference).as("the demo comes coded").isPositive();
        int referenceCodings = Integer.parseInt(vm.statusProperty().get().replaceAll("\\D+", " ").trim()
                .split(" ")[1]);
        MatrixModel matrix = new MatrixModel(vm, services.analyses());
        matrix.coderProperty().set("Kodare A"); // what this test codes, without the reference coding
        matrix.refresh();
        assertThat(matrix.matrixProperty().get().total(CountyMatrix.Measure.SEGMENTS)).isZero();

        SearchModel search = new SearchModel(vm, services.analyses());
        search.queryProperty().set("handlingsplan*");
        search.search();
        search.codeProperty().set(plans);
        search.scopeProperty().set(AutoCodeScope.PARAGRAPH);
        search.preview();
        SearchService.AutoCodePreview preview = search.previewProperty().get();
        int n = preview.proposals().size();
        assertThat(n).isPositive().isLessThanOrEqualTo(preview.hits());
        assertThat(preview.coder()).isEqualTo("Kodare A");
        matrix.refresh();
        assertThat(matrix.matrixProperty().get().total(CountyMatrix.Measure.SEGMENTS)).as("preview changes nothing")
                .isZero();

        long version = vm.dataVersionProperty().get();
        search.apply();
        assertThat(search.appliedProperty().get()).isEqualTo(n);
        assertThat(search.previewProperty().get()).as("a preview is applied once").isNull();
        assertThat(vm.dataVersionProperty().get()).isGreaterThan(version);
        assertThat(vm.statusProperty().get()).isEqualTo("21 documents, " + (referenceCodings + n) + " codings");
        assertThat(vm.codingCountsProperty().get()).containsEntry(plans.id(), n);
        everyone.refresh();
        assertThat(everyone.matrixProperty().get().total(CountyMatrix.Measure.SEGMENTS)).as("everyone's: added up")
                .isEqualTo(reference + n);

        matrix.refresh();
        CountyMatrix m = matrix.matrixProperty().get();
        int col = column(m, plans);
        assertThat(m.columnTotal(CountyMatrix.Measure.SEGMENTS, col)).isEqualTo(n);
        Map<County, Long> perCounty = preview.proposals().stream()
                .collect(Collectors.groupingBy(SearchService.Proposal::county, Collectors.counting()));
        for (County c : County.values()) {
            assertThat(m.segments(m.rows().indexOf(c), col)).as(c.shortName())
                    .isEqualTo(perCounty.getOrDefault(c, 0L).intValue());
        }
        List<MatrixModel.Row> rows = matrix.rows();
        assertThat(rows).hasSize(22);
        assertThat(rows.get(21).isTotal()).isTrue();
        assertThat(rows.get(21).values()[col]).isEqualTo(n);
        assertThat(rows.get(21).total()).isEqualTo(n);

        vm.coding().undo();
        matrix.refresh();
        assertThat(matrix.matrixProperty().get().total(CountyMatrix.Measure.SEGMENTS)).as("one undo").isZero();
        vm.coding().redo();
        matrix.refresh();
        assertThat(matrix.matrixProperty().get().total(CountyMatrix.Measure.SEGMENTS)).isEqualTo(n);

        matrix.measureProperty().set(CountyMatrix.Measure.COVERAGE);
        assertThat(matrix.matrixProperty().get().hasCoverage()).isTrue();
        assertThat(matrix.rows().get(21).values()[col]).isBetween(0.001, 1.0);
        matrix.measureProperty().set(CountyMatrix.Measure.PRESENCE);
        assertThat(matrix.rows().get(21).values()[col]).isEqualTo(perCounty.size());
    }

    @Test
    void retrievalListsThePassagesWithCountySpeakerAndContextAndFilters() {
        Code plans = code("Handlingsplaner");
        int n = autoCode("handlingsplan*", code("Länsgemensam plan"), AutoCodeScope.SENTENCE).appliedProperty().get();
        RetrievalModel r = new RetrievalModel(vm, services.analyses());
        r.codeProperty().set(plans);
        int reference = r.rows().size();
        assertThat(reference).as("the demo's reference coding of action plans").isPositive();
        assertThat(r.rows()).allSatisfy(s -> assertThat(s.coder()).isIn(DemoProject.REFERENCE_CODER, "Kodare A"));
        r.coderProperty().set("Kodare A"); // what this test coded
        r.withSubcodesProperty().set(false);
        assertThat(r.rows()).as("the theme alone has none").isEmpty();
        r.withSubcodesProperty().set(true);
        assertThat(r.rows()).hasSize(n).allSatisfy(s -> {
            assertThat(s.passage().toLowerCase(Locale.ROOT)).contains("handlingsplan");
            assertThat(s.county()).isNotNull();
            assertThat(s.coder()).isEqualTo("Kodare A");
        });
        assertThat(r.rows()).anySatisfy(s -> assertThat(s.speaker()).isNotBlank());
        assertThat(r.rows()).anySatisfy(s -> assertThat(s.before()).isNotEmpty());
        assertThat(r.codePath(r.rows().get(0).codeId())).isEqualTo("Handlingsplaner / Länsgemensam plan");

        County first = r.rows().get(0).county();
        r.countyProperty().set(CountyChoice.of(first));
        assertThat(r.rows()).isNotEmpty().allSatisfy(s -> assertThat(s.county()).isEqualTo(first));
        r.countyProperty().set(CountyChoice.ALL);
        r.kindProperty().set(DocumentKind.NOTES);
        assertThat(r.rows()).allSatisfy(s -> assertThat(s.kind()).isEqualTo(DocumentKind.NOTES));
        r.kindProperty().set(null);
        r.coderProperty().set("Kodare B");
        assertThat(r.rows()).isEmpty();
        r.coderProperty().set(null);
        r.roundProperty().set("1999");
        assertThat(r.rows()).isEmpty();
        r.roundProperty().set(null);
        assertThat(r.rows()).as("everyone's").hasSize(reference)
                .anySatisfy(s -> assertThat(s.coder()).isEqualTo(DemoProject.REFERENCE_CODER));
        r.coderProperty().set("Kodare A");
        assertThat(r.rows()).hasSize(n);

        Segment s = r.rows().get(r.rows().size() - 1);
        r.open(s);
        assertThat(vm.selectedDocumentProperty().get().id()).isEqualTo(s.documentId());
        assertThat(vm.selectionProperty().get()).containsExactly(s.start(), s.end());
        assertThat(vm.revealProperty().get()).isEqualTo(new Reveal(s.documentId(), s.start(), s.end()));
        Segment other = r.rows().get(0);
        r.open(other);
        assertThat(vm.selectedDocumentProperty().get().id()).isEqualTo(other.documentId());
        assertThat(vm.selectionProperty().get()).containsExactly(other.start(), other.end());
    }

    @Test
    void frequenciesCountSegmentsDocumentsCountiesAndCoverage() {
        Code plans = code("Handlingsplaner");
        SearchModel search = autoCode("handlingsplan*", code("Länsgemensam plan"), AutoCodeScope.PARAGRAPH);
        SearchModel.Results hits = search.resultProperty().get();
        int n = search.appliedProperty().get();
        FrequencyModel f = new FrequencyModel(vm, services.analyses());
        f.refresh();
        int everyone = f.lines().stream().filter(l -> l.row().code().id() == plans.id()).findFirst().orElseThrow()
                .row().segments();
        assertThat(everyone).as("the reference coding and this test's").isGreaterThan(n);
        f.coderProperty().set("Kodare A");
        FrequencyModel.Line theme = f.lines().stream().filter(l -> l.row().code().id() == plans.id()).findFirst()
                .orElseThrow();
        assertThat(theme.depth()).isZero();
        assertThat(theme.row().segments()).isEqualTo(n);
        assertThat(theme.row().documents()).isEqualTo(hits.documents());
        assertThat(theme.row().counties()).isEqualTo(hits.counties());
        assertThat(theme.row().coverage()).isBetween(0.001, 1.0);
        assertThat(f.lines()).anySatisfy(l -> assertThat(l.depth()).isEqualTo(1));

        f.withSubcodesProperty().set(false);
        assertThat(f.lines().stream().filter(l -> l.row().code().id() == plans.id()).findFirst().orElseThrow()
                .row().segments()).isZero();
        f.withSubcodesProperty().set(true);
        f.themesOnlyProperty().set(true);
        assertThat(f.lines()).hasSize(11).allSatisfy(l -> assertThat(l.depth()).isZero());
        f.coderProperty().set("Kodare B");
        assertThat(f.lines()).allSatisfy(l -> assertThat(l.row().segments()).isZero());
    }

    @Test
    void cooccurrenceCountsOverlapsAndSharedUnits() {
        autoCode("handlingsplan*", code("Länsgemensam plan"), AutoCodeScope.PARAGRAPH);
        int n = autoCode("handlingsplan*", code("Samordnarroller"), AutoCodeScope.PARAGRAPH).appliedProperty().get();
        CooccurrenceModel co = new CooccurrenceModel(vm, services.analyses());
        co.refresh();
        assertThat(co.resultProperty().get().codes()).as("the reference coding: every theme").hasSize(11);
        co.coderProperty().set("Kodare A"); // what this test coded
        Cooccurrence result = co.resultProperty().get();
        assertThat(result.codes()).extracting(Code::name).containsExactly("Handlingsplaner", "Suicidprevention");
        assertThat(result.count(code("Handlingsplaner").id(), code("Suicidprevention").id())).isEqualTo(n);
        co.themesProperty().set(false);
        assertThat(co.resultProperty().get().count(code("Länsgemensam plan").id(), code("Samordnarroller").id()))
                .isEqualTo(n);
        co.modeProperty().set(Cooccurrence.Mode.UNIT);
        assertThat(co.resultProperty().get().count(code("Länsgemensam plan").id(), code("Samordnarroller").id()))
                .isEqualTo(n);
    }

    @Test
    void chartsAndComparisonShowTheThemeByCounty() {
        Code prevention = code("Suicidprevention");
        ChartsModel charts = new ChartsModel(vm, services.analyses());
        charts.refresh();
        charts.themeProperty().set(prevention);
        assertThat(charts.shownTheme()).isEqualTo(prevention);
        Map<County, Double> before = Map.copyOf(charts.themeValues());
        assertThat(before).as("the reference coding has suicide prevention in every county").hasSize(21)
                .allSatisfy((c, v) -> assertThat(v).as(c.shortName()).isPositive());

        SearchModel search = autoCode("MHFA", prevention, AutoCodeScope.PARAGRAPH);
        Map<County, Long> perCounty = search.resultProperty().get().hits().stream().map(SearchService.Hit::documentId)
                .distinct().collect(Collectors.groupingBy(id -> vm.groups().stream()
                        .flatMap(g -> g.documents().stream()).filter(d -> d.id() == id).findFirst().orElseThrow()
                        .county(), Collectors.counting()));
        charts.refresh();
        Map<County, Double> values = charts.themeValues();
        assertThat(values).hasSize(21);
        assertThat(values.entrySet().stream().filter(e -> e.getValue() > before.get(e.getKey()))
                .map(Map.Entry::getKey)).as("more where MHFA was coded, the same elsewhere")
                .containsExactlyInAnyOrderElementsOf(perCounty.keySet());
        charts.measureProperty().set(CountyMatrix.Measure.PRESENCE);
        assertThat(charts.themeValues().values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(21);

        // the comparison: a theme the reference coding finds in some counties only
        Code followUp = code("Uppföljning och utvärdering");
        CompareModel compare = new CompareModel(vm, services.analyses());
        compare.counties().setAll(List.of(County.values()));
        compare.themeProperty().set(followUp);
        int col = column(compare.matrixProperty().get(), followUp);
        County none = compare.profiles().entrySet().stream().filter(e -> e.getValue()[col] == 0).map(Map.Entry::getKey)
                .sorted().findFirst().orElseThrow();
        County a = compare.profiles().entrySet().stream().filter(e -> e.getValue()[col] > 0).map(Map.Entry::getKey)
                .sorted().findFirst().orElseThrow();
        compare.counties().setAll(List.of(none, a));
        Map<County, double[]> profiles = compare.profiles();
        assertThat(profiles.keySet()).containsExactly(none, a);
        assertThat(profiles.get(a)[col]).isPositive();
        assertThat(profiles.get(none)[col]).isZero();
        assertThat(compare.passagesProperty().get().keySet()).containsExactly(none, a);
        assertThat(compare.passagesProperty().get().get(none)).isEmpty();
        assertThat(compare.passagesProperty().get().get(a)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.county()).isEqualTo(a));
        compare.measureProperty().set(CountyMatrix.Measure.COVERAGE);
        assertThat(compare.profiles().get(a)[col]).isBetween(0.0001, 1.0);
    }
}
