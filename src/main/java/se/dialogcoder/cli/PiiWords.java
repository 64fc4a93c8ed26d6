package se.dialogcoder.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.dialogcoder.ingest.pii.PiiKind;

/** How the command line names kinds of personal data and their counts. */
final class PiiWords {
    private PiiWords() {
    }

    /** "2 personnummer, 1 phone number" (in the order of {@link PiiKind}). */
    static String counts(Map<PiiKind, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (PiiKind k : PiiKind.values()) {
            Integer n = counts.get(k);
            if (n != null && n > 0) {
                parts.add(n + " " + noun(k, n));
            }
        }
        return String.join(", ", parts);
    }

    static String noun(PiiKind kind, int n) {
        return switch (kind) {
            case PERSONNUMMER -> "personnummer";
            case PHONE -> n == 1 ? "phone number" : "phone numbers";
            case EMAIL -> n == 1 ? "e-mail address" : "e-mail addresses";
            case NAME -> n == 1 ? "listed name" : "listed names";
        };
    }

    /** Counts by kind id, for JSON. */
    static Map<String, Integer> ids(Map<PiiKind, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (PiiKind k : PiiKind.values()) {
            Integer n = counts.get(k);
            if (n != null && n > 0) {
                out.put(k.id(), n);
            }
        }
        return out;
    }
}
