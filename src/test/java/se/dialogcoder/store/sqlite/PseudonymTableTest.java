package se.dialogcoder.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.store.StoreException;

class PseudonymTableTest {
    @TempDir
    Path dir;

    @Test
    void numbersCountUpPerKindAndAreFoundAgainByHash() throws Exception {
        try (ProjectFile p = ProjectFile.create(dir.resolve("p.dcproj"), "p", null)) {
            p.write(tx -> {
                PseudonymTable t = ((Tx) tx).pseudonyms();
                assertThat(t.add("name", "h1", "k1")).isEqualTo(1);
                assertThat(t.add("name", "h2", "k1")).isEqualTo(2);
                assertThat(t.add("phone", "h1", "k2")).isEqualTo(1);
                assertThat(t.number("name", "h2")).contains(2);
                assertThat(t.number("phone", "h2")).isEmpty();
                assertThat(t.countWithOtherKey("k1")).isEqualTo(1);
                assertThat(t.counts()).isEqualTo(Map.of("name", 2, "phone", 1));
                return null;
            });
            assertThatThrownBy(() -> p.write(tx -> tx.pseudonyms().add("name", "h1", "k1")))
                    .isInstanceOf(StoreException.class);
            int count = p.read(tx -> tx.pseudonyms().counts().get("name"));
            assertThat(count).isEqualTo(2);
        }
    }
}
