package se.dialogcoder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import se.dialogcoder.model.TextUnit;

/** Checks every parsed document must pass, whatever its source. */
final class UnitChecks {
    private UnitChecks() {
    }

    /** Text is normalised; units are in order, inside the text, non-empty and do not overlap. */
    static void assertWellFormed(ParsedDocument doc) {
        assertThat(doc.text()).isNotEmpty();
        assertThat(TextNormaliser.normalise(doc.text())).isEqualTo(doc.text());
        int length = doc.text().codePointCount(0, doc.text().length());
        List<TextUnit> units = doc.units();
        assertThat(units).isNotEmpty();
        int previousEnd = 0;
        for (int i = 0; i < units.size(); i++) {
            TextUnit u = units.get(i);
            assertThat(u.index()).isEqualTo(i);
            assertThat(u.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(u.end()).isGreaterThan(u.start()).isLessThanOrEqualTo(length);
            assertThat(u.bodyStart()).isBetween(u.start(), u.end());
            previousEnd = u.end();
        }
    }
}
