package se.dialogcoder.ingest.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.dialogcoder.ingest.ImportException;

class NameDetectorTest {
    private static final NameList NAMES = NameList.parse("""
            # namn att leta efter
            Anna Svensson
            Åsa Öberg   # länssamordnare
            Jörgen
            Per
            =Bo
            Anna
            x
            """);
    private final NameDetector detector = new NameDetector(NAMES);

    private List<String> texts(String text) {
        return detector.find(text).stream().map(PiiFinding::text).toList();
    }

    static Stream<Arguments> found() {
        return Stream.of(
                Arguments.of("Anna Svensson inledde mötet.", List.of("Anna Svensson")),
                Arguments.of("ANNA SVENSSON inledde.", List.of("ANNA SVENSSON")),
                Arguments.of("anna  svensson inledde.", List.of("anna  svensson")),
                Arguments.of("Anna\nSvensson", List.of("Anna")),
                Arguments.of("Annas förslag och Anna:s förslag", List.of("Anna", "Anna")),
                Arguments.of("Anna Svenssons förslag", List.of("Anna Svensson")),
                Arguments.of("ÅSA ÖBERG och åsa öberg", List.of("ÅSA ÖBERG", "åsa öberg")),
                Arguments.of("Jörgen: Hej. Jörgens kollega.", List.of("Jörgen", "Jörgen")),
                Arguments.of("Per och per år", List.of("Per", "per")),
                Arguments.of("Bo sa att de bor och bo ska", List.of("Bo")),
                Arguments.of("(Anna), \"Anna\" och Anna.", List.of("Anna", "Anna", "Anna")));
    }

    @ParameterizedTest
    @MethodSource
    void found(String text, List<String> expected) {
        assertThat(texts(text)).isEqualTo(expected);
    }

    static Stream<String> notFound() {
        return Stream.of("Annalena och Anna-Karin", "Svensson ensam", "Åsa ensam", "Jörgensen", "Perspektiv",
                "bo och bor", "x y z", "Personer", "annat");
    }

    @ParameterizedTest
    @MethodSource
    void notFound(String text) {
        assertThat(texts(text)).isEmpty();
    }

    @Test
    void valuesIgnoreCaseAndSpacing() {
        List<PiiFinding> f = detector.find("ANNA  SVENSSON och Anna Svensson");
        assertThat(f.get(0).value()).isEqualTo("anna svensson").isEqualTo(f.get(1).value());
    }

    @Test
    void offsetsAreCodePoints() {
        PiiFinding f = detector.find("🎉🎉 Åsa Öberg").get(0);
        assertThat(f.start()).isEqualTo(3);
        assertThat(f.end()).isEqualTo(12);
    }

    @Test
    void theFileIsUtf8WithCommentsAndABom(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pii-names.txt");
        Files.write(file, "\uFEFF# kommentar\n\nLisa Ek\r\n  Åke  \n".getBytes(StandardCharsets.UTF_8));
        assertThat(NameList.read(file).entries()).extracting(NameList.Entry::text).containsExactly("Lisa Ek", "Åke");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Åke\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> NameList.read(latin1)).isInstanceOf(ImportException.class)
                .hasMessageContaining("latin1.txt").hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> NameList.read(dir.resolve("saknas.txt"))).isInstanceOf(ImportException.class)
                .hasMessageContaining("saknas.txt");
    }

    @Test
    void anEmptyListFindsNothing() {
        assertThat(new NameDetector(NameList.empty()).find("Anna Svensson")).isEmpty();
    }
}
