package se.dialogcoder.app.exchange;

import se.dialogcoder.app.Project;
import se.dialogcoder.app.codebook.CodebookService;
import se.dialogcoder.model.ImportCount;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.dialogcoder.exchange.CodeNames;
import se.dialogcoder.exchange.CodebookJson.Codebook;
import se.dialogcoder.exchange.ExchangeException;
import se.dialogcoder.exchange.ImportReport;
import se.dialogcoder.exchange.OffsetChoice;
import se.dialogcoder.exchange.OffsetUnit;
import se.dialogcoder.exchange.ProjectExport;
import se.dialogcoder.exchange.ProjectExport.CodingExport;
import se.dialogcoder.exchange.ProjectExport.DocumentExport;
import se.dialogcoder.exchange.QdpxReader;
import se.dialogcoder.exchange.QdpxWriter;
import se.dialogcoder.exchange.RefiCodebook;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.model.UserMessage;
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
    public ProjectExport snapshot(Project project) throws StoreException {
        return snapshot(project, false);
    }

    /** The snapshot, with repeated code names qualified ({@link CodeNames}) when asked. */
    private ProjectExport snapshot(Project project, boolean qualifiedNames) throws StoreException {
        return project.read(tx -> {
            ProjectInfo info = tx.project().info();
            List<Code> codes = qualifiedNames ? CodeNames.withQualifiedNames(tx.codes().list()) : tx.codes().list();
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

    public QdpxWriter.Summary exportQdpx(Project project, Path out) throws StoreException, ExchangeException {
        return exportQdpx(project, out, OffsetUnit.CODE_POINTS);
    }

    /** Writes a .qdpx with the positions in code points (the standard) or in UTF-16 units (for NVivo). */
    public QdpxWriter.Summary exportQdpx(Project project, Path out, OffsetUnit unit)
            throws StoreException, ExchangeException {
        return qdpxWriter.write(snapshot(project), out, unit);
    }

    /** What a .qdpx export wrote, in one sentence. */
    public static String describe(QdpxWriter.Summary s, Path out, OffsetUnit unit) {
        return "Wrote " + s.documents() + " documents, " + s.codes() + " codes, " + s.codings()
                + " codings, " + s.coders() + " coders and " + s.memos() + " memos to " + out
                + (unit == OffsetUnit.UTF16 ? " (positions in UTF-16 units, for NVivo)." : ".");
    }

    /** Writes the project's codebook as a REFI-QDA codebook; returns the number of codes. */
    public int exportQdc(Project project, Path out) throws StoreException, ExchangeException {
        return exportQdc(project, out, false);
    }

    private int exportQdc(Project project, Path out, boolean qualifiedNames)
            throws StoreException, ExchangeException {
        List<Code> codes = project.read(tx -> tx.codes().list());
        Codebook codebook = codebooks.fromCodes(project.info().name(),
                qualifiedNames ? CodeNames.withQualifiedNames(codes) : codes);
        refiCodebook.write(codebook, out, origin);
        return codebook.size();
    }

    /**
     * A REFI-QDA export ({@code qdpx} or {@code qdc}) and what the user should know about its code names.
     *
     * @param repeated the code names that several codes share, with their paths
     * @param qualified whether those names were written qualified ("Civilsamhälle (Suicidprevention)")
     * @param warnings one message per repeated name: its paths (and, when qualified, the names written)
     */
    public record RefiExport(Path file, String summary, List<CodeNames.Repeated> repeated, boolean qualified,
                             List<UserMessage> warnings) {
        public RefiExport {
            repeated = List.copyOf(repeated);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Writes a REFI-QDA project ({@code qdpx}) or codebook ({@code qdc}). Programs that key codes by name (QualCoder)
     * merge codes that share a name; such names are listed in the result's warnings, and with
     * {@code qualifiedNames} they are written qualified by their parent's path so that every name is unique.
     */
    public RefiExport exportRefi(String format, Project project, Path out, boolean qualifiedNames)
            throws StoreException, ExchangeException {
        return exportRefi(format, project, out, qualifiedNames, OffsetUnit.CODE_POINTS);
    }

    /** The same, a .qdpx with its positions in code points (the standard) or UTF-16 units (for NVivo). */
    public RefiExport exportRefi(String format, Project project, Path out, boolean qualifiedNames, OffsetUnit unit)
            throws StoreException, ExchangeException {
        List<Code> codes = project.read(tx -> tx.codes().list());
        List<CodeNames.Repeated> repeated = CodeNames.repeated(codes);
        boolean qualify = qualifiedNames && !repeated.isEmpty();
        String summary;
        if ("qdc".equals(format)) {
            summary = "Wrote " + exportQdc(project, out, qualify) + " codes to " + out + ".";
        } else if ("qdpx".equals(format)) {
            summary = describe(qdpxWriter.write(snapshot(project, qualify), out, unit), out, unit);
        } else {
            throw new IllegalArgumentException("not a REFI-QDA format: " + format);
        }
        Map<Long, String> written = qualify ? CodeNames.qualified(codes) : Map.of();
        List<UserMessage> warnings = new ArrayList<>();
        for (CodeNames.Repeated r : repeated) {
            String paths = String.join("; ", r.paths());
            if (qualify) {
                List<String> names = new ArrayList<>();
                for (Code c : codes) {
                    if (c.name().equals(r.name())) {
                        names.add("\"" + written.get(c.id()) + "\"");
                    }
                }
                warnings.add(UserMessage.of("refi.warn.qualifiedName", "the code name \"{0}\" is used by {1} codes "
                        + "({2}); they were written as {3}", r.name(), r.paths().size(), paths, String.join(", ", names)));
            } else {
                warnings.add(UserMessage.of("refi.warn.repeatedName", "the code name \"{0}\" is used by {1} codes: "
                        + "{2}. A program that needs unique code names (QualCoder) may merge them into one.", r.name(),
                        r.paths().size(), paths));
            }
        }
        return new RefiExport(out, summary, repeated, qualify, warnings);
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
    public CodebookImport importQdc(Project project, RefiCodebook.Read read) throws StoreException {
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
        return importQdpx(qdpx, newProject, OffsetChoice.AUTO);
    }

    /**
     * Imports a {@code .qdpx} with the positions counted as the user chose (parts not chosen are worked out). With
     * {@link OffsetChoice#AUTO}, a file whose positions fit no counting is refused ({@code OffsetsException}).
     */
    public ProjectImport importQdpx(Path qdpx, Path newProject, OffsetChoice offsets)
            throws ExchangeException, StoreException {
        return importer.importInto(qdpxReader, qdpx, newProject, offsets);
    }

    /** The export formats of this service: qdpx, qdc and the JSON codebook. */
    public List<Exporter> exporters() {
        return List.of(
                refi("qdpx", "REFI-QDA project (.qdpx) for NVivo, MAXQDA, ATLAS.ti, QualCoder"),
                refi("qdc", "REFI-QDA codebook (.qdc)"),
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

    /** A REFI-QDA format: warns about repeated code names and can write them qualified. */
    private Exporter refi(String id, String description) {
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
            public boolean canQualifyNames() {
                return true;
            }

            @Override
            public ExportResult export(Project project, Path out, String what)
                    throws StoreException, ExchangeException {
                return export(project, out, what, false);
            }

            @Override
            public ExportResult export(Project project, Path out, String what, boolean qualifiedNames)
                    throws StoreException, ExchangeException {
                RefiExport r = exportRefi(id, project, out, qualifiedNames);
                return new ExportResult(out, r.summary(), r.warnings());
            }
        };
    }

    private interface Work {
        String run(Project project, Path out) throws StoreException, ExchangeException;
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
            public ExportResult export(Project project, Path out, String what)
                    throws StoreException, ExchangeException {
                return new ExportResult(out, work.run(project, out));
            }
        };
    }
}
