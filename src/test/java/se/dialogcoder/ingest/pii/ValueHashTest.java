package se.dialogcoder.ingest.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ValueHashTest {
    private static byte[] secret(int fill) {
        byte[] b = new byte[ValueHash.SECRET_BYTES];
        Arrays.fill(b, (byte) fill);
        return b;
    }

    @Test
    void theSameValueAndSecretGiveTheSameHashAndNothingElseDoes() {
        ValueHash a = new ValueHash(secret(1));
        String h = a.of(PiiKind.PHONE, "0701234567");
        assertThat(h).hasSize(64).matches("[0-9a-f]+").doesNotContain("0701234567");
        assertThat(new ValueHash(secret(1)).of(PiiKind.PHONE, "0701234567")).isEqualTo(h);
        assertThat(new ValueHash(secret(2)).of(PiiKind.PHONE, "0701234567")).isNotEqualTo(h);
        assertThat(a.of(PiiKind.PERSONNUMMER, "0701234567")).isNotEqualTo(h);
        assertThat(a.keyId()).hasSize(16).isEqualTo(new ValueHash(secret(1)).keyId())
                .isNotEqualTo(new ValueHash(secret(2)).keyId());
    }
}
