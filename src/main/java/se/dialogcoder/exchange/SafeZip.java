package se.dialogcoder.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import se.dialogcoder.model.UserMessage;

/**
 * A zip archive read with limits, so a hostile file cannot exhaust memory or disk. Nothing is ever unpacked to
 * disk: entries are read into memory on request, counting bytes as they come (sizes declared in the archive are
 * not trusted).
 *
 * <ul>
 *   <li>at most {@value #MAX_ENTRIES} entries;</li>
 *   <li>no entry name that could escape a folder ("zip slip"): no {@code ..} segment, no absolute path, no drive
 *       letter, no NUL — the whole archive is refused;</li>
 *   <li>each entry read is at most the caller's limit (see {@link #MAX_XML_BYTES}, {@link #MAX_TEXT_BYTES});</li>
 *   <li>all entries read together at most {@value #MAX_TOTAL_BYTES} bytes;</li>
 *   <li>an entry that unpacks to more than {@value #MAX_RATIO} times its packed size (beyond the first MiB) is
 *       refused as a zip bomb.</li>
 * </ul>
 */
public final class SafeZip implements AutoCloseable {
    public static final int MAX_ENTRIES = 10_000;
    /** Largest XML part read (project.qde): 64 MiB. */
    public static final long MAX_XML_BYTES = 64L * 1024 * 1024;
    /** Largest text source or note read: 16 MiB (the import limit for text files). */
    public static final long MAX_TEXT_BYTES = 16L * 1024 * 1024;
    /** Most bytes read from one archive in total: 512 MiB. */
    public static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;
    /** Highest unpacked/packed ratio accepted once an entry is past {@link #RATIO_FREE_BYTES}. */
    public static final int MAX_RATIO = 100;
    static final long RATIO_FREE_BYTES = 1024L * 1024;

    private final String fileName;
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries;
    private final Map<String, String> byLowerCase = new java.util.HashMap<>();
    private long totalRead;

    private SafeZip(String fileName, ZipFile zip, Map<String, ZipEntry> entries) {
        this.fileName = fileName;
        this.zip = zip;
        this.entries = entries;
        for (String n : entries.keySet()) {
            byLowerCase.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
        }
    }

