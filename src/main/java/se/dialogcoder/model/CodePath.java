package se.dialogcoder.model;

import java.util.Map;

/**
 * The path of a code as users, files and the CLI see it: names from the top level down joined by {@value #SEPARATOR}
 * ("Suicidprevention / Efterlevandestöd"). The one place where that string is built.
 */
public final class CodePath {
    /** How levels of a code path are joined. */
    public static final String SEPARATOR = " / ";
    private static final int MAX_DEPTH = 100;

    private CodePath() {
    }

    /** The names from the top level down, joined. */
    public static String join(java.util.List<String> names) {
        return String.join(SEPARATOR, names);
    }

    /** The path of a code under the given parent path (the empty string for a top-level code). */
    public static String child(String parentPath, String name) {
        return parentPath == null || parentPath.isEmpty() ? name : parentPath + SEPARATOR + name;
    }

    /** The path of {@code code} over the codes by id; a parent that is missing ends the path. */
    public static String of(Code code, Map<Long, Code> byId) {
        StringBuilder sb = new StringBuilder(code.name());
        Code cur = code;
        for (int depth = 0; cur.parentId() != null && depth < MAX_DEPTH; depth++) {
            cur = byId.get(cur.parentId());
            if (cur == null) {
                break;
            }
            sb.insert(0, cur.name() + SEPARATOR);
        }
        return sb.toString();
    }

    /** The last level of a path (the code's own name). */
    public static String last(String path) {
        int at = path.lastIndexOf(SEPARATOR);
        return at < 0 ? path : path.substring(at + SEPARATOR.length());
    }
}
