package se.dialogcoder.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.analysis.Trends;
import se.dialogcoder.model.County;
import se.dialogcoder.model.FrequencyHistory;
import se.dialogcoder.store.FrequencyStoreException;

/** Rounds compared, read back from stores written by the real export. */
class TrendsServiceTest {
    @TempDir
    static Path dir;
    static TrendsFixture fixture;
    static TrendsService trends;

    @BeforeAll
    static void build() throws Exception {
        fixture = new TrendsFixture(dir);
        trends = fixture.services.analyses().trends();
    }

    private static Trends.Row row(Trends.Result r, County county, String path) {
        return r.rows().stream().filter(x -> x.county() == county && x.theme().path().equals(path)).findFirst()
                .orElseThrow();
    }

    @Test
    void threeRoundsSideBySideWithSharesOfTheCountysCodedSegmentsAndCoverage() throws Exception {
        byte[] before = Files.readAllBytes(fixture.store);
        FrequencyHistory h = trends.read(fixture.store);
        assertThat(Files.readAllBytes(fixture.store)).as("reading changes nothing").isEqualTo(before);
        Trends.Result r = trends.compare(h, Set.of(), Set.of(), Trends.Measure.SHARE);
        assertThat(r.rounds()).containsExactly("2023", "2024", "2025");
        assertThat(r.sharedRounds()).isEmpty();
        assertThat(r.tracks()).hasSize(1);
        assertThat(r.rows()).as("21 counties × the top-level themes").allMatch(x -> x.theme().depth() == 0)
                .hasSize(21 * (int) Trends.themes(h).stream().filter(t -> t.depth() == 0).count());
        Trends.Row suicide = row(r, County.SKANE, TrendsFixture.SUICIDE);
        assertThat(suicide.values()).extracting(Trends.Value::segments).containsExactly(2, 4, 4);
        assertThat(suicide.values().get(0).share()).isCloseTo(2 / 4.0, within(1e-9));
        assertThat(suicide.values().get(1).share()).isCloseTo(4 / 6.0, within(1e-9));
        assertThat(suicide.values().get(2).share()).isCloseTo(4 / 10.0, within(1e-9));
        assertThat(suicide.values().get(1).coverage()).isGreaterThan(suicide.values().get(0).coverage());
        Trends.Row plans = row(r, County.NORRBOTTEN, TrendsFixture.PLANS);
        assertThat(plans.values()).extracting(Trends.Value::share).containsOnly(1.0);
        assertThat(row(r, County.GOTLAND, TrendsFixture.PLANS).values()).as("no documents: no share, no coverage")
                .allSatisfy(v -> assertThat(v.share()).isNull());
    }

    @Test
    void theBiggestChangeInShareComesFirstAndCoverageRanksItsOwnWay() throws Exception {
        FrequencyHistory h = trends.read(fixture.store);
        Trends.Result r = trends.compare(h, Set.of(County.SKANE), Set.of(), Trends.Measure.SHARE);
        Trends.Change first = r.changes().get(0);
        // Handlingsplaner in Skåne: 2/6 in 2024, 6/10 in 2025 = +26.7 pp, the largest step of any
        assertThat(first.row().theme().path()).isEqualTo(TrendsFixture.PLANS);
        assertThat(first.from().round()).isEqualTo("2024");
        assertThat(first.to().round()).isEqualTo("2025");
        assertThat(first.shareChange()).isCloseTo(6 / 10.0 - 2 / 6.0, within(1e-9));
        for (int i = 1; i < r.changes().size(); i++) {
            Double a = r.changes().get(i - 1).shareChange();
            Double b = r.changes().get(i).shareChange();
            if (a != null && b != null) {
                assertThat(Math.abs(a)).isGreaterThanOrEqualTo(Math.abs(b));
            }
        }
        Trends.Result byCoverage = trends.compare(h, Set.of(County.SKANE), Set.of(), Trends.Measure.COVERAGE);
        Trends.Change top = byCoverage.changes().get(0);
        assertThat(top.row().theme().path()).isEqualTo(TrendsFixture.PLANS);
        assertThat(top.coverageChange()).isPositive();
        assertThat(byCoverage.changes()).allSatisfy(c -> assertThat(Math.abs(c.coverageChange()))
                .isLessThanOrEqualTo(Math.abs(top.coverageChange())));
    }

