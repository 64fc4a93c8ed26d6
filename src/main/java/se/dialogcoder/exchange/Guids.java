package se.dialogcoder.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * GUIDs for REFI-QDA files. Exported GUIDs are name-based UUIDs derived from stable facts (the project's UUID and
 * a row id), so exporting the same project twice gives the same file.
 */
public final class Guids {
    private static final Pattern GUID = Pattern.compile(
            "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");

    private Guids() {
    }

    /** A name-based (version 3) UUID of the parts joined with "/". */
    public static String named(Object... parts) {
        StringBuilder sb = new StringBuilder("dialogcoder");
        for (Object p : parts) {
            sb.append('/').append(p);
        }
        return UUID.nameUUIDFromBytes(sb.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Whether the value is a GUID as REFI-QDA writes them (with or without braces, any case). */
    public static boolean isGuid(String value) {
        return value != null && GUID.matcher(value.strip()).matches()
                && value.strip().startsWith("{") == value.strip().endsWith("}");
    }

    /** The comparable form of a GUID: no braces, lower case; null stays null. */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.startsWith("{") && v.endsWith("}")) {
            v = v.substring(1, v.length() - 1);
        }
        return v.toLowerCase(Locale.ROOT);
    }
}
