package se.dialogcoder.analysis;

import se.dialogcoder.app.Project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.analysis.SearchService;
import se.dialogcoder.app.analysis.SearchService.AutoCodePreview;
import se.dialogcoder.app.analysis.SearchService.Proposal;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;

/** Auto-coding search hits with each scope, previewed, applied in one go, undone. */
class AutoCodeTest {
    static final String LINE1 = "Samordnare: Vi saknar handlingsplan för suicidprevention. Vi har psykisk hälsa i fokus.";
    static final String LINE2 = "Moderator: Tack för det, t.ex. handlingsplan är viktigt! Bra.";
    static final String LINE3 = "Anteckning utan talare om handlingsplan.";
    static final String TEXT = LINE1 + "\n" + LINE2 + "\n\n" + LINE3;
    @TempDir
    Path dir;
    private Project p;
    private Code code;
    private final SearchService search = new SearchService();

    @BeforeEach
    void setUp() throws Exception {
        p = ProjectStores.create(dir.resolve("a.dcproj"), "Auto", "2025");
        int s2 = LINE1.length() + 1;
        int s3 = s2 + LINE2.length() + 2;
        p.write(tx -> tx.documents().insert(new NewDocument("dalarna", County.DALARNA, DocumentKind.TRANSCRIPT, "2025",
                null, "dalarna.txt", TEXT, List.of(
                        new TextUnit(0, UnitKind.TURN, 0, LINE1.length(), 12, "Samordnare", null, null),
                        new TextUnit(1, UnitKind.TURN, s2, s2 + LINE2.length(), s2 + 11, "Moderator", null, null),
                        TextUnit.paragraph(2, s3, s3 + LINE3.length())))));
        code = p.write(tx -> {
            Code parent = tx.codes().insert("plan", null, "Handlingsplaner", null, null, null, "#009E73", 0);
            return tx.codes().insert("plan.gemensam", parent.id(), "Länsgemensam plan", null, null, null,
                    "#56B4E9", 0);
        });
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private int codings() throws Exception {
        return p.read(tx -> tx.codings().count());
    }

    private List<String> coderNames() throws Exception {
        return p.read(tx -> tx.coders().list()).stream().map(se.dialogcoder.model.Coder::name).toList();
    }

    private long codeOf(long codingId) throws Exception {
        return p.read(tx -> tx.codings().byId(codingId)).orElseThrow().codeId();
    }

    private List<String> passages(AutoCodeScope scope) throws Exception {
        return search.preview(p, "handlingsplan", CodingFilter.ALL, "Handlingsplaner / Länsgemensam plan", scope,
                "anna").proposals().stream().map(Proposal::passage).toList();
    }

    @Test
    void eachScopeTakesItsOwnStretch() throws Exception {
        assertThat(passages(AutoCodeScope.MATCH)).containsExactly("handlingsplan", "handlingsplan", "handlingsplan");
        assertThat(passages(AutoCodeScope.SENTENCE)).containsExactly(
                "Vi saknar handlingsplan för suicidprevention.",
                "Tack för det, t.ex. handlingsplan är viktigt!",
                "Anteckning utan talare om handlingsplan.");
        assertThat(passages(AutoCodeScope.PARAGRAPH)).containsExactly(
                "Vi saknar handlingsplan för suicidprevention. Vi har psykisk hälsa i fokus.",
                "Tack för det, t.ex. handlingsplan är viktigt! Bra.",
                LINE3);
        AutoCodePreview turns = search.preview(p, "handlingsplan", CodingFilter.ALL, "plan.gemensam",
                AutoCodeScope.TURN, "anna");
        assertThat(turns.proposals()).extracting(Proposal::passage).containsExactly(
                "Vi saknar handlingsplan för suicidprevention. Vi har psykisk hälsa i fokus.",
                "Tack för det, t.ex. handlingsplan är viktigt! Bra.");
        assertThat(turns.hits()).isEqualTo(3);
        assertThat(turns.outsideScope()).isEqualTo(1);
    }

    @Test
    void hitsInOneSentenceGiveOneCoding() throws Exception {
        AutoCodePreview preview = search.preview(p, "handlingsplan OR suicidprevention", CodingFilter.ALL,
                "Länsgemensam plan", AutoCodeScope.SENTENCE, "anna");
        assertThat(preview.hits()).isEqualTo(4);
        assertThat(preview.proposals()).hasSize(3);
    }

    @Test
    void applyIsOneChangeRecordedWithTheCoderAndCanBeUndone() throws Exception {
        AutoCodePreview preview = search.preview(p, "handlingsplan", CodingFilter.ALL,
                "Handlingsplaner/Länsgemensam plan", AutoCodeScope.PARAGRAPH, "Anna Kodare");
        assertThat(codings()).isZero(); // a preview changes nothing
        List<Long> ids = search.apply(p, preview);
        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        assertThat(codings()).isEqualTo(3);
        assertThat(coderNames()).containsExactly("Anna Kodare");
        assertThat(codeOf(ids.get(0))).isEqualTo(code.id());

        AutoCodePreview again = search.preview(p, "handlingsplan", CodingFilter.ALL, "plan.gemensam",
                AutoCodeScope.PARAGRAPH, "Anna Kodare");
        assertThat(again.proposals()).isEmpty();
        assertThat(again.alreadyCoded()).isEqualTo(3);
        assertThat(search.preview(p, "handlingsplan", CodingFilter.ALL, "plan.gemensam", AutoCodeScope.PARAGRAPH,
                "Bo").proposals()).hasSize(3); // another coder's work is their own

        assertThat(search.undo(p, ids)).isEqualTo(3);
        assertThat(codings()).isZero();
    }

    @Test
    void unknownCodesAndBadQueriesAreRefusedWithoutChange() {
        assertThatThrownBy(() -> search.preview(p, "handlingsplan", CodingFilter.ALL, "Finns inte",
                AutoCodeScope.MATCH, "anna")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no code \"Finns inte\"");
        assertThatThrownBy(() -> search.preview(p, "OR OR", CodingFilter.ALL, "plan", AutoCodeScope.MATCH, "anna"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not valid");
    }
}
