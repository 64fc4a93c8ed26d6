package se.dialogcoder.model;

import java.util.Optional;

/** The 21 Swedish counties (län) with their official two-digit codes and ISO 3166-2 codes. */
public enum County {
    STOCKHOLM("01", "SE-AB", "Stockholms län", "Stockholm"),
    UPPSALA("03", "SE-C", "Uppsala län", "Uppsala"),
    SODERMANLAND("04", "SE-D", "Södermanlands län", "Södermanland"),
    OSTERGOTLAND("05", "SE-E", "Östergötlands län", "Östergötland"),
    JONKOPING("06", "SE-F", "Jönköpings län", "Jönköping"),
    KRONOBERG("07", "SE-G", "Kronobergs län", "Kronoberg"),
    KALMAR("08", "SE-H", "Kalmar län", "Kalmar"),
    GOTLAND("09", "SE-I", "Gotlands län", "Gotland"),
    BLEKINGE("10", "SE-K", "Blekinge län", "Blekinge"),
    SKANE("12", "SE-M", "Skåne län", "Skåne"),
    HALLAND("13", "SE-N", "Hallands län", "Halland"),
    VASTRA_GOTALAND("14", "SE-O", "Västra Götalands län", "Västra Götaland"),
    VARMLAND("17", "SE-S", "Värmlands län", "Värmland"),
    OREBRO("18", "SE-T", "Örebro län", "Örebro"),
    VASTMANLAND("19", "SE-U", "Västmanlands län", "Västmanland"),
    DALARNA("20", "SE-W", "Dalarnas län", "Dalarna"),
    GAVLEBORG("21", "SE-X", "Gävleborgs län", "Gävleborg"),
    VASTERNORRLAND("22", "SE-Y", "Västernorrlands län", "Västernorrland"),
    JAMTLAND("23", "SE-Z", "Jämtlands län", "Jämtland Härjedalen"),
    VASTERBOTTEN("24", "SE-AC", "Västerbottens län", "Västerbotten"),
    NORRBOTTEN("25", "SE-BD", "Norrbottens län", "Norrbotten");

    private final String code;
    private final String iso;
    private final String officialName;
    private final String shortName;

    County(String code, String iso, String officialName, String shortName) {
        this.code = code;
        this.iso = iso;
        this.officialName = officialName;
        this.shortName = shortName;
    }

    /** Two-digit län code, e.g. "01". */
    public String code() { return code; }

    /** ISO 3166-2 code, e.g. "SE-AB". */
    public String iso() { return iso; }

    /** Official Swedish name, e.g. "Stockholms län". */
    public String officialName() { return officialName; }

    /** Short name, e.g. "Stockholm". */
    public String shortName() { return shortName; }

    /**
     * Parses a county given by two-digit code ("1" and "01" both work), ISO code, or enum name.
     */
    public static Optional<County> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.matches("\\d{1,2}")) {
            String padded = v.length() == 1 ? "0" + v : v;
            for (County c : values()) {
                if (c.code.equals(padded)) return Optional.of(c);
            }
            return Optional.empty();
        }
        for (County c : values()) {
            if (c.iso.equalsIgnoreCase(v) || c.name().equalsIgnoreCase(v)
                    || c.shortName.equalsIgnoreCase(v) || c.officialName.equalsIgnoreCase(v)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
