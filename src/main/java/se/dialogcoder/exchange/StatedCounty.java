package se.dialogcoder.exchange;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.dialogcoder.model.County;

/**
 * A county as an exchange file states it in a variable: DialogCoder writes the official name ("Skåne län"); other
 * programs and people write the two-digit code ("12"), the ISO code ("SE-M"), the short name ("Skåne", also without
 * å ä ö), the official name, "Region Skåne", "Västra Götalandsregionen" or the code and the name ("12 Skåne").
 * Anything else (another region, a town) is not a county.
 */
public final class StatedCounty {
    /** Variable names that may hold the county, compared case-insensitively; only "Län" always does. */
    static final List<String> VARIABLE_NAMES = List.of(RefiVariables.COUNTY, "Lan", "County", "Region");

    private StatedCounty() {
    }

    /** Whether a variable of this name may hold a county (its value decides). */
    static boolean isCountyVariable(String name) {
        String n = name.strip();
        return VARIABLE_NAMES.stream().anyMatch(n::equalsIgnoreCase);
    }

    /** The county a value names, or empty when it names none (or two different ones). */
    public static Optional<County> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<County> exact = County.parse(value);
        if (exact.isPresent()) {
            return exact;
        }
        String v = fold(value);
        java.util.regex.Matcher codeAndName = java.util.regex.Pattern.compile("(\\d{1,2}) (.+)").matcher(v);
        if (codeAndName.matches()) {
            Optional<County> byCode = County.parse(codeAndName.group(1));
            Optional<County> byName = byName(codeAndName.group(2));
            return byCode.isPresent() && byCode.equals(byName) ? byCode : Optional.empty();
        }
        return byName(v);
    }

    private static Optional<County> byName(String folded) {
        String v = folded;
        if (v.startsWith("region ")) {
            v = v.substring("region ".length());
        }
        if (v.endsWith(" lan")) {
            v = v.substring(0, v.length() - " lan".length());
        } else if (v.endsWith("regionen")) {
            v = v.substring(0, v.length() - "regionen".length()).strip();
        }
        for (County c : County.values()) {
            String shortName = fold(c.shortName());
            String stem = fold(c.officialName()).replaceFirst(" lan$", "");
            String bare = stem.endsWith("s") ? stem.substring(0, stem.length() - 1) : stem;
            if (v.equals(shortName) || v.equals(stem) || v.equals(bare)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Lower case, without accents, punctuation as spaces, spaces collapsed. */
    private static String fold(String s) {
        String noAccents = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
