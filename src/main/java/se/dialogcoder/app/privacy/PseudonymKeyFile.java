package se.dialogcoder.app.privacy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a pseudonym key (original → pseudonym) to a file the user named: UTF-8 CSV with the columns
 * {@code pseudonym,kind,original}, every field quoted, one line per spelling of a value. An existing file is
 * never overwritten. On Linux and macOS only the owner may read it.
 */
public final class PseudonymKeyFile {
    private PseudonymKeyFile() {
    }

    /** The entries without repeats, ordered by kind, number and spelling. */
    public static List<KeyEntry> sorted(Collection<KeyEntry> entries) {
        return entries.stream().distinct()
                .sorted(Comparator.comparing(KeyEntry::kind).thenComparingInt(KeyEntry::number)
                        .thenComparing(KeyEntry::original))
                .toList();
    }

    public static void write(Path file, Collection<KeyEntry> entries) throws IOException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "the key file exists already; "
                    + "choose a new name (a key file is never overwritten)");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            restrict(file);
            w.write("\"pseudonym\",\"kind\",\"original\"\n");
            for (KeyEntry e : sorted(entries)) {
                w.write(quote(e.pseudonym()) + "," + quote(e.kind().id()) + "," + quote(e.original()) + "\n");
            }
        }
    }

    static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the file gets the permissions of the folder the user chose
        }
    }
}
