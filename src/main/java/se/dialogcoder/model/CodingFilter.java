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
 * @param documentSets document sets (ids): a document must be in at least one of them
 * @param codeSets code sets (ids): a coding's code must be in at least one of them (and among {@code codeIds} when
 *                 both are given). A set restricts to its member codes exactly, sub-codes only when they are members
 */
public record CodingFilter(Set<Long> codeIds, Set<County> counties, boolean unknownCounty, DocumentKind kind,
                           String round, Set<String> coders, Map<String, String> attributes, Set<Long> documentSets,
                           Set<Long> codeSets) {
    /** Everything. */
    public static final CodingFilter ALL = new CodingFilter(Set.of(), Set.of(), false, null, null, Set.of(), Map.of(),
            Set.of(), Set.of());

    public CodingFilter {
        codeIds = codeIds == null ? Set.of() : Set.copyOf(codeIds);
        counties = counties == null ? Set.of() : Set.copyOf(counties);
        coders = coders == null ? Set.of() : Set.copyOf(coders);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        documentSets = documentSets == null ? Set.of() : Set.copyOf(documentSets);
        codeSets = codeSets == null ? Set.of() : Set.copyOf(codeSets);
    }

    public CodingFilter withCodes(Set<Long> ids) {
        return new CodingFilter(ids, counties, unknownCounty, kind, round, coders, attributes, documentSets, codeSets);
    }

    public CodingFilter withCounties(Set<County> set, boolean unknown) {
        return new CodingFilter(codeIds, set, unknown, kind, round, coders, attributes, documentSets, codeSets);
    }

    public CodingFilter withKind(DocumentKind k) {
        return new CodingFilter(codeIds, counties, unknownCounty, k, round, coders, attributes, documentSets, codeSets);
    }

    public CodingFilter withRound(String r) {
        return new CodingFilter(codeIds, counties, unknownCounty, kind, r, coders, attributes, documentSets, codeSets);
    }

    public CodingFilter withCoders(Set<String> names) {
        return new CodingFilter(codeIds, counties, unknownCounty, kind, round, names, attributes, documentSets, codeSets);
    }

    public CodingFilter withAttributes(Map<String, String> values) {
        return new CodingFilter(codeIds, counties, unknownCounty, kind, round, coders, values, documentSets, codeSets);
    }

    /** Only documents in at least one of these document sets (empty = no restriction). */
    public CodingFilter withDocumentSets(Set<Long> ids) {
        return new CodingFilter(codeIds, counties, unknownCounty, kind, round, coders, attributes, ids, codeSets);
    }

    /** Only codings whose code is in at least one of these code sets (empty = no restriction). */
    public CodingFilter withCodeSets(Set<Long> ids) {
        return new CodingFilter(codeIds, counties, unknownCounty, kind, round, coders, attributes, documentSets, ids);
    }

    /** Also the counties of a built-in group (added to the county filter: a group is a set of counties). */
    public CodingFilter withCountyGroup(CountyGroup group) {
        java.util.Set<County> all = new java.util.HashSet<>(counties);
        all.addAll(group.counties());
        return withCounties(all, unknownCounty);
    }

    /** True when the filter restricts documents (county, kind, round, attributes or document sets). */
    public boolean restrictsDocuments() {
        return !counties.isEmpty() || unknownCounty || kind != null || round != null || !attributes.isEmpty()
                || !documentSets.isEmpty();
    }
}
