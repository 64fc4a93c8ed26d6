package se.dialogcoder.ingest.pii;

import java.util.Locale;

/**
 * The kinds of personal data found at import. {@link #label()} is the Swedish word used in pseudonyms
 * ({@code [Person 1]}, {@code [Telefon 1]} …); {@link #id()} is the stable identifier used in JSON and in the
 * project file.
 */
public enum PiiKind {
    PERSONNUMMER("personnummer", "Personnummer", 4),
    EMAIL("email", "E-post", 3),
    PHONE("phone", "Telefon", 2),
    NAME("name", "Person", 1);

    private final String id;
    private final String label;
    private final int specificity;

    PiiKind(String id, String label, int specificity) {
        this.id = id;
        this.label = label;
        this.specificity = specificity;
    }

    public String id() {
        return id;
    }

    /** The Swedish label used in pseudonyms. */
    public String label() {
        return label;
    }

    /** Which kind wins when two findings cover exactly the same text (higher wins). */
    int specificity() {
        return specificity;
    }

    /**
     * The value behind a finding, so that different spellings of one value get one pseudonym: digits only for
     * numbers (a personnummer in its 10-digit form, a phone number in national form with a leading 0),
     * lower case for e-mail addresses and names (names also with single spaces).
     */
    public String normalise(String text) {
        return switch (this) {
            case PERSONNUMMER -> {
                String digits = digits(text);
                yield digits.length() == 12 ? digits.substring(2) : digits;
            }
            case PHONE -> nationalPhone(text);
            case EMAIL -> text.toLowerCase(Locale.ROOT);
            case NAME -> text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        };
    }

    public static PiiKind fromId(String id) {
        for (PiiKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind of personal data: " + id);
    }

    static String digits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code +46 (0)70-123 45 67}, {@code 0046 70 …} and {@code 070-…} all become {@code 0701234567}. */
    static String nationalPhone(String text) {
        String s = text.strip().replace("(0)", "");
        String digits = digits(s);
        if (s.startsWith("+46")) {
            return "0" + digits.substring(2);
        }
        if (digits.startsWith("0046")) {
            return "0" + digits.substring(4);
        }
        return digits;
    }
}
