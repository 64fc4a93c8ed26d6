package se.dialogcoder.app.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import se.dialogcoder.ingest.pii.ValueHash;

/**
 * The secrets behind the pseudonyms, one per project, kept in the user's data folder as
 * {@code <data>/pii-keys/<project uuid>.key} and never inside the project: a project file alone does not tell
 * which value got which pseudonym. The file holds 32 random bytes in Base64 (lines starting with {@code #} are
 * comments); on Linux and macOS only its owner may read it.
 */
public final class PseudonymKeys {
    private final Path folder;
    private final SecureRandom random = new SecureRandom();

    public PseudonymKeys(Path folder) {
        this.folder = folder;
    }

    /** A project's secret, and whether it was made just now. */
    public record Key(ValueHash hash, boolean created, Path file) {
    }

    /** Where the secret of a project lives. */
    public Path file(String projectUuid) {
        if (projectUuid == null || !projectUuid.matches("[0-9A-Za-z-]{1,64}")) {
            throw new IllegalArgumentException("not a project id: " + projectUuid);
        }
        return folder.resolve(projectUuid + ".key");
    }

    /** The secret of a project, if this computer has it. */
    public Optional<Key> find(String projectUuid) throws IOException {
        Path file = file(projectUuid);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(new Key(new ValueHash(read(file)), false, file));
    }

    /** The secret of a project, made (and saved) now if this computer has none. */
    public Key findOrCreate(String projectUuid) throws IOException {
        Optional<Key> existing = find(projectUuid);
        if (existing.isPresent()) {
            return existing.get();
        }
        Path file = file(projectUuid);
        Files.createDirectories(folder);
        byte[] secret = new byte[ValueHash.SECRET_BYTES];
        random.nextBytes(secret);
        Path tmp = Files.createTempFile(folder, ".new-", ".key");
        try {
            restrict(tmp);
            Files.writeString(tmp, "# DialogCoder pseudonym secret of project " + projectUuid + ".\n"
                    + "# Keep it private. Without it, new imports cannot give earlier values the same pseudonym.\n"
                    + Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, file); // fails if another process made one meanwhile: then use theirs
            return new Key(new ValueHash(secret), true, file);
        } catch (FileAlreadyExistsException e) {
            return find(projectUuid).orElseThrow(() -> e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] read(Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            try {
                byte[] secret = Base64.getDecoder().decode(s);
                if (secret.length == ValueHash.SECRET_BYTES) {
                    return secret;
                }
            } catch (IllegalArgumentException e) {
                // fall through to the message below
            }
            break;
        }
        throw new IOException(file.getFileName() + ": the pseudonym secret is damaged (expected "
                + ValueHash.SECRET_BYTES + " bytes in Base64); it was not replaced");
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the file inherits the ACL of the user's own data folder
        }
    }
}
