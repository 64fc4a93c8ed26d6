package se.dialogcoder.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in groups of counties that evaluators compare by: the three landsdelar (Götaland, Svealand, Norrland)
 * and the six sjukvårdsregioner (healthcare regions for highly specialised care, in the division in force since
 * 2023, when Uppsala–Örebro was renamed Mellansverige). Used as a filter, a group is just its set of counties.
 *
 * <p>Region Halland belongs to Sjukvårdsregion Södra, although many patients from northern Halland are cared for in
 * Västra (Västra Götalandsregionen); the group follows the formal membership. Region Gävleborg belongs to
 * Mellansverige, not Norra. The landsdelar follow county borders as statistics do (Gävleborg in Norrland, Värmland
 * and Dalarna in Svealand), although the historical borders cut through some counties.
 */
public enum CountyGroup {
    GOTALAND(Division.LANDSDEL, "Götaland", "Götaland", County.OSTERGOTLAND, County.JONKOPING, County.KRONOBERG,
            County.KALMAR, County.GOTLAND, County.BLEKINGE, County.SKANE, County.HALLAND, County.VASTRA_GOTALAND),
    SVEALAND(Division.LANDSDEL, "Svealand", "Svealand", County.STOCKHOLM, County.UPPSALA, County.SODERMANLAND,
            County.VARMLAND, County.OREBRO, County.VASTMANLAND, County.DALARNA),
    NORRLAND(Division.LANDSDEL, "Norrland", "Norrland", County.GAVLEBORG, County.VASTERNORRLAND, County.JAMTLAND,
            County.VASTERBOTTEN, County.NORRBOTTEN),
    NORRA(Division.SJUKVARDSREGION, "Sjukvårdsregion Norra", "Northern healthcare region", County.VASTERBOTTEN,
            County.NORRBOTTEN, County.VASTERNORRLAND, County.JAMTLAND),
    MELLANSVERIGE(Division.SJUKVARDSREGION, "Sjukvårdsregion Mellansverige", "Central Sweden healthcare region",
            County.UPPSALA, County.SODERMANLAND, County.VARMLAND, County.OREBRO, County.VASTMANLAND, County.DALARNA,
            County.GAVLEBORG),
    STOCKHOLM_GOTLAND(Division.SJUKVARDSREGION, "Sjukvårdsregion Stockholm–Gotland",
            "Stockholm–Gotland healthcare region", County.STOCKHOLM, County.GOTLAND),
    SYDOSTRA(Division.SJUKVARDSREGION, "Sjukvårdsregion Sydöstra", "South-eastern healthcare region",
            County.OSTERGOTLAND, County.JONKOPING, County.KALMAR),
    VASTRA(Division.SJUKVARDSREGION, "Sjukvårdsregion Västra", "Western healthcare region", County.VASTRA_GOTALAND),
    SODRA(Division.SJUKVARDSREGION, "Sjukvårdsregion Södra", "Southern healthcare region", County.SKANE,
            County.BLEKINGE, County.KRONOBERG, County.HALLAND);

    /** The two ways of dividing the 21 counties; each divides all of them, every county in exactly one group. */
    public enum Division {
        LANDSDEL, SJUKVARDSREGION
    }

    private static final String REGION_PREFIX = "sjukvardsregion ";

    private final Division division;
    private final String swedishName;
    private final String englishName;
    private final Set<County> counties;

    CountyGroup(Division division, String swedishName, String englishName, County... counties) {
        this.division = division;
        this.swedishName = swedishName;
        this.englishName = englishName;
        this.counties = java.util.Collections.unmodifiableSet(EnumSet.of(counties[0], counties));
    }

    public Division division() { return division; }

    /** The Swedish name, e.g. "Norrland", "Sjukvårdsregion Norra". */
    public String swedishName() { return swedishName; }

    /** The Swedish name without "Sjukvårdsregion", e.g. "Norrland", "Norra", "Stockholm–Gotland". */
    public String shortName() {
        return division == Division.SJUKVARDSREGION ? swedishName.substring(REGION_PREFIX.length()) : swedishName;
    }

    /** The English name, e.g. "Norrland", "Northern healthcare region". */
    public String englishName() { return englishName; }

    /** The member counties (in län code order). */
    public Set<County> counties() { return counties; }

    /** The groups of one division, in their usual order (south to north for landsdelar). */
    public static List<CountyGroup> of(Division division) {
        List<CountyGroup> out = new ArrayList<>();
        for (CountyGroup g : values()) {
            if (g.division == division) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * The group a name stands for: its Swedish or English name or its constant name, case-insensitive, with or
     * without å/ä/ö, a hyphen for the en dash, and for healthcare regions with or without "Sjukvårdsregion"
     * ("Norrland", "sjukvårdsregion norra", "Norra", "Stockholm-Gotland"). Only whole names match.
     */
    public static Optional<CountyGroup> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = fold(name);
        for (CountyGroup g : values()) {
            String sv = fold(g.swedishName);
            if (wanted.equals(sv) || wanted.equals(fold(g.englishName)) || wanted.equals(fold(g.name()))
                    || (g.division == Division.SJUKVARDSREGION && wanted.equals(sv.substring(REGION_PREFIX.length())))) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** Lower case, no diacritics, dashes and underscores as "-", runs of spaces as one. */
    static String fold(String s) {
        String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replace('–', '-').replace('—', '-').replace('_', '-')
                .replaceAll("\\s+", " ");
    }
}
