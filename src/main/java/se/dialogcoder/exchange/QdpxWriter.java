package se.dialogcoder.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import se.dialogcoder.exchange.ProjectExport.CodingExport;
import se.dialogcoder.exchange.ProjectExport.DocumentExport;
import se.dialogcoder.model.Coding;

/**
 * Writes a REFI-QDA project archive ({@code .qdpx}): {@code project.qde} and {@code sources/<guid>.txt}, the
 * stored text of each document in UTF-8 without a byte order mark, so the code-point offsets of the selections
 * count exactly that text (or, on request, its UTF-16 units for NVivo). Entries carry a fixed time stamp: the same project gives the same archive.
 */
public final class QdpxWriter {
    /** Time stamp of every entry, fixed so that exports can be compared byte for byte. */
    static final FileTime ENTRY_TIME = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    /** What was written. */
    public record Summary(int documents, int codes, int codings, int coders, int memos) {
    }

    public Summary write(ProjectExport project, Path file) throws ExchangeException {
        return write(project, file, OffsetUnit.CODE_POINTS);
    }

    /**
     * Writes the archive with the positions counted in {@code unit}: code points (REFI-QDA), or UTF-16 units of the
     * same text (what NVivo reads; the origin then says so, so that an import knows).
     */
    public Summary write(ProjectExport export, Path file, OffsetUnit unit) throws ExchangeException {
        ProjectExport project = unit == OffsetUnit.UTF16 ? inUtf16(export) : export;
        QdeWriter qde = new QdeWriter(project, unit);
        int[] counts = new int[2];
        AtomicWrite.write(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                zip.putNextEntry(entry("project.qde"));
                qde.write(new NoClose(zip));
                zip.closeEntry();
                for (DocumentExport d : project.documents()) {
                    zip.putNextEntry(entry("sources/" + qde.sourceGuid(d.document()) + ".txt"));
                    zip.write(d.text().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                    counts[0] += d.codings().size();
                    counts[1] += (d.memo() == null ? 0 : 1)
                            + (int) d.codings().stream().filter(c -> c.memo() != null).count();
                }
            } catch (XMLStreamException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
        int memos = counts[1] + project.codeMemos().size() + (project.memo() == null ? 0 : 1);
        return new Summary(project.documents().size(), project.codes().size(), counts[0], project.coders().size(),
                memos);
    }

    /** The same project with every coding's positions in UTF-16 units of its document's text. */
    static ProjectExport inUtf16(ProjectExport p) {
        List<DocumentExport> docs = new ArrayList<>();
        for (DocumentExport d : p.documents()) {
            List<CodingExport> codings = new ArrayList<>();
            String t = d.text();
            for (CodingExport ce : d.codings()) {
                Coding c = ce.coding();
                int s = t.offsetByCodePoints(0, c.start());
                int e = t.offsetByCodePoints(s, c.end() - c.start());
                codings.add(new CodingExport(new Coding(c.id(), c.documentId(), c.codeId(), c.coderId(), s, e,
                        c.createdAt()), ce.memo()));
            }
            docs.add(new DocumentExport(d.document(), t, d.memo(), d.attributes(), codings));
        }
        return new ProjectExport(p.uuid(), p.name(), p.createdAt(), p.memo(), p.origin() + " " + UTF16_ORIGIN,
                p.coders(), p.codes(), p.codeMemos(), docs);
    }

    /** Added to the origin of an export in UTF-16 units ({@link OffsetCounting#forOrigin} reads it back). */
    static final String UTF16_ORIGIN = "(positions in UTF-16 units)";

    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTime(ENTRY_TIME.toMillis());
        return e;
    }

    /** Keeps the XML writer from closing the zip stream under it. */
    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
