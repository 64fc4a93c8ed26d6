package se.dialogcoder.app.coding;

import se.dialogcoder.app.InvalidInputException;
import se.dialogcoder.app.Project;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.CountyGroup;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.ItemSet.Kind;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.StoreException;

/**
 * Document sets and code sets of one project: create, rename, describe, delete, add and remove members, each one
 * undoable action (one transaction) in the project's {@link History}; and the names a filter may use — a set's
 * name or a built-in {@link CountyGroup}.
 */
public final class SetActions {
    private final Project project;
    private final History history;

    public SetActions(Project project, History history) {
        this.project = project;
        this.history = history;
    }

    /** For a one-off change (the command line): a history of its own. */
    public static SetActions of(Project project) {
        return new SetActions(project, new History(project));
    }

    /** Document sets, then code sets, each by name. */
    public List<ItemSet> list() throws StoreException {
        return project.read(tx -> tx.sets().list());
    }

    public ItemSet create(Kind kind, String name, String description) throws StoreException {
        return create(kind, name, description, List.of());
    }

    /** Creates a set holding these documents or codes (by id), as one undoable action. */
    public ItemSet create(Kind kind, String name, String description, Collection<Long> members)
            throws StoreException {
        String n = checkName(name, null);
        SetChanges.Create create = new SetChanges.Create(kind, n, blankToNull(description),
                members.stream().distinct().toList());
        history.perform(create);
        return project.read(tx -> tx.sets().byId(kind, create.created().id())).orElseThrow();
    }

    /** Renames a set and/or changes its description; false when nothing changed. */
    public boolean update(ItemSet set, String name, String description) throws StoreException {
        String n = checkName(name, set);
        String d = blankToNull(description);
        if (n.equals(set.name()) && java.util.Objects.equals(d, set.description())) {
            return false;
        }
        history.perform(new SetChanges.Update(set, n, d));
        return true;
    }

    public void delete(ItemSet set) throws StoreException {
        history.perform(new SetChanges.Delete(set.kind(), set.id()));
    }

    /** Adds documents or codes (by id) to a set; returns how many were not in it yet (0 records nothing). */
    public int add(ItemSet set, Collection<Long> members) throws StoreException {
        List<Long> fresh = members.stream().filter(m -> !set.members().contains(m)).distinct().toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        SetChanges.Members change = new SetChanges.Members(set.kind(), set.id(), fresh, true);
        history.perform(change);
        return change.changed();
    }

    /** Takes documents or codes (by id) out of a set; returns how many were in it (0 records nothing). */
    public int remove(ItemSet set, Collection<Long> members) throws StoreException {
        List<Long> in = members.stream().filter(set.members()::contains).distinct().toList();
        if (in.isEmpty()) {
            return 0;
        }
        SetChanges.Members change = new SetChanges.Members(set.kind(), set.id(), in, false);
        history.perform(change);
        return change.changed();
    }

    /** The set of this name (exact, else ignoring case), or empty. */
    public Optional<ItemSet> find(String name) throws StoreException {
        List<ItemSet> all = list();
        return match(all, name);
    }

    private static Optional<ItemSet> match(List<ItemSet> all, String name) {
        String n = name == null ? "" : name.strip();
        Optional<ItemSet> exact = all.stream().filter(s -> s.name().equals(n)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<ItemSet> folded = all.stream().filter(s -> s.name().equalsIgnoreCase(n)).toList();
        return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
    }

    /**
     * Narrows a filter by named sets: each name is a document set, a code set or a built-in county group.
     * Several document sets: a document in any of them; several code sets: a code in any of them; a county group
     * adds its counties to the county filter. Kinds combine with AND (document sets AND counties AND code sets).
     *
     * @throws InvalidInputException for a name that is no set or group, listing the names there are
     */
    public static CodingFilter narrow(Project project, CodingFilter base, Collection<String> names)
            throws StoreException {
        if (names == null || names.isEmpty()) {
            return base;
        }
        List<ItemSet> all = project.read(tx -> tx.sets().list());
        Set<Long> documentSets = new java.util.HashSet<>(base.documentSets());
        Set<Long> codeSets = new java.util.HashSet<>(base.codeSets());
        CodingFilter f = base;
        for (String name : names) {
            Optional<ItemSet> set = match(all, name);
            Optional<CountyGroup> group = CountyGroup.parse(name);
            if (set.isPresent() && group.isPresent() && !set.get().name().equals(name.strip())) {
                throw new InvalidInputException(UserMessage.of("err.set.ambiguous", "\"{0}\" is both the set \"{1}\" "
                        + "and the county group \"{2}\"; give the set''s name exactly as it is written", name,
                        set.get().name(), group.get().swedishName()));
            }
            if (set.isPresent()) {
                (set.get().isDocumentSet() ? documentSets : codeSets).add(set.get().id());
            } else if (group.isPresent()) {
                f = f.withCountyGroup(group.get());
            } else {
                throw new InvalidInputException(UserMessage.of("err.set.unknown", "no set or county group \"{0}\"; "
                        + "there are: {1}", name, String.join(", ", candidates(all))));
            }
        }
        return f.withDocumentSets(documentSets).withCodeSets(codeSets);
    }

    /** The names a filter accepts: the project's sets, then the built-in groups. */
    static List<String> candidates(List<ItemSet> all) {
        List<String> out = new ArrayList<>();
        all.forEach(s -> out.add(s.name()));
        for (CountyGroup g : CountyGroup.values()) {
            out.add(g.swedishName());
        }
        return out;
    }

    /** A usable, free name: not blank, not a built-in county group, not taken by another set of either kind. */
    private String checkName(String name, ItemSet self) throws StoreException {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(UserMessage.of("err.set.noName", "a set needs a name"));
        }
        String n = name.strip();
        Optional<CountyGroup> group = CountyGroup.parse(n);
        if (group.isPresent()) {
            throw new InvalidInputException(UserMessage.of("err.set.groupName", "\"{0}\" is the name of the built-in "
                    + "county group \"{1}\"; choose another name", n, group.get().swedishName()));
        }
        Set<String> taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (ItemSet s : list()) {
            if (self == null || s.id() != self.id() || s.kind() != self.kind()) {
                taken.add(s.name());
            }
        }
        if (taken.contains(n)) {
            throw new InvalidInputException(UserMessage.of("err.set.nameTaken", "there is already a set named \"{0}\"",
                    n));
        }
        return n;
    }

    /** A free set name for an imported set: the name itself, else with " (2)", " (3)" … */
    public static String freeName(String wanted, Collection<String> taken) {
        Set<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        used.addAll(taken);
        String base = wanted == null || wanted.isBlank() ? "Set" : wanted.strip();
        String n = base;
        for (int i = 2; used.contains(n) || CountyGroup.parse(n).isPresent(); i++) {
            n = base + " (" + i + ")";
        }
        return n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
