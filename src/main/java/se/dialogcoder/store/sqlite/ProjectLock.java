package se.dialogcoder.store.sqlite;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.ProjectLockedException;
import se.dialogcoder.store.StoreException;

/**
 * One writer per project: an OS file lock on {@code <project>.lock}, held while the project is open for writing.
 * The operating system releases the lock when the process ends, however it ends, so a lock file left behind by a
 * crashed process is stale by construction: the next open takes the lock and rewrites the file.
 */
final class ProjectLock implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFile(Path project) {
        return project.resolveSibling(project.getFileName() + ".lock");
    }

    /** Takes the lock, or says who holds it. */
    static ProjectLock acquire(Path project) throws StoreException {
        Path file = lockFile(project);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(0, Long.MAX_VALUE, false);
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process (another window)
            }
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                String name = String.valueOf(project.getFileName());
                throw new ProjectLockedException(holder.isEmpty()
                        ? UserMessage.of("err.project.locked", "{0} is open in another DialogCoder window. Open it "
                                + "read-only, or close it there first.", name)
                        : UserMessage.of("err.project.lockedBy", "{0} is open in another DialogCoder window ({1}). "
                                + "Open it read-only, or close it there first.", name, holderMessage(holder)));
            }
            String who = "process " + ProcessHandle.current().pid() + " on " + host() + ", since "
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new ProjectLock(file, channel, lock);
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing more to release
                }
            }
            throw new StoreException(UserMessage.of("err.project.lockFile",
                    "{0}: the lock file {1} cannot be written ({2}).", String.valueOf(project.getFileName()),
                    String.valueOf(file.getFileName()), e.getMessage()), e);
        }
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(512);
            int n = channel.read(buf, 0);
            return n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** "process 4711 on host, since 2025-03-01 10:15" (as {@link #acquire} writes it) in the user's language. */
    static Object holderMessage(String holder) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("process (\\d+) on (.*), since (.*)")
                .matcher(holder);
        return m.matches() ? UserMessage.of("err.project.lockHolder", "process {0} on {1}, since {2}", m.group(1),
                m.group(2), m.group(3)) : holder;
    }

    private static String host() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        int at = name.indexOf('@');
        return at >= 0 ? name.substring(at + 1) : "this computer";
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a lock file left behind is harmless: the OS lock is gone with the channel
        }
    }
}
