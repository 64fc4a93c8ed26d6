package se.dialogcoder.ingest.pii;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.dialogcoder.ingest.ImportException;
import se.dialogcoder.model.UserMessage;

/**
 * The user's list of names to look for. The file is plain UTF-8 text, one name per line; everything after a
 * {@code #} is a comment; blank lines are ignored. A name may have several words ({@code Anna-Karin Lindqvist}).
 * Names match whole words without regard to case. A line that starts with {@code =} holds a name that must match
 * with exactly this case, for names that are also ordinary words ({@code =Per} finds "Per" but not "per år").
 */
public final class NameList {
    /** Largest names file read: 4 MiB. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    /** One name: its words, and whether case must match. */
    public record Entry(List<String> words, boolean exactCase) {
        public Entry {
            words = List.copyOf(words);
        }

        public String text() {
            return String.join(" ", words);
        }
    }

    private static final NameList EMPTY = new NameList(List.of());

    private final List<Entry> entries;

    private NameList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static NameList empty() {
        return EMPTY;
    }

    public static NameList of(String... names) {
        return parse(String.join("\n", names));
    }

    /** Reads the lines of a names file (see the class comment). */
    public static NameList parse(String content) {
        Set<Entry> entries = new LinkedHashSet<>();
        for (String raw : content.split("\\R")) {
            String line = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = Normalizer.normalize(line, Normalizer.Form.NFC).strip();
            boolean exact = line.startsWith("=");
            if (exact) {
                line = line.substring(1).strip();
            }
            if (line.codePointCount(0, line.length()) < 2) {
                continue; // a single letter would match everywhere
            }
            entries.add(new Entry(List.of(line.split("[\\s\\u00A0]+")), exact));
        }
        return new NameList(new ArrayList<>(entries));
    }

    /** Reads a names file; a missing, unreadable or non-UTF-8 file is an {@link ImportException}. */
    public static NameList read(Path file) throws ImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(file, UserMessage.of("err.names.folder", "this is a folder, not a names file"));
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ImportException(file, UserMessage.of("err.names.tooLarge", "the names file is larger than 4 MiB"));
            }
            byte[] bytes = Files.readAllBytes(file);
            String content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return parse(content);
        } catch (NoSuchFileException e) {
            throw new ImportException(file, UserMessage.of("err.names.missing", "no such names file"));
        } catch (CharacterCodingException e) {
            throw new ImportException(file, UserMessage.of("err.names.notUtf8",
                    "the names file is not UTF-8 text; save it as UTF-8"), e);
        } catch (IOException e) {
            throw new ImportException(file, UserMessage.of("err.names.unreadable",
                    "the names file cannot be read ({0})", e.getMessage()), e);
        }
    }

    /** This list and the names of {@code other}, without repeats. */
    public NameList plus(NameList other) {
        Set<Entry> all = new LinkedHashSet<>(entries);
        all.addAll(other.entries);
        return new NameList(new ArrayList<>(all));
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }
}
