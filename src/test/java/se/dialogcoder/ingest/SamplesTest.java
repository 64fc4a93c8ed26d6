package se.dialogcoder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.UnitKind;

/**
 * Reads the 21 sample documents (one per county) from the folder in the system property {@code samples.dir}.
 * A county whose sample is missing is skipped, saying so.
 */
class SamplesTest {
    private static final Path DIR = Path.of(System.getProperty("samples.dir", "samples"));

    private final Readers readers = new Readers();

    @ParameterizedTest
    @EnumSource(County.class)
    void sampleReadsWithItsCountyAndTurns(County county) throws Exception {
        Optional<Path> sample = find(county);
        assumeTrue(sample.isPresent(), () -> "no sample for " + county.officialName() + " in " + DIR.toAbsolutePath());
        Path file = sample.get();
        String name = file.getFileName().toString();

        ParsedDocument doc = readers.read(file);

        UnitChecks.assertWellFormed(doc);
        assertThat(CountyDetector.detect(name, doc.text())).as("county of %s", name).contains(county);
        assertThat(CountyDetector.detect(null, doc.text())).as("county from the text of %s", name).contains(county);
        assertThat(doc.dialogueDate()).as("date of %s", name).startsWith("2025-");
        long turns = doc.units().stream().filter(u -> u.kind() == UnitKind.TURN).count();
        if (isNotes(name)) {
            assertThat(doc.kind()).as("kind of %s", name).isEqualTo(DocumentKind.NOTES);
            assertThat(doc.units()).as("paragraphs of %s", name).hasSizeGreaterThan(10);
        } else {
            assertThat(doc.kind()).as("kind of %s", name).isEqualTo(DocumentKind.TRANSCRIPT);
            assertThat(turns).as("turns of %s", name).isGreaterThanOrEqualTo(10);
        }
        assertThat(doc.text()).as("no replacement characters in %s", name).doesNotContain("\uFFFD");
    }

    private static boolean isNotes(String name) {
        return name.toLowerCase(Locale.ROOT).contains("anteckningar");
    }

    /** The sample whose name contains the county as a whole part, e.g. "2025_vastra_gotaland_...". */
    private static Optional<Path> find(County county) throws IOException {
        if (!Files.isDirectory(DIR)) {
            return Optional.empty();
        }
        String key = "_" + key(county) + "_";
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> matches = files.filter(p -> {
                String stem = p.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
                return ("_" + stem + "_").contains(key) && !stem.endsWith("_md");
            }).sorted().toList();
            return matches.stream().findFirst();
        }
    }

    private static String key(County county) {
        return switch (county) {
            case VASTRA_GOTALAND -> "vastra_gotaland";
            default -> county.name().toLowerCase(Locale.ROOT);
        };
    }
}
