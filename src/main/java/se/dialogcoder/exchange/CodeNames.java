package se.dialogcoder.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.dialogcoder.model.Code;

/**
 * Code names that several codes share (under different parents), and their qualified form for programs that key
 * codes by name (QualCoder's code table has {@code unique(name)}). A repeated name is qualified by its parent's
 * path in parentheses: "Civilsamhälle (Suicidprevention)", "Kunskap (Skola / Elevhälsa)"; a top-level code keeps
 * its name. Should that still not be unique (two siblings of the same name, or another code already called that),
 * " (2)", " (3)" … follow. Names that are not repeated never change.
 */
public final class CodeNames {
    /** A name used by more than one code, with the path of each (in codebook order). */
    public record Repeated(String name, List<String> paths) {
        public Repeated {
            paths = List.copyOf(paths);
        }
    }

    private CodeNames() {
    }

    /** The names used by more than one code, in the order they first appear in the codebook. */
    public static List<Repeated> repeated(List<Code> codes) {
        Map<Long, Code> byId = byId(codes);
        Map<String, List<String>> paths = new LinkedHashMap<>();
        for (Code c : codes) {
            paths.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(path(c, byId));
        }
        List<Repeated> out = new ArrayList<>();
        paths.forEach((name, p) -> {
            if (p.size() > 1) {
                out.add(new Repeated(name, p));
            }
        });
        return out;
    }

    /** The name each code is written with when names must be unique: only codes with a repeated name change. */
    public static Map<Long, String> qualified(List<Code> codes) {
        Map<Long, Code> byId = byId(codes);
        Set<String> repeated = new HashSet<>();
        for (Repeated r : repeated(codes)) {
            repeated.add(r.name());
        }
        Set<String> taken = new HashSet<>();
        for (Code c : codes) {
            if (!repeated.contains(c.name())) {
                taken.add(c.name());
            }
        }
        Map<Long, String> out = new LinkedHashMap<>();
        for (Code c : codes) {
            if (!repeated.contains(c.name())) {
                continue;
            }
            Code parent = c.parentId() == null ? null : byId.get(c.parentId());
            String wanted = parent == null ? c.name() : c.name() + " (" + path(parent, byId) + ")";
            String name = wanted;
            for (int n = 2; !taken.add(name); n++) {
                name = wanted + " (" + n + ")";
            }
            out.put(c.id(), name);
        }
        return out;
    }

    /** The codes with repeated names qualified (see {@link #qualified}); every other field unchanged. */
    public static List<Code> withQualifiedNames(List<Code> codes) {
        Map<Long, String> names = qualified(codes);
        List<Code> out = new ArrayList<>();
        for (Code c : codes) {
            String name = names.get(c.id());
            out.add(name == null ? c : new Code(c.id(), c.uid(), c.parentId(), name, c.nameEn(), c.description(),
                    c.descriptionEn(), c.color(), c.sortOrder()));
        }
        return out;
    }

    private static Map<Long, Code> byId(List<Code> codes) {
        Map<Long, Code> byId = new HashMap<>();
        for (Code c : codes) {
            byId.put(c.id(), c);
        }
        return byId;
    }

    /** Names from the top down joined by " / " (a broken parent chain ends the path). */
    private static String path(Code c, Map<Long, Code> byId) {
        return se.dialogcoder.model.CodePath.of(c, byId);
    }
}
