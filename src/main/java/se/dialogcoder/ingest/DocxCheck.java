package se.dialogcoder.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import se.dialogcoder.model.UserMessage;

/**
 * Looks at a .docx before POI opens it: tells an encrypted or legacy Word file apart from a broken one, and
 * unpacks the XML parts once, counting bytes, so a zip bomb is refused before any of it is held in memory.
 */
final class DocxCheck {
    static final UserMessage NOT_DOCX = UserMessage.of("err.import.notDocx", "not a valid Word document (corrupt or not .docx)");
    static final UserMessage ENCRYPTED = UserMessage.of("err.import.docxEncrypted",
            "the Word document is password-protected (encrypted); save it without a password");
    static final UserMessage LEGACY_DOC = UserMessage.of("err.import.legacyDoc",
            "this is an old Word 97-2003 document (.doc); save it as .docx");
    static final UserMessage TOO_BIG_INSIDE = UserMessage.of("err.import.docxTooBigInside",
            "the Word document unpacks to more than the allowed size (zip bomb?)");

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private DocxCheck() {
    }

    static void check(Path file) throws ImportException {
        byte[] head = head(file);
        if (startsWith(head, OLE2)) {
            throw new ImportException(file, ole2Reason(file));
        }
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new ImportException(file, NOT_DOCX);
        }
        scanZip(file);
    }

    private static void scanZip(Path file) throws ImportException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int entries = 0;
            long totalXml = 0;
            byte[] buffer = new byte[64 * 1024];
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > Limits.MAX_DOCX_ENTRIES) {
                    throw new ImportException(file, TOO_BIG_INSIDE);
                }
                if (entry.isDirectory() || !isXml(entry.getName())) {
                    continue;
                }
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        size += read;
                        totalXml += read;
                        if (size > Limits.MAX_DOCX_PART_BYTES || totalXml > Limits.MAX_DOCX_TOTAL_XML_BYTES) {
                            throw new ImportException(file, TOO_BIG_INSIDE);
                        }
                    }
                }
            }
            if (zip.getEntry("[Content_Types].xml") == null) {
                throw new ImportException(file, NOT_DOCX);
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportException(file, NOT_DOCX, e);
        }
    }

    private static UserMessage ole2Reason(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return ENCRYPTED;
            }
            if (root.hasEntry("WordDocument")) {
                return LEGACY_DOC;
            }
            return NOT_DOCX;
        } catch (IOException | RuntimeException e) {
            return NOT_DOCX;
        }
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    private static byte[] head(Path file) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException | SecurityException e) {
            throw new ImportException(file, FileChecks.UNREADABLE, e);
        }
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
