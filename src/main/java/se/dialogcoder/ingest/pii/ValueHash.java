package se.dialogcoder.ingest.pii;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash under which a pseudonymised value is remembered in a project: HMAC-SHA256 with the project's
 * secret over {@code kind id + ":" + normalised value}. Without the secret the hash reveals nothing, not even
 * for values as guessable as a personnummer (which a plain hash would give away by trying all of them).
 */
public final class ValueHash {
    /** Length of a secret in bytes. */
    public static final int SECRET_BYTES = 32;

    private final Mac mac;

    public ValueHash(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("the secret is too short");
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Hex HMAC of the normalised value of a kind. */
    public synchronized String of(PiiKind kind, String value) {
        byte[] bytes = (kind.id() + ":" + value).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(mac.doFinal(bytes));
    }

    /**
     * A short identifier of the secret (16 hex digits of an HMAC over a fixed text), stored beside the hashes so
     * that DialogCoder can tell that some pseudonyms were made with a secret it does not have.
     */
    public synchronized String keyId() {
        return HexFormat.of().formatHex(mac.doFinal("dialogcoder key id".getBytes(StandardCharsets.UTF_8)))
                .substring(0, 16);
    }
}