    @Test
    void aSubThemeIsChosenByItsStableIdAndTheCountiesNarrowTheRows() throws Exception {
        FrequencyHistory h = trends.read(fixture.store);
        FrequencyHistory.Theme bereaved = Trends.findTheme(Trends.themes(h), "efterlevandestöd");
        assertThat(bereaved.path()).isEqualTo(TrendsFixture.BEREAVED);
        Trends.Result r = trends.compare(h, Set.of(County.SKANE, County.NORRBOTTEN), Set.of(bereaved.uid()),
                Trends.Measure.SHARE);
        assertThat(r.rows()).extracting(Trends.Row::county).containsExactly(County.SKANE, County.NORRBOTTEN);
        assertThat(row(r, County.SKANE, TrendsFixture.BEREAVED).values()).extracting(Trends.Value::segments)
                .containsExactly(0, 2, 2);
    }

    @Test
    void twoRunsOfOneRoundAreSeparateColumnsAndTracksNeverAdded() throws Exception {
        Trends.Result r = trends.compare(trends.read(fixture.shared), Set.of(County.SKANE), Set.of(),
                Trends.Measure.SHARE);
        assertThat(r.rounds()).containsExactly("2023", "2024", "2025");
        assertThat(r.sharedRounds()).containsExactly("2025");
        assertThat(r.columns()).hasSize(4);
        List<Trends.Column> of2025 = r.columns().stream().filter(c -> c.round().equals("2025")).toList();
        assertThat(of2025).extracting(c -> c.run().projectName()).containsExactlyInAnyOrder("Länsdialoger",
                "Bos kopia");
        assertThat(of2025).extracting(c -> c.run().coder()).containsExactlyInAnyOrder(null, "Bo");
        Trends.Row suicide = row(r, County.SKANE, TrendsFixture.SUICIDE);
        assertThat(of2025).extracting(c -> suicide.values().get(c.index()).segments())
                .as("4 of the project, 1 of Bo's copy, not 5").containsExactlyInAnyOrder(4, 1);
        assertThat(r.tracks()).hasSize(2).allSatisfy(t -> assertThat(t.columns()).doesNotContain(-1));
        // the step 2024 → 2025 is made once to each run of 2025, never to their sum
        List<Trends.Change> steps = r.changes().stream().filter(c -> c.row() == suicide
                && c.to().round().equals("2025")).toList();
        assertThat(steps).hasSize(2).extracting(c -> c.after().segments()).containsExactlyInAnyOrder(4, 1);
        assertThat(r.changes().stream().filter(c -> c.row() == suicide && c.to().round().equals("2024")))
                .as("the shared earlier step once").hasSize(1);
    }

    @Test
    void aFileThatIsNoStoreIsRefusedByNameAndLeftAsItWas() throws Exception {
        Path text = Files.writeString(dir.resolve("anteckningar.sqlite"), "inte ett lager");
        assertThatThrownBy(() -> trends.read(text)).isInstanceOf(FrequencyStoreException.class)
                .hasMessageContaining("anteckningar.sqlite").hasMessageContaining("not a DialogCoder frequency store");
        assertThat(Files.readString(text)).isEqualTo("inte ett lager");
        assertThatThrownBy(() -> trends.read(dir.resolve("saknas.sqlite"))).hasMessageContaining("saknas.sqlite");
        assertThat(dir.resolve("saknas.sqlite")).doesNotExist();
    }

    @Test
    void roundLabelsSortNaturally() {
        assertThat(List.of("2025 höst", "10", "2025", "9", "2024").stream().sorted(Trends.ROUND_ORDER).toList())
                .containsExactly("9", "10", "2024", "2025", "2025 höst");
    }
}
