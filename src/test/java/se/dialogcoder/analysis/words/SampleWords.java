package se.dialogcoder.analysis.words;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The distinct words of the plain-text samples (.txt, .vtt), folded as the search index folds them. */
final class SampleWords {
    static final Path DIR = Path.of(System.getProperty("samples.dir", "samples"));

    private SampleWords() {
    }

    static Set<String> all() throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".vtt")).toList()) {
                out.addAll(QueryForms.tokens(read(f)));
            }
        }
        out.removeIf(w -> w.codePoints().noneMatch(Character::isLetter));
        return out;
    }

    /** UTF-8, or Windows-1252 for the sample written in it. */
    private static String read(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }
}
