package se.dialogcoder.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.dialogcoder.model.Code;

/** The codebook as a tree: parents, children, paths ("Theme / Sub-theme") and look-up by path. */
public final class CodeTree {
    /** How levels of a code path are joined. */
    public static final String SEPARATOR = " / ";
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
        StringBuilder sb = new StringBuilder();
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (sb.length() > 0) {
                sb.append(SEPARATOR);
            }
            sb.append(byId.get(chain.get(i)).name());
        }
        return sb.toString();
    }

    /**
     * Finds a code by its path ("Suicidprevention / Efterlevandestöd"; spaces around "/" optional), its stable id
     * ({@code suicidprevention.efterlevandestod}) or, when unique, its name alone. Case does not matter.
     *
     * @throws IllegalArgumentException naming the problem when there is no such code or the name is ambiguous
     */
    public Code resolve(String pathOrId) {
        String wanted = normalise(pathOrId);
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("no code given");
        }
        List<Code> byPath = new ArrayList<>();
        List<Code> byName = new ArrayList<>();
        for (Code c : ordered) {
            if (c.uid().equalsIgnoreCase(pathOrId.strip())) {
                return c;
            }
            if (normalise(path(c.id())).equals(wanted)) {
                byPath.add(c);
            }
            if (normalise(c.name()).equals(wanted)) {
                byName.add(c);
            }
        }
        if (byPath.size() == 1) {
            return byPath.get(0);
        }
        if (byPath.isEmpty() && byName.size() == 1) {
            return byName.get(0);
        }
        if (byPath.size() + byName.size() > 1) {
            List<String> paths = (byPath.isEmpty() ? byName : byPath).stream().map(c -> path(c.id())).toList();
            throw new IllegalArgumentException("the code \"" + pathOrId + "\" is ambiguous: " + String.join("; ", paths)
                    + " (give the full path)");
        }
        throw new IllegalArgumentException("no code \"" + pathOrId + "\" in the codebook (give its path with levels "
                + "joined by \" / \", its id, or a name that occurs once)");
    }

    private static String normalise(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*/\\s*", "/").replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
