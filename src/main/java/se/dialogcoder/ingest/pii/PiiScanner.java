package se.dialogcoder.ingest.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs every detector over a normalised text and resolves overlaps: of two overlapping findings the longer
 * wins (an e-mail address over the name inside it), and of two covering exactly the same text the more
 * specific kind (personnummer, e-mail, phone, name, in that order). The result is ordered by position and
 * has no overlaps.
 */
public final class PiiScanner {
    private final List<Detector> detectors;

    public PiiScanner(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /** Personnummer, phone numbers, e-mail addresses, and the names of {@code names}. */
    public static PiiScanner standard(NameList names) {
        return new PiiScanner(List.of(new PersonnummerDetector(), new PhoneDetector(), new EmailDetector(),
                new NameDetector(names)));
    }

    public List<PiiFinding> scan(String text) {
        List<PiiFinding> all = new ArrayList<>();
        for (Detector d : detectors) {
            all.addAll(d.find(text));
        }
        return resolve(all);
    }

    static List<PiiFinding> resolve(List<PiiFinding> candidates) {
        List<PiiFinding> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingInt(PiiFinding::length).reversed()
                .thenComparing(Comparator.comparingInt((PiiFinding f) -> f.kind().specificity()).reversed())
                .thenComparingInt(PiiFinding::start));
        TreeMap<Integer, PiiFinding> kept = new TreeMap<>();
        for (PiiFinding f : ranked) {
            Map.Entry<Integer, PiiFinding> before = kept.floorEntry(f.start());
            Map.Entry<Integer, PiiFinding> after = kept.higherEntry(f.start());
            boolean free = (before == null || !before.getValue().overlaps(f))
                    && (after == null || !after.getValue().overlaps(f));
            if (free) {
                kept.put(f.start(), f);
            }
        }
        return new ArrayList<>(kept.values());
    }
}
