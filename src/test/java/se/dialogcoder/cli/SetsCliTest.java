package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;

/** The sets command and --set, as a user runs them on real files. */
class SetsCliTest extends CliTestBase {
    @TempDir
    Path dir;
    private Path project;
    private String skane;
    private String gotland;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() throws Exception {
        services = new Services(new AppPaths(dir.resolve("home")));
        project = dir.resolve("p.dcproj");
        Path files = Files.createDirectories(dir.resolve("in"));
        Files.writeString(files.resolve("2025_skane_lansdialog.txt"), AnalysisCommandsTest.SKANE);
        Files.writeString(files.resolve("2025_gotland_anteckningar.txt"), AnalysisCommandsTest.GOTLAND);
        assertThat(run("new", project.toString(), "--round", "2025")).isZero();
        assertThat(run("import", project.toString(), files.toString())).as(err).isZero();
        assertThat(run("info", project.toString(), "--json")).isZero();
        for (JsonNode d : json.readTree(out).get("documents")) {
            if ("12".equals(d.get("county").asText())) {
                skane = d.get("name").asText();
            } else {
                gotland = d.get("name").asText();
            }
        }
        assertThat(run("autocode", project.toString(), "--query", "handlingsplan", "--code", "Handlingsplaner",
                "--scope", "sentence", "--coder", "Anna")).as(err).isZero();
    }

    private int segments(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("frequencies", project.toString(), "--json"));
        args.addAll(List.of(extra));
        assertThat(run(args.toArray(String[]::new))).as(err).isZero();
        for (JsonNode r : json.readTree(out)) {
            if (r.get("code").asText().equals("Handlingsplaner")) {
                return r.get("segments").asInt();
            }
        }
        return -1;
    }

    @Test
    void aDocumentSetMadeOnTheCommandLineFiltersTheCounts() throws Exception {
        assertThat(segments()).isEqualTo(3);
        assertThat(run("sets", "create", project.toString(), "Södra län", "--documents", "--description",
                "Skåne med flera")).as(err).isZero();
        assertThat(err).contains("Created the document set \"Södra län\"");
        assertThat(run("sets", "add", project.toString(), "Södra län", "--document", skane)).as(err).isZero();
        assertThat(err).contains("Added 1 document to \"Södra län\"");

        assertThat(segments("--set", "Södra län")).isEqualTo(2);
        assertThat(segments("--set", "södra LÄN")).isEqualTo(2);
        assertThat(run("sets", "remove", project.toString(), "Södra län", "--document", skane, "--document", gotland))
                .as(err).isZero();
        assertThat(err).contains("Removed 1 document from \"Södra län\" (1 were not in it)");
        assertThat(segments("--set", "Södra län")).isZero();
    }

    @Test
    void countyGroupsAreFiltersWithoutCreatingAnything() throws Exception {
        assertThat(segments("--set", "Götaland")).isEqualTo(3);
        assertThat(segments("--set", "Sjukvårdsregion Södra")).isEqualTo(2);
        assertThat(segments("--set", "Stockholm-Gotland")).isEqualTo(1);
        assertThat(segments("--set", "Norrland")).isZero();
        assertThat(run("export", project.toString(), "--format", "csv", "--what", "segments", "--out",
                dir.resolve("s.csv").toString(), "--set", "Södra")).as(err).isZero();
        assertThat(Files.readString(dir.resolve("s.csv"))).contains("12,Skåne län").hasLineCount(3).doesNotContain("Gotland saknar");
        assertThat(run("search", project.toString(), "handlingsplan", "--set", "Norra", "--json")).isZero();
        assertThat(json.readTree(out)).isEmpty();
    }

    @Test
    void anUnknownSetIsAUsageErrorListingTheNames() throws Exception {
        run("sets", "create", project.toString(), "Kust", "--documents");
        assertThat(run("frequencies", project.toString(), "--set", "Kusten")).isEqualTo(2);
        assertThat(err).contains("no set or county group \"Kusten\"").contains("Kust, Götaland")
                .contains("Sjukvårdsregion Södra");
        assertThat(run("sets", "create", project.toString(), "Norrland", "--documents")).isEqualTo(2);
        assertThat(err).contains("built-in county group");
        assertThat(run("sets", "add", project.toString(), "Kust", "--code", "Handlingsplaner")).isEqualTo(2);
        assertThat(err).contains("is a document set");
        assertThat(run("sets", "add", project.toString(), "Kust", "--document", "finns inte")).isEqualTo(2);
        assertThat(err).contains("no document named \"finns inte\"");
    }

    @Test
    void codeSetsListingRenameAndDelete() throws Exception {
        assertThat(run("sets", "create", project.toString(), "Planer", "--codes")).isZero();
        assertThat(run("sets", "add", project.toString(), "Planer", "--code", "Handlingsplaner")).as(err).isZero();
        assertThat(run("frequencies", project.toString(), "--set", "Planer", "--json")).isZero();
        assertThat(json.readTree(out)).extracting(r -> r.get("code").asText()).containsExactly("Handlingsplaner");

        assertThat(run("sets", project.toString(), "--json")).as(err).isZero();
        JsonNode listed = json.readTree(out);
        assertThat(listed.get("sets")).singleElement().satisfies(s -> {
            assertThat(s.get("name").asText()).isEqualTo("Planer");
            assertThat(s.get("kind").asText()).isEqualTo("codes");
            assertThat(s.get("members").get(0).asText()).isEqualTo("Handlingsplaner");
        });
        assertThat(listed.get("countyGroups")).hasSize(9);
        assertThat(listed.get("countyGroups").get(2).get("name").asText()).isEqualTo("Norrland");
        assertThat(listed.get("countyGroups").get(2).get("counties")).extracting(JsonNode::asText)
                .containsExactly("21", "22", "23", "24", "25");

        assertThat(run("sets", "rename", project.toString(), "Planer", "Planerna")).as(err).isZero();
        assertThat(run("sets", "list", project.toString())).isZero();
        assertThat(out).contains("Code set \"Planerna\" (1 codes)").contains("Sjukvårdsregion Norra:");
        assertThat(run("sets", "delete", project.toString(), "Planerna")).as(err).isZero();
        assertThat(err).contains("Deleted the code set \"Planerna\"").contains("Backup:");
        assertThat(run("sets", project.toString())).isZero();
        assertThat(out).contains("No document sets or code sets yet");
    }
}
