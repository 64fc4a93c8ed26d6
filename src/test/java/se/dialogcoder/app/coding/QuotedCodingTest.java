package se.dialogcoder.app.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.exchange.QuotedCodings;
import se.dialogcoder.model.CodePointText;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.County;
import se.dialogcoder.store.sqlite.StoreFixtures;

/** Codings given by their words: found by file, code path and occurrence, stored once, problems named by line. */
class QuotedCodingTest {
    private static final String TEXT = "Vi har en plan. 😀 Vi har en plan för unga. Vi har en plan.";

    @TempDir
    Path dir;

    private Project project() throws Exception {
        Project p = ProjectStores.create(dir.resolve("p.dcproj"), "Citat", "2025");
        p.write(tx -> {
            long theme = tx.codes().insert("plan", null, "Handlingsplaner", null, null, null, "#009E73", 0).id();
            tx.codes().insert("plan.lans", theme, "Länsgemensam plan", null, null, null, "#009E73", 0);
            tx.documents().insert(StoreFixtures.document("2025_skane_dialog", County.SKANE, TEXT));
            return null;
        });
        return p;
    }

    private static List<QuotedCodings.Row> rows(String... lines) throws Exception {
        return QuotedCodings.read("t.tsv", new StringReader("# a comment\nfile\tcode\toccurrence\tcoder\tquote\n"
                + String.join("\n", lines) + "\n"));
    }

    @Test
    void theOccurrenceChoosesWhichPassageAndOffsetsAreCodePoints() throws Exception {
        try (Project p = project()) {
            var applied = new QuotedCoding().apply(p, "t.tsv", rows(
                    "2025_skane_dialog.txt\tHandlingsplaner / Länsgemensam plan\t3\tAnna\tVi har en plan",
                    "2025_skane_dialog\tHandlingsplaner\t1\tBo\tplan för unga."));
            assertThat(applied.problems()).isEmpty();
            assertThat(applied.stored()).isEqualTo(2);
            String text = p.read(tx -> tx.documents().text(tx.documents().byName("2025_skane_dialog").orElseThrow()
                    .id()));
            List<Coding> codings = p.read(tx -> tx.codings().all());
            CodePointText cp = new CodePointText(text);
            assertThat(codings).extracting(c -> cp.slice(c.start(), c.end()))
                    .containsExactlyInAnyOrder("Vi har en plan", "plan för unga.");
            Coding third = codings.stream().filter(c -> cp.slice(c.start(), c.end()).startsWith("Vi")).findFirst().orElseThrow();
            assertThat(third.start()).as("the third occurrence, after the emoji (one code point)")
                    .isEqualTo(TEXT.codePointCount(0, TEXT.lastIndexOf("Vi har en plan")));
            List<se.dialogcoder.model.Coder> coders = p.read(tx -> tx.coders().list());
            assertThat(coders).extracting(se.dialogcoder.model.Coder::name).containsExactlyInAnyOrder("Anna", "Bo");

            var again = new QuotedCoding().apply(p, "t.tsv", rows(
                    "2025_skane_dialog.txt\tHandlingsplaner / Länsgemensam plan\t3\tAnna\tVi har en plan"));
            assertThat(again.stored()).as("applying twice adds nothing").isZero();
            assertThat(again.alreadyThere()).isEqualTo(1);
            int count = p.read(tx -> tx.codings().count());
            assertThat(count).isEqualTo(2);
        }
    }

    @Test
    void rowsThatDoNotMatchAreNamedByLineAndTheRestIsStored() throws Exception {
        try (Project p = project()) {
            var applied = new QuotedCoding().apply(p, "t.tsv", rows(
                    "2025_skane_dialog.txt\tHandlingsplaner\t4\tAnna\tVi har en plan",
                    "2025_skane_dialog.txt\tHandlingsplaner\t1\tAnna\tVi har ingen plan",
                    "2025_gotland.pdf\tHandlingsplaner\t1\tAnna\tVi har en plan",
                    "2025_skane_dialog.txt\tHandlingsplaner / Okänd\t1\tAnna\tVi har en plan",
                    "2025_skane_dialog.txt\tHandlingsplaner\t1\tAnna\tför unga",
                    "2025_skane_dialog.txt\tHandlingsplaner\t1\tAnna\tför unga"));
            assertThat(applied.stored()).isEqualTo(1);
            assertThat(applied.problems()).containsExactly(
                    "t.tsv, line 3: the quote occurs 3 times in \"2025_skane_dialog\", not 4: \"Vi har en plan\"",
                    "t.tsv, line 4: the quote occurs 0 times in \"2025_skane_dialog\", not 1: \"Vi har ingen plan\"",
                    "t.tsv, line 5: no document from \"2025_gotland.pdf\"",
                    "t.tsv, line 6: no code \"Handlingsplaner / Okänd\"",
                    "t.tsv, line 8: the same coding as line 7");
        }
    }

    @Test
    void aTableThatIsNotOneIsRefusedWithItsLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuotedCodings.read("t.tsv",
                new StringReader("fil\tkod\n"))).hasMessageContaining("t.tsv, line 1").hasMessageContaining("header");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rows("a.txt\tX\tnoll\tAnna\tcitat"))
                .hasMessageContaining("line 3").hasMessageContaining("occurrence");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rows("a.txt\tX\t1\tAnna\tcit\tat"))
                .hasMessageContaining("line 3").hasMessageContaining("6 columns");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rows("a.txt\t\t1\tAnna\tcitat"))
                .hasMessageContaining("line 3").hasMessageContaining("code");
    }
}
