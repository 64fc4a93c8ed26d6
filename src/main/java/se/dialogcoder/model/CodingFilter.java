package se.dialogcoder.model;

import java.util.Map;
import java.util.Set;

/**
 * Which codings (and the documents they lie in) a retrieval or a count looks at. An empty set or a null value
 * means "no restriction". Codes are exact ids: callers that want sub-codes too add the descendants themselves.
 *
 * @param codeIds codes the codings must have
 * @param counties counties of the documents; with {@code unknownCounty} documents of unknown county count too
 * @param unknownCounty documents whose county is unknown ("Okänt län"); alone, only those
 * @param kind document kind
 * @param round dialogue round, e.g. "2025"
 * @param coders coder names
 * @param attributes free document attributes that must all have these values
 */
public record CodingFilter(Set<Long> codeIds, Set<County> counties, boolean unknownCounty, DocumentKind kind,
                           String round, Set<String> coders, Map<String, String> attributes) {
    /** Everything. */
    public static final CodingFilter ALL = new CodingFilter(Set.of(), Set.of(), false, null, null, Set.of(), Map.of());

    public CodingFilter {
        codeIds = codeIds == null ? Set.of() : Set.copyOf(codeIds);
        counties = counties == null ? Set.of() : Set.copyOf(counties);
        coders = coders == null ? Set.of() : Set.copyOf(coders);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public CodingFilter withCodes(Set<Long> ids) {
        return new CodingFilter(ids, counties, unknownCounty, kind, round, coders, attributes);
    }

    public CodingFilter withCounties(Set<County> set, boolean unknown) {
        return new CodingFilter(codeIds, set, unknown, kind, round, coders, attributes);
    }

    public CodingFilter withKind(DocumentKind k) {
        return new CodingFilter(codeIds, counties, unknownCounty, k, round, coders, attributes);
    }

    public CodingFilter withRound(String r) {
        return new CodingFilter(codeIds, counties, unknownCounty, kind, r, coders, attributes);
    }

    public CodingFilter withCoders(Set<String> names) {
        return new CodingFilter(codeIds, counties, unknownCounty, kind, round, names, attributes);
    }

    public CodingFilter withAttributes(Map<String, String> values) {
        return new CodingFilter(codeIds, counties, unknownCounty, kind, round, coders, values);
    }

    /** True when the filter restricts documents (county, kind, round or attributes). */
    public boolean restrictsDocuments() {
        return !counties.isEmpty() || unknownCounty || kind != null || round != null || !attributes.isEmpty();
    }
}
