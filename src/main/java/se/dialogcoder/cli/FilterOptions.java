package se.dialogcoder.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.dialogcoder.app.InvalidInputException;
import se.dialogcoder.app.coding.SetActions;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.app.Project;

/** The document filters shared by the counting and search commands. */
final class FilterOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--county", paramLabel = "CODE", description = "Only documents of this county (län code such "
            + "as 12, ISO code such as SE-M, or \"unknown\"); repeatable.")
    List<String> counties = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", description = "Only transcripts or only notes.")
    String kind;

    @Option(names = "--round", paramLabel = "ROUND", description = "Only documents of this dialogue round.")
    String round;

    @Option(names = "--attribute", paramLabel = "NAME=VALUE", description = "Only documents with this attribute "
            + "value; repeatable.")
    List<String> attributes = new ArrayList<>();

    @Option(names = "--set", paramLabel = "NAME", description = "Only documents of this document set, only codings "
            + "of the codes of this code set, or only documents of a built-in county group (Götaland, Svealand, "
            + "Norrland; Sjukvårdsregion Norra, Mellansverige, Stockholm–Gotland, Sydöstra, Västra, Södra); "
            + "case-insensitive; repeatable: several document sets or code sets = in any of them, a county group "
            + "adds its counties to --county; the kinds combine (document set and county and code set).")
    List<String> sets = new ArrayList<>();

    /** The filter of the options, with --set resolved against the project's sets and the county groups. */
    CodingFilter filter(Project project) throws Exception {
        try {
            return SetActions.narrow(project, filter(), sets);
        } catch (InvalidInputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage() + ".");
        }
    }

    /** The filter of the options without --set (which needs the project). */
    private CodingFilter filter() {
        Set<County> set = new HashSet<>();
        boolean unknown = false;
        for (String c : counties) {
            String v = c.strip().toLowerCase(Locale.ROOT);
            if (v.equals("unknown") || v.equals("okänt") || v.equals("okänt län") || v.equals("--")) {
                unknown = true;
            } else {
                set.add(County.parse(c).orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "unknown county \"" + c + "\": give a two-digit län code (01, 03 … 25), an ISO code (SE-AB …) "
                                + "or \"unknown\".")));
            }
        }
        DocumentKind k = null;
        if (kind != null) {
            try {
                k = DocumentKind.fromId(kind.strip());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "unknown kind \"" + kind
                        + "\": say transcript or notes.");
            }
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        for (String a : attributes) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), "--attribute needs NAME=VALUE, not \"" + a + "\".");
            }
            attrs.put(a.substring(0, eq).strip(), a.substring(eq + 1).strip());
        }
        return CodingFilter.ALL.withCounties(set, unknown).withKind(k).withRound(round).withAttributes(attrs);
    }
}
