package se.dialogcoder.exchange;

import java.util.Locale;

/**
 * How the user wants the positions of an imported file counted: each part either forced or left to the import to
 * work out ({@code null}). {@link #AUTO} forces nothing; any forced part is an explicit choice, with which an import
 * goes ahead even when the selections' names do not match (the report says how many do).
 *
 * <p>Written as {@code auto}, {@code codepoints} or {@code utf16}, optionally followed by {@code ,crlf1} or
 * {@code ,crlf2} (CR LF counted as one or two) and {@code ,bom} or {@code ,nobom} (a byte order mark counted or
 * not), e.g. {@code utf16,crlf2,nobom} (exactly NVivo) or {@code auto,crlf1}.
 */
public record OffsetChoice(OffsetUnit unit, Boolean bomCounted, Boolean crlfAsTwo) {
    public static final OffsetChoice AUTO = new OffsetChoice(null, null, null);

    /** The values {@link #parse} accepts, for help texts. */
    public static final String SYNTAX = "auto|codepoints|utf16[,crlf1|crlf2][,bom|nobom]";

    /** Whether the user forced any part. */
    public boolean explicit() {
        return unit != null || bomCounted != null || crlfAsTwo != null;
    }

    /** Whether a counting agrees with every forced part. */
    boolean allows(OffsetCounting c) {
        return (unit == null || unit == c.unit()) && (bomCounted == null || bomCounted == c.bomCounted())
                && (crlfAsTwo == null || crlfAsTwo == c.crlfAsTwo());
    }

    /** Reads a choice as written on the command line; an unknown word is an IllegalArgumentException. */
    public static OffsetChoice parse(String text) {
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split("\\s*,\\s*");
        OffsetUnit unit = switch (parts[0]) {
            case "auto" -> null;
            case "codepoints", "code-points" -> OffsetUnit.CODE_POINTS;
            case "utf16", "utf-16" -> OffsetUnit.UTF16;
            default -> throw new IllegalArgumentException("\"" + parts[0] + "\" is not a counting; use " + SYNTAX);
        };
        Boolean bom = null;
        Boolean crlf = null;
        for (int i = 1; i < parts.length; i++) {
            switch (parts[i]) {
                case "crlf1" -> crlf = Boolean.FALSE;
                case "crlf2" -> crlf = Boolean.TRUE;
                case "bom" -> bom = Boolean.TRUE;
                case "nobom" -> bom = Boolean.FALSE;
                default -> throw new IllegalArgumentException("\"" + parts[i] + "\" is not a part of a counting; use "
                        + SYNTAX);
            }
        }
        return new OffsetChoice(unit, bom, crlf);
    }
}
