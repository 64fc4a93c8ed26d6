package se.dialogcoder.ui.analysis;

import java.util.Set;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.CountyGroup;
import se.dialogcoder.model.ItemSet;

/**
 * What the analysis looks at besides its other choices: everything, one document set or code set, or the counties of
 * one built-in county group (landsdel or sjukvårdsregion).
 */
public record SetScope(ItemSet set, CountyGroup group) {
    public static final SetScope ALL = new SetScope(null, null);

    public static SetScope of(ItemSet set) {
        return new SetScope(set, null);
    }

    public static SetScope of(CountyGroup group) {
        return new SetScope(null, group);
    }

    /** The filter narrowed to this scope. */
    CodingFilter apply(CodingFilter f) {
        if (set != null) {
            return set.isDocumentSet() ? f.withDocumentSets(Set.of(set.id())) : f.withCodeSets(Set.of(set.id()));
        }
        return group == null ? f : f.withCountyGroup(group);
    }

    /** The same scope in a newer list of sets (by id and kind), ALL when the set is gone. */
    public SetScope in(java.util.List<ItemSet> sets) {
        if (set == null) {
            return this;
        }
        return sets.stream().filter(s -> s.id() == set.id() && s.kind() == set.kind()).findFirst().map(SetScope::of)
                .orElse(ALL);
    }
}
