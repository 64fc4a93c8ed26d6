package se.dialogcoder.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.app.documents.ImportService;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.NewCoding;

/**
 * Frequency stores built by the real export: a project (dialogues of Skåne and Norrbotten) exported as round 2023,
 * coded further and exported as 2024, coded further and exported as 2025; in {@link #shared} also a second project
 * (a coder's own copy, "Bo") exported for round 2025 with {@code --coder Bo}, so that round has two runs.
 *
 * <p>Codings of Skåne: 2023 Suicidprevention 2, Handlingsplaner 2; 2024 adds Suicidprevention / Efterlevandestöd 2;
 * 2025 adds Handlingsplaner 4. Norrbotten: Handlingsplaner 1 in every round. Bo's project: Skåne Suicidprevention 1.
 */
public final class TrendsFixture {
    public static final String SUICIDE = "Suicidprevention";
    public static final String BEREAVED = "Suicidprevention / Efterlevandestöd";
    public static final String PLANS = "Handlingsplaner";
    public final Services services;
    /** Three rounds, one run each. */
    public final Path store;
    /** The same three rounds plus Bo's run of round 2025. */
    public final Path shared;

    public TrendsFixture(Path dir) throws Exception {
        services = new Services(new AppPaths(dir.resolve("home")));
        Path in = Files.createDirectories(dir.resolve("in"));
        String text = "Dialogen handlade om handlingsplaner, suicidprevention och stöd till efterlevande.\n\n"
                .repeat(12);
        Files.writeString(in.resolve("2025_skane_lansdialog.txt"), text);
        Files.writeString(in.resolve("2025_norrbotten_lansdialog.txt"), "Norrbotten.\n\n" + text);
        store = dir.resolve("frekvenser.sqlite");
        shared = dir.resolve("delad.sqlite");
        try (Project p = project(dir.resolve("dialoger.dcproj"), "Länsdialoger", in)) {
            code(p, County.SKANE, SUICIDE, 2, "Anna", 0);
            code(p, County.SKANE, PLANS, 2, "Anna", 2);
            code(p, County.NORRBOTTEN, PLANS, 1, "Anna", 0);
            export(p, "2023", null);
            code(p, County.SKANE, BEREAVED, 2, "Anna", 4);
            export(p, "2024", null);
            code(p, County.SKANE, PLANS, 4, "Anna", 6);
            export(p, "2025", null);
        }
        try (Project p = project(dir.resolve("bo.dcproj"), "Bos kopia", in)) {
            code(p, County.SKANE, SUICIDE, 1, "Bo", 0);
            services.exchanges().frequencyExport().export(p, shared, "2025", "Bo");
        }
    }

    private Project project(Path file, String name, Path in) throws Exception {
        Project p = ProjectStores.create(file, name, "2025");
        services.exchanges().codebooks().install(p, services.exchanges().codebooks().json().defaultCodebook());
        for (County county : List.of(County.SKANE, County.NORRBOTTEN)) {
            Path source = in.resolve("2025_" + (county == County.SKANE ? "skane" : "norrbotten") + "_lansdialog.txt");
            ImportService.Report report = services.exchanges().imports().importPaths(p, List.of(source), county,
                    "2025", ImportService.NO_PROGRESS);
            assertThat(report.anyFailed()).as(report.toString()).isFalse();
        }
        return p;
    }

    private void export(Project p, String round, String coder) throws Exception {
        services.exchanges().frequencyExport().export(p, store, round, coder);
        services.exchanges().frequencyExport().export(p, shared, round, coder);
    }

    /** {@code n} codings of a code in the county's document, each on its own paragraph from paragraph {@code from}. */
    private static void code(Project p, County county, String path, int n, String coder, int from) throws Exception {
        Document d = p.read(tx -> tx.documents().list()).stream().filter(x -> x.county() == county).findFirst()
                .orElseThrow();
        Code code = new CodeTree(p.read(tx -> tx.codes().list())).resolve(path);
        int paragraph = 84; // characters of one paragraph with its blank line
        for (int i = 0; i < n; i++) {
            int start = (from + i) * paragraph;
            p.write(tx -> tx.codings().insertAll(List.of(new NewCoding(d.id(), code.id(), start, start + 40)),
                    tx.coders().getOrCreate(coder).id()));
        }
    }
}
