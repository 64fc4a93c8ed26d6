package se.dialogcoder.cli;

import se.dialogcoder.app.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.model.Texts;
import se.dialogcoder.app.Project;

@Command(name = "info", description = "Show a project: documents per county, units, codes, codings.")
final class InfoCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Location project;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ProjectInfo info;
        List<Document> docs;
        int codes;
        int codings;
        try (Project p = projects.forReading(project)) {
            info = p.info();
            docs = p.documents();
            codes = p.codeCount();
            codings = p.codingCount();
        }
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            Map<String, Object> proj = new LinkedHashMap<>();
            proj.put("id", info.id());
            proj.put("name", info.name());
            proj.put("round", info.round());
            proj.put("created", info.createdAt());
            proj.put("schemaVersion", info.schemaVersion());
            proj.put("file", project.file().map(f -> f.toAbsolutePath().toString()).orElse(project.toString()));
            root.put("project", proj);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Document d : docs) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", d.name());
                row.put("county", d.county() == null ? null : d.county().code());
                row.put("kind", d.kind().id());
                row.put("units", d.units());
                row.put("characters", d.characters());
                row.put("words", d.words());
                row.put("round", d.round());
                row.put("date", d.dialogueDate());
                rows.add(row);
            }
            root.put("documents", rows);
            root.put("codes", codes);
            root.put("codings", codings);
            out().println(Json.write(root));
            return Cli.OK;
        }
        out().printf("%s  (round %s, %s v%d)%n", info.name(), info.round() == null ? "–" : info.round(),
                project.file().isPresent() ? "file format" : "server schema",
                info.schemaVersion());
        out().printf("%d documents, %d codes, %d codings%n%n", docs.size(), codes, codings);
        Map<County, List<Document>> byCounty = new EnumMap<>(County.class);
        List<Document> unknown = new ArrayList<>();
        for (Document d : docs) {
            if (d.county() == null) {
                unknown.add(d);
            } else {
                byCounty.computeIfAbsent(d.county(), k -> new ArrayList<>()).add(d);
            }
        }
        for (County c : County.values()) {
            List<Document> list = byCounty.getOrDefault(c, List.of());
            out().printf("%s %-22s %2d%n", c.code(), c.officialName(), list.size());
            for (Document d : list) {
                printDoc(d);
            }
        }
        out().printf("-- %-22s %2d%n", "Okänt län", unknown.size());
        for (Document d : unknown) {
            printDoc(d);
        }
        return Cli.OK;
    }

    private void printDoc(Document d) {
        out().printf("     %-44s %-10s %4d units %7d words%n", Texts.oneLine(d.name()), d.kind().id(), d.units(), d.words());
    }
}
