package se.dialogcoder.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.dialogcoder.exchange.CodebookJson.Codebook;
import se.dialogcoder.exchange.ExchangeException;
import se.dialogcoder.exchange.ImportReport;
import se.dialogcoder.exchange.ProjectExport.CodingExport;
import se.dialogcoder.exchange.ProjectExport.DocumentExport;
import se.dialogcoder.exchange.ProjectExport;
import se.dialogcoder.exchange.QdpxReader;
import se.dialogcoder.exchange.QdpxWriter;
import se.dialogcoder.exchange.RefiCodebook;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.CodeTable.ImportCount;
import se.dialogcoder.store.ProjectFile;
import se.dialogcoder.store.StoreException;

/**
 * REFI-QDA exchange: reads a project from the store and hands it to the writers as plain records; reads archives
 * and codebooks and writes what they hold into a project through the store. The exchange layer itself never
 * touches the database.
 */
public final class ExchangeService {
    private final CodebookService codebooks;
    private final String origin;
    private final QdpxWriter qdpxWriter = new QdpxWriter();
    private final QdpxReader qdpxReader = new QdpxReader();
    private final RefiCodebook refiCodebook = new RefiCodebook();
    private final QdpxImporter importer = new QdpxImporter();

    /** @param origin the program name written into exported files, e.g. "DialogCoder 0.1.0" */
    public ExchangeService(CodebookService codebooks, String origin) {
        this.codebooks = codebooks;
        this.origin = origin;
    }

    /** The project as the REFI-QDA writer needs it, read in one go. */
    public ProjectExport snapshot(ProjectFile project) throws StoreException {
        return project.read(tx -> {
            ProjectInfo info = tx.project().info();
            List<Code> codes = tx.codes().list();
            Map<Long, String> codeMemos = new HashMap<>();
            for (Code c : codes) {
                String memo = tx.codes().memo(c.id());
                if (memo != null && !memo.isBlank()) {
                    codeMemos.put(c.id(), memo);
                }
            }
            List<DocumentExport> docs = new ArrayList<>();
            for (Document d : tx.documents().list()) {
                List<CodingExport> codings = new ArrayList<>();
                for (Coding c : tx.codings().forDocument(d.id())) {
                    codings.add(new CodingExport(c, blankToNull(tx.codings().memo(c.id()))));
                }
                docs.add(new DocumentExport(d, tx.documents().text(d.id()), blankToNull(tx.documents().memo(d.id())),
                        tx.documents().attributes(d.id()), codings));
            }
            return new ProjectExport(info.id(), info.name(), info.createdAt(), blankToNull(tx.project().memo()),
                    origin, tx.coders().list(), codes, codeMemos, docs, tx.sets().list());
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public QdpxWriter.Summary exportQdpx(ProjectFile project, Path out) throws StoreException, ExchangeException {
        return qdpxWriter.write(snapshot(project), out);
    }

    /** Writes the project's codebook as a REFI-QDA codebook; returns the number of codes. */
    public int exportQdc(ProjectFile project, Path out) throws StoreException, ExchangeException {
        Codebook codebook = codebooks.fromProject(project);
        refiCodebook.write(codebook, out, origin);
        return codebook.size();
    }

    /** What a project import did; {@code report} lists everything not taken over. */
    public record ProjectImport(Path project, int documents, int codes, int codings, int coders,
                                ImportReport report) {
    }

    /** What a codebook import did. */
    public record CodebookImport(ImportCount count, ImportReport report) {
    }

    /**
     * Adds the codes of a REFI-QDA codebook ({@code .qdc}, or the codebook of a {@code .qde}/{@code .qdpx}) to a
     * project in one transaction. The file is read completely before the project is touched.
     */
    public CodebookImport importQdc(ProjectFile project, RefiCodebook.Read read) throws StoreException {
        return new CodebookImport(codebooks.install(project, read.codebook()), read.report());
    }

    /** Reads a REFI-QDA codebook without touching any project. */
    public RefiCodebook.Read readQdc(Path file) throws ExchangeException {
        return refiCodebook.read(file);
    }

    /**
     * Imports a {@code .qdpx} into a NEW project file. The archive is read and checked completely first; the
     * project is built in a hidden file beside the target and moved into place only when everything is stored, so
     * a failure leaves no project behind. An existing file is never touched.
     */
    public ProjectImport importQdpx(Path qdpx, Path newProject) throws ExchangeException, StoreException {
        return importer.importInto(qdpxReader, qdpx, newProject);
    }

    /** The export formats of this service: qdpx, qdc and the JSON codebook. */
    public List<Exporter> exporters() {
        return List.of(
                format("qdpx", "REFI-QDA project (.qdpx) for NVivo, MAXQDA, ATLAS.ti, QualCoder", (p, out) -> {
                    QdpxWriter.Summary s = exportQdpx(p, out);
                    return "Wrote " + s.documents() + " documents, " + s.codes() + " codes, " + s.codings()
                            + " codings, " + s.coders() + " coders and " + s.memos() + " memos to " + out + ".";
                }),
                format("qdc", "REFI-QDA codebook (.qdc)", (p, out) -> "Wrote " + exportQdc(p, out) + " codes to "
                        + out + "."),
                format("json", "DialogCoder JSON codebook", (p, out) -> {
                    Codebook codebook = codebooks.fromProject(p);
                    try {
                        codebooks.json().write(codebook, out);
                    } catch (IOException e) {
                        throw new ExchangeException(UserMessage.of("err.write.failed", "{0}: could not be written "
                                + "({1}).", String.valueOf(out.getFileName()), e.getMessage()), e);
                    }
                    return "Wrote " + codebook.size() + " codes to " + out + ".";
                }));
    }

    private interface Work {
        String run(ProjectFile project, Path out) throws StoreException, ExchangeException;
    }

    private static Exporter format(String id, String description, Work work) {
        return new Exporter() {
            @Override
            public String format() {
                return id;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public ExportResult export(ProjectFile project, Path out, String what)
                    throws StoreException, ExchangeException {
                return new ExportResult(out, work.run(project, out));
            }
        };
    }
}
