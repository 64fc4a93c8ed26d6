package se.dialogcoder.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The peak resident memory of this process as the operating system counts it: heap, the JVM's own memory, native
 * libraries (SQLite's page cache) and mapped files alike. Linux reports it as {@code VmHWM} in
 * {@code /proc/self/status}; elsewhere it is not known here.
 */
public final class PeakMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private PeakMemory() {
    }

    /** The peak resident set size so far in bytes, or -1 where the system does not report it. */
    public static long residentBytes() {
        try {
            return parse(Files.readString(STATUS, StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The {@code VmHWM} of a {@code /proc/PID/status} text in bytes, or -1 when it has none. */
    static long parse(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmHWM:")) {
                String[] parts = line.substring(6).trim().split("\\s+");
                long value = Long.parseLong(parts[0]);
                return parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? value * 1024 : value;
            }
        }
        return -1;
    }
}
