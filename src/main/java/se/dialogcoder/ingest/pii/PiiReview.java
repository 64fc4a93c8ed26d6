package se.dialogcoder.ingest.pii;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one document and what the user decided about them: a decision per kind, which any single
 * finding may override. Everything starts as {@link PiiDecision#PSEUDONYMISE}. Deciding for a kind sets every
 * finding of that kind (earlier single decisions of that kind are dropped). This is the state behind the
 * review dialog; it knows no screen.
 */
public final class PiiReview {
    private final List<PiiFinding> findings;
    private final Map<PiiKind, PiiDecision> byKind = new EnumMap<>(PiiKind.class);
    private final Map<Integer, PiiDecision> byFinding = new HashMap<>();

    /** @param findings ordered by position, without overlaps (as {@link PiiScanner#scan} returns them) */
    public PiiReview(List<PiiFinding> findings) {
        for (int i = 1; i < findings.size(); i++) {
            if (findings.get(i).start() < findings.get(i - 1).end()) {
                throw new IllegalArgumentException("findings overlap or are out of order at " + i);
            }
        }
        this.findings = List.copyOf(findings);
        for (PiiKind k : PiiKind.values()) {
            byKind.put(k, PiiDecision.PSEUDONYMISE);
        }
    }

    public List<PiiFinding> findings() {
        return findings;
    }

    public boolean isEmpty() {
        return findings.isEmpty();
    }

    public PiiDecision decision(int index) {
        PiiDecision own = byFinding.get(index);
        return own != null ? own : byKind.get(findings.get(index).kind());
    }

    public void decide(int index, PiiDecision decision) {
        if (index < 0 || index >= findings.size()) {
            throw new IndexOutOfBoundsException(index);
        }
        byFinding.put(index, decision);
    }

    /** Sets the decision of a whole kind, replacing the single decisions made for findings of it. */
    public void decideKind(PiiKind kind, PiiDecision decision) {
        byKind.put(kind, decision);
        byFinding.keySet().removeIf(i -> findings.get(i).kind() == kind);
    }

    /** The decision of a kind as a whole (single findings may differ). */
    public PiiDecision kindDecision(PiiKind kind) {
        return byKind.get(kind);
    }

    public void decideAll(PiiDecision decision) {
        for (PiiKind k : PiiKind.values()) {
            decideKind(k, decision);
        }
    }

    /** The findings to replace, in order. */
    public List<PiiFinding> toPseudonymise() {
        List<PiiFinding> out = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (decision(i) == PiiDecision.PSEUDONYMISE) {
                out.add(findings.get(i));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Number of findings per kind (kinds without findings are left out). */
    public Map<PiiKind, Integer> counts() {
        return count(findings);
    }

    public static Map<PiiKind, Integer> count(List<PiiFinding> list) {
        Map<PiiKind, Integer> counts = new EnumMap<>(PiiKind.class);
        for (PiiFinding f : list) {
            counts.merge(f.kind(), 1, Integer::sum);
        }
        return counts;
    }
}
