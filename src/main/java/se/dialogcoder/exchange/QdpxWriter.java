package se.dialogcoder.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import se.dialogcoder.exchange.ProjectExport.DocumentExport;

/**
 * Writes a REFI-QDA project archive ({@code .qdpx}): {@code project.qde} and {@code sources/<guid>.txt}, the
 * stored text of each document in UTF-8 without a byte order mark, so the code-point offsets of the selections
 * count exactly that text. Entries carry a fixed time stamp: the same project gives the same archive.
 */
public final class QdpxWriter {
    /** Time stamp of every entry, fixed so that exports can be compared byte for byte. */
    static final FileTime ENTRY_TIME = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    /** What was written. */
    public record Summary(int documents, int codes, int codings, int coders, int memos) {
    }

    public Summary write(ProjectExport project, Path file) throws ExchangeException {
        QdeWriter qde = new QdeWriter(project);
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
