package se.dialogcoder.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountyGroupTest {
    @Test
    void eachDivisionPutsEveryCountyInExactlyOneGroup() {
        for (CountyGroup.Division division : CountyGroup.Division.values()) {
            Set<County> seen = EnumSet.noneOf(County.class);
            for (CountyGroup g : CountyGroup.of(division)) {
                for (County c : g.counties()) {
                    assertThat(seen.add(c)).as("%s is in two groups of %s", c, division).isTrue();
                }
            }
            assertThat(seen).as(division.name()).isEqualTo(EnumSet.allOf(County.class));
        }
        assertThat(CountyGroup.of(CountyGroup.Division.LANDSDEL)).hasSize(3);
        assertThat(CountyGroup.of(CountyGroup.Division.SJUKVARDSREGION)).hasSize(6);
    }

    @Test
    void theGroupsEvaluatorsNameHaveTheirCounties() {
        assertThat(CountyGroup.NORRLAND.counties()).containsExactlyInAnyOrder(County.GAVLEBORG, County.VASTERNORRLAND,
                County.JAMTLAND, County.VASTERBOTTEN, County.NORRBOTTEN);
        assertThat(CountyGroup.SODRA.counties()).as("Region Halland belongs to Södra")
                .containsExactlyInAnyOrder(County.SKANE, County.BLEKINGE, County.KRONOBERG, County.HALLAND);
        assertThat(CountyGroup.MELLANSVERIGE.counties()).contains(County.GAVLEBORG).hasSize(7);
        assertThat(CountyGroup.STOCKHOLM_GOTLAND.counties()).containsExactlyInAnyOrder(County.STOCKHOLM,
                County.GOTLAND);
    }

    @Test
    void namesAreFoundAsPeopleWriteThem() {
        assertThat(CountyGroup.parse("Norrland")).contains(CountyGroup.NORRLAND);
        assertThat(CountyGroup.parse("  norrland ")).contains(CountyGroup.NORRLAND);
        assertThat(CountyGroup.parse("GOTALAND")).contains(CountyGroup.GOTALAND);
        assertThat(CountyGroup.parse("Sjukvårdsregion Norra")).contains(CountyGroup.NORRA);
        assertThat(CountyGroup.parse("sjukvardsregion norra")).contains(CountyGroup.NORRA);
        assertThat(CountyGroup.parse("Norra")).contains(CountyGroup.NORRA);
        assertThat(CountyGroup.parse("Stockholm-Gotland")).contains(CountyGroup.STOCKHOLM_GOTLAND);
        assertThat(CountyGroup.parse("Sjukvårdsregion Stockholm–Gotland")).contains(CountyGroup.STOCKHOLM_GOTLAND);
        assertThat(CountyGroup.parse("Healthcare region")).isEmpty();
        assertThat(CountyGroup.parse("Norr")).as("only whole names").isEmpty();
        assertThat(CountyGroup.parse("Stockholm")).as("a county is no group").isEmpty();
    }
}
