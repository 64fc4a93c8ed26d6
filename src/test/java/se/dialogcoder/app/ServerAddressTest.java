package se.dialogcoder.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerAddressTest {
    @Test
    void anAddressAsLibpqWritesItBecomesTheDriversUrlWithoutUserOrPassword() {
        ServerAddress a = ServerAddress.parse("postgresql://db.myndighet.se:5433/lansdialoger"
                + "?user=lansdialoger_kodare_a&sslmode=verify-full&sslrootcert=/etc/ssl/ca.crt");
        assertThat(a.host()).isEqualTo("db.myndighet.se");
        assertThat(a.port()).isEqualTo(5433);
        assertThat(a.database()).isEqualTo("lansdialoger");
        assertThat(a.user()).isEqualTo("lansdialoger_kodare_a");
        assertThat(a.options()).containsExactly(Map.entry("sslmode", "verify-full"),
                Map.entry("sslrootcert", "/etc/ssl/ca.crt"));
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.myndighet.se:5433/lansdialoger"
                + "?sslmode=verify-full&sslrootcert=%2Fetc%2Fssl%2Fca.crt");
        assertThat(a.toString()).isEqualTo("postgresql://db.myndighet.se:5433/lansdialoger"
                + "?user=lansdialoger_kodare_a&sslmode=verify-full&sslrootcert=/etc/ssl/ca.crt");
    }

    @Test
    void theDefaultPortAndAUserBeforeTheHostAreUnderstood() {
        ServerAddress a = ServerAddress.parse("postgres://kodare@127.0.0.1/team");
        assertThat(a.port()).isEqualTo(5432);
        assertThat(a.user()).isEqualTo("kodare");
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/team");
    }

    @Test
    void aPasswordInTheAddressIsRefusedAndNotRepeatedInTheMessage() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://kodare:hemligt@127.0.0.1/team"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("PGPASSWORD")
                .hasMessageNotContaining("hemligt");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://127.0.0.1/team?password=hemligt"))
                .isInstanceOf(InvalidInputException.class).hasMessageNotContaining("hemligt");
    }

    @Test
    void anAddressWithoutOneDatabaseIsRefused() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://127.0.0.1/"))
                .hasMessageContaining("one database");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql:///team")).hasMessageContaining("not a server");
        assertThat(ServerAddress.isServer("lansdialoger.dcproj")).isFalse();
    }
}
