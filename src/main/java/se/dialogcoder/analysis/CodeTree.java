package se.dialogcoder.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.dialogcoder.model.Code;

/** The codebook as a tree: parents, children, paths ("Theme / Sub-theme") and look-up by path. */
public final class CodeTree {
    /** How levels of a code path are joined. */
    public static final String SEPARATOR = se.dialogcoder.model.CodePath.SEPARATOR;
    private static final int MAX_DEPTH = 64;
    private final Map<Long, Code> byId = new HashMap<>();
    private final Map<Long, List<Code>> children = new HashMap<>();
    private final List<Code> roots = new ArrayList<>();
    private final List<Code> ordered = new ArrayList<>();

    public CodeTree(List<Code> codes) {
        for (Code c : codes) {
            byId.put(c.id(), c);
        }
        for (Code c : codes) {
            if (c.parentId() == null || !byId.containsKey(c.parentId())) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        java.util.Comparator<Code> order = java.util.Comparator.comparingInt(Code::sortOrder)
                .thenComparing(Code::name).thenComparingLong(Code::id);
        roots.sort(order);
        children.values().forEach(l -> l.sort(order));
        for (Code r : roots) {
            walk(r, 0);
        }
    }

    private void walk(Code c, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        ordered.add(c);
        for (Code child : children(c.id())) {
            walk(child, depth + 1);
        }
    }

    /** Every code, depth first: each parent followed by its children in sort order. */
    public List<Code> all() {
        return Collections.unmodifiableList(ordered);
    }

    public List<Code> roots() {
        return Collections.unmodifiableList(roots);
    }

    public List<Code> children(long id) {
        return children.getOrDefault(id, List.of());
    }

    public Optional<Code> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The code and all its descendants. */
    public Set<Long> subtree(long id) {
        Set<Long> out = new LinkedHashSet<>();
        collect(id, out, 0);
        return out;
    }

    private void collect(long id, Set<Long> out, int depth) {
        if (depth > MAX_DEPTH || !out.add(id)) {
            return;
        }
        for (Code c : children(id)) {
            collect(c.id(), out, depth + 1);
        }
    }

    /** The code and its ancestors, nearest first. */
    public List<Long> selfAndAncestors(long id) {
        List<Long> out = new ArrayList<>();
        Code c = byId.get(id);
        while (c != null && out.size() <= MAX_DEPTH && !out.contains(c.id())) {
            out.add(c.id());
            c = c.parentId() == null ? null : byId.get(c.parentId());
        }
        return out;
    }

    /** The top-level code (theme) a code belongs to. */
    public long rootOf(long id) {
        List<Long> chain = selfAndAncestors(id);
        return chain.isEmpty() ? id : chain.get(chain.size() - 1);
    }

    /** The names from the top level down, joined by {@value #SEPARATOR}. */
    public String path(long id) {
        List<Long> chain = selfAndAncestors(id);
        List<String> names = new ArrayList<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            names.add(byId.get(chain.get(i)).name());
        }
        return se.dialogcoder.model.CodePath.join(names);
    }

    /** Written before a reference to force it to be read as a code's id ({@code id:styrning}). */
    public static final String ID_PREFIX = "id:";

    /**
     * Finds a code by its path ("Suicidprevention / Efterlevandestöd"; spaces around "/" optional), a name that
     * occurs once, or its stable id ({@code suicidprevention.efterlevandestod}, or {@code id:…} to say it is an id).
     * The most exact reading wins, in this order: the path as written, the name as written, the id, then path and
     * name in any case. So an imported code named exactly "Styrning" is found by "Styrning" even when another code
     * has the id {@code styrning}. When the winning reading fits several codes, nothing is chosen.
     *
     * @throws IllegalArgumentException naming the problem when there is no such code, or listing the candidates
     *         (paths and ids) when the reference is ambiguous
     */
    public Code resolve(String reference) {
        String given = reference == null ? "" : reference.strip();
        if (given.regionMatches(true, 0, ID_PREFIX, 0, ID_PREFIX.length())) {
            String id = given.substring(ID_PREFIX.length()).strip();
            for (Code c : ordered) {
                if (c.uid().equalsIgnoreCase(id)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("no code with the id \"" + id + "\" in the codebook");
        }
        String wanted = blanks(given);
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("no code given");
        }
        List<List<Code>> readings = List.of(
                matching(c -> blanks(path(c.id())).equals(wanted)),
                matching(c -> blanks(c.name()).equals(wanted)),
                matching(c -> c.uid().equalsIgnoreCase(given)),
                matching(c -> blanks(path(c.id())).equalsIgnoreCase(wanted)),
                matching(c -> blanks(c.name()).equalsIgnoreCase(wanted)));
        for (List<Code> found : readings) {
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                List<String> candidates = found.stream()
                        .map(c -> "\"" + path(c.id()) + "\" (id " + c.uid() + ")").toList();
                throw new IllegalArgumentException("the code \"" + given + "\" is ambiguous: it fits "
                        + found.size() + " codes: " + String.join("; ", candidates)
                        + " (give the full path, or the id as " + ID_PREFIX + "ID)");
            }
        }
        throw new IllegalArgumentException("no code \"" + given + "\" in the codebook (give its path with levels "
                + "joined by \" / \", its id, or a name that occurs once)");
    }

    private List<Code> matching(java.util.function.Predicate<Code> test) {
        List<Code> out = new ArrayList<>();
        for (Code c : ordered) {
            if (test.test(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The reference with blanks around "/" removed and runs of blanks made one space; case kept. */
    private static String blanks(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*/\\s*", "/").replaceAll("\\s+", " ");
    }
}