    /** Opens an archive, refusing files that are not zip archives and archives with hostile entry names. */
    public static SafeZip open(Path file) throws ExchangeException {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new ExchangeException(UserMessage.of("err.exchange.missing", "{0}: no such file.", name));
        }
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 4);
            if (n == 0) {
                throw new ExchangeException(UserMessage.of("err.refi.empty",
                        "{0}: the file is empty; it is not a REFI-QDA project (.qdpx).", name));
            }
            if (n < 4 || head[0] != 'P' || head[1] != 'K') {
                throw new ExchangeException(UserMessage.of("err.refi.notZip",
                        "{0}: not a zip archive, so not a REFI-QDA project (.qdpx).", name));
            }
        } catch (IOException e) {
            throw new ExchangeException(UserMessage.of("err.exchange.unreadable", "{0}: the file cannot be read ({1}).",
                    name, e.getMessage()), e);
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ExchangeException(UserMessage.of("err.refi.damagedZip", "{0}: a damaged zip archive ({1}).", name,
                    e.getMessage()), e);
        } catch (IOException e) {
            throw new ExchangeException(UserMessage.of("err.exchange.unreadable", "{0}: the file cannot be read ({1}).",
                    name, e.getMessage()), e);
        }
        try {
            return new SafeZip(name, zip, checkedEntries(name, zip));
        } catch (ExchangeException | RuntimeException e) {
            closeQuietly(zip);
            if (e instanceof ExchangeException ee) {
                throw ee;
            }
            throw new ExchangeException(UserMessage.of("err.refi.damagedZip", "{0}: a damaged zip archive ({1}).", name,
                    e.getMessage()), e);
        }
    }

    private static Map<String, ZipEntry> checkedEntries(String name, ZipFile zip) throws ExchangeException {
        if (zip.size() > MAX_ENTRIES) {
            throw new ExchangeException(UserMessage.of("err.refi.tooManyEntries",
                    "{0}: the archive has {1} entries, more than the {2} accepted (zip bomb?).", name, zip.size(),
                    MAX_ENTRIES));
        }
        Map<String, ZipEntry> out = new LinkedHashMap<>();
        Enumeration<? extends ZipEntry> e = zip.entries();
        int count = 0;
        while (e.hasMoreElements()) {
            ZipEntry entry = e.nextElement();
            if (++count > MAX_ENTRIES) {
                throw new ExchangeException(UserMessage.of("err.refi.moreEntries",
                        "{0}: the archive has more than {1} entries (zip bomb?).", name, MAX_ENTRIES));
            }
            UserMessage unsafe = unsafeReason(entry.getName());
            if (unsafe != null) {
                throw new ExchangeException(UserMessage.of("err.refi.unsafeEntry", "{0}: the archive contains an "
                        + "entry named \"{1}\", {2}; the file is refused (a \"zip slip\" attack?).", name,
                        printable(entry.getName()), unsafe));
            }
            if (!entry.isDirectory()) {
                out.putIfAbsent(entry.getName().replace('\\', '/'), entry);
            }
        }
        return out;
    }

    /** Why an entry name is unsafe, or null when it is fine. */
    static UserMessage unsafeReason(String entryName) {
        if (entryName.isEmpty()) {
            return UserMessage.of("err.refi.unsafe.empty", "an empty name");
        }
        if (entryName.indexOf('\0') >= 0) {
            return UserMessage.of("err.refi.unsafe.nul", "which contains a NUL character");
        }
        String n = entryName.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return UserMessage.of("err.refi.unsafe.absolute", "which is an absolute path");
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                return UserMessage.of("err.refi.unsafe.outside", "which points outside the archive folder");
            }
        }
        return null;
    }

    private static String printable(String s) {
        return s.replaceAll("\\p{Cntrl}", "?");
    }

    /** File names of all entries (folders left out), with {@code /} as separator, in archive order. */
    public List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(entries.keySet()));
    }

    /** The entry of exactly that name, else of that name ignoring case. */
    public Optional<String> find(String name) {
        if (entries.containsKey(name)) {
            return Optional.of(name);
        }
        return Optional.ofNullable(byLowerCase.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The archive's own file name, for messages. */
    public String fileName() {
        return fileName;
    }

    /**
     * Reads one entry into memory.
     *
     * @param limit the most bytes this entry may unpack to
     */
    public byte[] read(String name, long limit) throws ExchangeException {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            throw new ExchangeException(UserMessage.of("err.refi.noEntry", "{0}: the archive has no entry \"{1}\".",
                    fileName, name));
        }
        if (entry.getSize() > limit) {
            throw tooBig(name, limit);
        }
        long packed = entry.getCompressedSize();
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(entry.getSize(), 0), 1 << 20));
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                read += n;
                if (read > limit) {
                    throw tooBig(name, limit);
                }
                if (totalRead + read > MAX_TOTAL_BYTES) {
                    throw new ExchangeException(UserMessage.of("err.refi.tooBigTotal",
                            "{0}: the archive unpacks to more than {1} MiB in total, more than accepted (zip bomb?).",
                            fileName, mib(MAX_TOTAL_BYTES)));
                }
                if (read > RATIO_FREE_BYTES && packed > 0 && read / packed > MAX_RATIO) {
                    throw new ExchangeException(UserMessage.of("err.refi.ratio", "{0}: the entry \"{1}\" unpacks "
                            + "to more than {2} times its packed size; refused as a likely zip bomb.", fileName, name,
                            MAX_RATIO));
                }
                out.write(buffer, 0, n);
            }
        } catch (ZipException e) {
            throw new ExchangeException(UserMessage.of("err.refi.entryDamaged", "{0}: the entry \"{1}\" is damaged "
                    + "({2}).", fileName, name, e.getMessage()), e);
        } catch (IOException e) {
            throw new ExchangeException(UserMessage.of("err.refi.entryUnreadable", "{0}: the entry \"{1}\" cannot "
                    + "be read ({2}).", fileName, name, e.getMessage()), e);
        }
        totalRead += read;
        return out.toByteArray();
    }

    private ExchangeException tooBig(String name, long limit) {
        return new ExchangeException(UserMessage.of("err.refi.entryTooBig", "{0}: the entry \"{1}\" unpacks to more "
                + "than {2} MiB, the limit for this kind of entry (zip bomb?).", fileName, name, mib(limit)));
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** Whether a name ends with an extension, ignoring case. */
    static boolean hasExtension(String name, String extension) {
        return name.toLowerCase(Locale.ROOT).endsWith(extension);
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing was written; nothing to lose
        }
    }
}
