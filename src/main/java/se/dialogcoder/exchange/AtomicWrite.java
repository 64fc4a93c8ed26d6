package se.dialogcoder.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import se.dialogcoder.model.UserMessage;

/**
 * Writes a file through a temporary file beside it, moved into place only when complete: a failed or interrupted
 * export never leaves a half-written file, and an existing file is only replaced by a complete one.
 */
final class AtomicWrite {
    /** What writes the content. */
    interface Content {
        void write(OutputStream out) throws IOException, ExchangeException;
    }

    private AtomicWrite() {
    }

    static void write(Path target, Content content) throws ExchangeException {
        String name = String.valueOf(target.getFileName());
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            if (Files.isDirectory(target)) {
                throw new ExchangeException(UserMessage.of("err.write.folder",
                        "{0}: this is a folder; give a file name to write to.", name));
            }
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.write(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new ExchangeException(UserMessage.of("err.write.failed", "{0}: could not be written ({1}).", name,
                    e.getMessage()), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless; nothing else to do
                }
            }
        }
    }
}
