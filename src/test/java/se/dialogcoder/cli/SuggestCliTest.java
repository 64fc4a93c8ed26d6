package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;

class SuggestCliTest extends CliTestBase {
    private static final String GRIEF = "Efterlevande får stöd av kuratorn efter ett suicid.";
    private static final String PLAN = "Handlingsplanen för länet antogs av styrgruppen.";
    private static final String GRIEF_CODE = "Suicidprevention / Efterlevandestöd";
    private static final String PLAN_CODE = "Handlingsplaner / Länsgemensam plan";

    @TempDir
    Path dir;
    private Path project;
    private final String skane = GRIEF + "\n\n" + PLAN + "\n\nStödet till efterlevande familjer byggs ut.\n";
    private final String uppsala = PLAN + "\n\n" + GRIEF + "\n\nVi reviderar handlingsplanerna varje år.\n";

    @BeforeEach
    void setUp() throws Exception {
        services = new Services(new AppPaths(dir.resolve("home")));
        project = dir.resolve("p.dcproj");
        Files.writeString(dir.resolve("2025_skane_dialog.txt"), skane);
        Files.writeString(dir.resolve("2025_uppsala_dialog.txt"), uppsala);
        assertThat(run("new", project.toString(), "--round", "2025")).isZero();
        assertThat(run("import", project.toString(), dir.resolve("2025_skane_dialog.txt").toString(),
                dir.resolve("2025_uppsala_dialog.txt").toString())).as(err).isZero();
        code("2025_skane_dialog", skane, GRIEF, GRIEF_CODE);
        code("2025_skane_dialog", skane, PLAN, PLAN_CODE);
        code("2025_uppsala_dialog", uppsala, PLAN, PLAN_CODE);
    }

    private void code(String document, String text, String passage, String code) {
        int start = text.indexOf(passage);
        assertThat(run("code", project.toString(), "--document", document, "--start", Integer.toString(start),
                "--end", Integer.toString(start + passage.length()), "--code", code, "--coder", "Anna")).as(err)
                .isZero();
    }

    @Test
    void suggestPrintsOffsetsCodeAndScoreForTheUncodedUnits() throws Exception {
        assertThat(run("suggest", project.toString(), "--document", "2025_uppsala_dialog", "--json")).as(err).isZero();
        JsonNode rows = new ObjectMapper().readTree(out);
        assertThat(rows.size()).isPositive();
        JsonNode first = rows.get(0);
        assertThat(first.has("start") && first.has("end") && first.has("code") && first.has("score")).isTrue();
        int grief = uppsala.indexOf(GRIEF);
        JsonNode onGrief = null;
        for (JsonNode r : rows) {
            assertThat(r.path("score").asDouble()).isBetween(0.0, 1.0);
            // the plan paragraph is already coded with the plan code: never suggested again there
            assertThat(r.path("start").asInt() == uppsala.indexOf(PLAN) && r.path("code").asText().equals(PLAN_CODE))
                    .isFalse();
            if (r.path("start").asInt() == grief) {
                onGrief = onGrief == null ? r : onGrief;
            }
        }
        assertThat(onGrief).isNotNull();
        assertThat(onGrief.path("end").asInt()).isEqualTo(grief + GRIEF.length());
        assertThat(onGrief.path("code").asText()).isEqualTo(GRIEF_CODE);
    }

    @Test
    void anUnknownDocumentIsRefusedByName() {
        assertThat(run("suggest", project.toString(), "--document", "finns_inte")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("finns_inte");
    }

    @Test
    void suggestEvalHoldsOutEachCounty() throws Exception {
        assertThat(run("suggest-eval", project.toString(), "--json")).as(err).isZero();
        JsonNode r = new ObjectMapper().readTree(out);
        assertThat(r.path("counties").asInt()).isEqualTo(2);
        assertThat(r.path("units").asInt()).isEqualTo(6);
        JsonNode overall = r.path("overall");
        assertThat(overall.path("coded").asInt()).isEqualTo(3);
        // the grief passage is coded only in Skåne: held out, nothing else teaches it, so it cannot be found
        JsonNode grief = null;
        for (JsonNode c : r.path("codes")) {
            if (c.path("code").asText().equals(GRIEF_CODE)) {
                grief = c;
            }
        }
        assertThat(grief).isNotNull();
        assertThat(grief.path("coded").asInt()).isEqualTo(1);
        assertThat(grief.path("recall").asDouble()).isZero();
        assertThat(run("suggest-eval", project.toString())).isZero();
        assertThat(out).contains("p@1", "p@3", "recall", "OVERALL", PLAN_CODE);
    }
}
