package se.dialogcoder.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;
import se.dialogcoder.app.analysis.SearchService;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.ui.Parts;
import se.dialogcoder.ui.ProjectViewModel;

/**
 * The search tab's pages without a screen: the worker's tasks wait in a queue and run when the test says, so what
 * the tab knows between the first page, the background count and the next pages can be seen step by step.
 */
class SearchPagesModelTest {
    @TempDir
    Path home;
    private final ArrayDeque<Runnable> worker = new ArrayDeque<>();
    private boolean queued;
    private ProjectViewModel vm;
    private Services services;
    private SearchModel search;

    @BeforeEach
    void open() throws Exception {
        Files.writeString(home.resolve("settings.json"), "{\"coderName\": \"Kodare A\"}");
        services = new Services(new AppPaths(home));
        vm = Parts.viewModel(services, task -> {
            if (queued) {
                worker.add(task);
            } else {
                task.run();
            }
        }, Runnable::run);
        vm.openDemo(() -> { });
        search = new SearchModel(vm, services.analyses());
        queued = true;
    }

    @AfterEach
    void close() {
        queued = false;
        vm.close();
    }

    /** Every hit of a query, as the service gives them at once. */
    private SearchService.Result whole(String query) {
        queued = false;
        AtomicReference<SearchService.Result> r = new AtomicReference<>();
        vm.query(s -> services.analyses().search().search(s.project(), query, CodingFilter.ALL,
                SearchService.DEFAULT_WIDTH), r::set);
        queued = true;
        return r.get();
    }

    private void runOne() {
        assertThat(worker).as("work waiting").isNotEmpty();
        worker.poll().run();
    }

    @Test
    void theFirstPageComesWithItsDocumentsTheTotalIsCountedAndScrollingReadsTheRest() {
        SearchService.Result whole = whole("suicid*");
        assertThat(whole.hits()).hasSize(309);
        search.setPageSize(40);
        search.queryProperty().set("suicid*");
        search.search();
        assertThat(search.resultProperty().get()).as("nothing before the worker answers").isNull();
        runOne();

        SearchModel.Results first = search.resultProperty().get();
        assertThat(first.hits()).isEqualTo(whole.hits().subList(0, 40));
        assertThat(first.documents()).isEqualTo(21);
        assertThat(first.counties()).isEqualTo(whole.byCounty().size());
        assertThat(first.more()).isTrue();
        assertThat(first.total()).as("not known from the first page").isEmpty();
        assertThat(first.atLeast()).isEqualTo(40);
        County firstCounty = first.hits().get(0).county();
        County lastLoaded = first.hits().get(39).county();
        assertThat(first.countyTotal(firstCounty)).as("a county followed by another is complete")
                .hasValue((int) whole.hits().stream().filter(h -> h.county() == firstCounty).count());
        assertThat(first.countyTotal(lastLoaded)).as("the county the page ends in may go on").isEmpty();
        assertThat(worker).as("the background count is asked for").hasSize(1);

        for (int step = 0; step < 21 && !worker.isEmpty(); step++) {
            runOne(); // the demo's 21 documents: one step, or a few when a step's time runs out
            assertThat(search.resultProperty().get().hits()).as("the count does not load hits").hasSize(40);
        }
        SearchModel.Results counted = search.resultProperty().get();
        assertThat(counted.total()).hasValue(309);
        assertThat(counted.hits()).as("the count does not load hits").hasSize(40);
        Map<County, Integer> perCounty = new LinkedHashMap<>();
        whole.hits().forEach(h -> perCounty.merge(h.county(), 1, Integer::sum));
        assertThat(counted.countyTotal(lastLoaded)).hasValue(perCounty.get(lastLoaded));
        assertThat(worker).as("the count is done").isEmpty();

        search.loadMore();
        search.loadMore();
        assertThat(search.loadingMoreProperty().get()).isTrue();
        assertThat(worker).as("one page at a time").hasSize(1);
        runOne();
        assertThat(search.loadingMoreProperty().get()).isFalse();
        assertThat(search.resultProperty().get().hits()).isEqualTo(whole.hits().subList(0, 80));
        assertThat(search.resultProperty().get().id()).as("the same search, a page longer").isEqualTo(first.id());

        while (search.resultProperty().get().more()) {
            search.loadMore();
            runOne();
        }
        assertThat(search.resultProperty().get().hits()).isEqualTo(whole.hits());
        assertThat(search.resultProperty().get().total()).hasValue(309);
        search.loadMore();
        assertThat(worker).as("nothing more to read").isEmpty();
    }

    @Test
    void aNewSearchDropsThePagesAndTheCountOfTheOldOne() {
        search.setPageSize(10);
        search.queryProperty().set("kommun*");
        search.search();
        runOne();
        long old = search.resultProperty().get().id();
        search.loadMore(); // queued behind the count
        search.queryProperty().set("MHFA");
        search.search();
        while (!worker.isEmpty()) {
            runOne();
        }
        SearchModel.Results r = search.resultProperty().get();
        assertThat(r.id()).isNotEqualTo(old);
        assertThat(r.query()).isEqualTo("MHFA");
        assertThat(r.hits()).isEqualTo(whole("MHFA").hits().subList(0, 10));
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.snippet().match()).isEqualToIgnoringCase("MHFA"));
        assertThat(r.total()).as("counted for the new search").hasValue(17);
        assertThat(search.loadingMoreProperty().get()).isFalse();
    }

    @Test
    void aResultOnOnePageKnowsItsTotalAtOnceAndCountsNothing() {
        search.queryProperty().set("MHFA");
        search.search();
        runOne();
        SearchModel.Results r = search.resultProperty().get();
        assertThat(r.hits()).hasSize(17);
        assertThat(r.more()).isFalse();
        assertThat(r.total()).hasValue(17);
        assertThat(r.countyTotal(r.hits().get(16).county())).isPresent();
        assertThat(worker).isEmpty();
    }
}
