package se.dialogcoder.app.exchange;

import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.app.documents.ImportService;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.NewCoding;

/**
 * A project to export: the 21 sample dialogues with the default codebook, one note of unknown county whose text has
 * HTML in it ({@code <script>}, {@code &}), and 240 codings placed by a seeded random generator (two coders, every
 * level of the codebook, overlapping passages, some with memos), plus two coded passages of the HTML note.
 */
public final class ExportFixture {
    public static final String HOSTILE = "Anteckning: <script>alert(\"x\")</script> & \"citat\" <b>fet</b> 5 < 7.";
    public final Services services;
    public final Path project;
    public final List<Long> codings = new ArrayList<>();

    public ExportFixture(Path dir) throws Exception {
        services = new Services(new AppPaths(dir.resolve("home")));
        project = dir.resolve("export.dcproj");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("okand_anteckning.txt"), "Minnesanteckning utan län\n\n" + HOSTILE
                + "\n\nEfterlevande fick stöd.\n");
        try (Project p = ProjectStores.create(project, "Exportprojekt", "2025")) {
            services.exchanges().codebooks().install(p, services.exchanges().codebooks().json().defaultCodebook());
            ImportService.Report report = services.exchanges().imports().importPaths(p,
                    List.of(Path.of(System.getProperty("samples.dir", "samples")), in), null, "2025",
                    ImportService.NO_PROGRESS);
            assertThat(report.anyFailed()).as(report.toString()).isFalse();
            List<Document> documents = p.read(tx -> tx.documents().list());
            assertThat(documents).hasSize(22);
            CodeTree tree = new CodeTree(p.read(tx -> tx.codes().list()));
            List<Code> codes = tree.all();
            Random random = new Random(20251123);
            for (int i = 0; i < 240; i++) {
                Document d = documents.get(random.nextInt(documents.size()));
                Code code = codes.get(random.nextInt(codes.size()));
                int start = random.nextInt(Math.max(1, d.characters() - 20));
                int end = Math.min(d.characters(), start + 20 + random.nextInt(400));
                String coder = random.nextInt(3) == 0 ? "Bo" : "Anna";
                long id = code(p, d, code, coder, start, end);
                if (random.nextInt(8) == 0) {
                    p.write(tx -> {
                        tx.codings().setMemo(id, "Memo " + id + ": jämför med förra året; \"citat\", semikolon;");
                        return null;
                    });
                }
            }
            Document note = documents.stream().filter(d -> d.county() == null).findFirst().orElseThrow();
            String text = p.read(tx -> tx.documents().text(note.id()));
            int at = text.codePointCount(0, text.indexOf(HOSTILE));
            Code suicide = tree.resolve("Suicidprevention / Efterlevandestöd");
            code(p, note, suicide, "Anna", at, at + HOSTILE.codePointCount(0, HOSTILE.length()));
            code(p, note, tree.resolve("Suicidprevention"), "Bo", at + 12, at + 40);
        }
    }

    private long code(Project p, Document d, Code code, String coder, int start, int end) throws Exception {
        long id = p.write(tx -> tx.codings().insertAll(List.of(new NewCoding(d.id(), code.id(), start, end)),
                tx.coders().getOrCreate(coder).id()).get(0));
        codings.add(id);
        return id;
    }
}
