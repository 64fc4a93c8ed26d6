package se.dialogcoder.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.dialogcoder.model.County;

/** The county values other programs (and people) write into a variable. */
class StatedCountyTest {
    @Test
    void everyUsualFormNamesItsCounty() {
        for (String v : new String[] {"12", "SE-M", "se-m", "Skåne", "Skane", "SKÅNE", "Skåne län", "Region Skåne",
                "12 Skåne", "12 Skåne län", " Skåne län "}) {
            assertThat(StatedCounty.parse(v)).as(v).contains(County.SKANE);
        }
        assertThat(StatedCounty.parse("1")).contains(County.STOCKHOLM);
        assertThat(StatedCounty.parse("Stockholms län")).contains(County.STOCKHOLM);
        assertThat(StatedCounty.parse("Region Stockholm")).contains(County.STOCKHOLM);
        assertThat(StatedCounty.parse("Västra Götalandsregionen")).contains(County.VASTRA_GOTALAND);
        assertThat(StatedCounty.parse("Västra Götalands län")).contains(County.VASTRA_GOTALAND);
        assertThat(StatedCounty.parse("Region Jämtland Härjedalen")).contains(County.JAMTLAND);
        assertThat(StatedCounty.parse("Jämtland")).contains(County.JAMTLAND);
        assertThat(StatedCounty.parse("Region Gotland")).contains(County.GOTLAND);
        assertThat(StatedCounty.parse("Örebro län")).contains(County.OREBRO);
        for (County c : County.values()) {
            assertThat(StatedCounty.parse(c.officialName())).as("what DialogCoder writes").contains(c);
            assertThat(StatedCounty.parse(c.code() + " " + c.shortName())).contains(c);
        }
    }

    @Test
    void otherValuesAreNoCounty() {
        for (String v : new String[] {"", " ", "Norr", "Malmö", "02", "99", "12 Halland", "Region Norr",
                "Östergötlands kommun", "SE-Q", "Gotlandsk"}) {
            assertThat(StatedCounty.parse(v)).as(v).isEmpty();
        }
        assertThat(StatedCounty.parse(null)).isEmpty();
    }

    @Test
    void onlyTheKnownVariableNamesMayHoldACounty() {
        assertThat(StatedCounty.isCountyVariable("län")).isTrue();
        assertThat(StatedCounty.isCountyVariable("COUNTY")).isTrue();
        assertThat(StatedCounty.isCountyVariable("Region ")).isTrue();
        assertThat(StatedCounty.isCountyVariable("Lan")).isTrue();
        assertThat(StatedCounty.isCountyVariable("Kommun")).isFalse();
    }
}
