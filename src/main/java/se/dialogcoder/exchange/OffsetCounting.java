package se.dialogcoder.exchange;

import java.util.List;
import java.util.Locale;
import se.dialogcoder.model.UserMessage;

/**
 * One way of counting the positions of a text source: the unit, whether a byte order mark at the start of the text
 * file is counted as a character, and whether a CR LF line end counts as two characters or one.
 *
 * <p>{@link #forOrigin} holds what each program is known to write (the {@code origin} attribute of the project);
 * it is the prior that an import starts from and that breaks ties when the text cannot decide.
 */
public record OffsetCounting(OffsetUnit unit, boolean bomCounted, boolean crlfAsTwo) {
    /** The standard: code points, BOM not counted, CR LF as the two characters it is. */
    public static final OffsetCounting STANDARD = new OffsetCounting(OffsetUnit.CODE_POINTS, false, true);
    /** NVivo 12 and 14: UTF-16 units of the plain text, BOM not counted, CR LF as two. */
    public static final OffsetCounting NVIVO = new OffsetCounting(OffsetUnit.UTF16, false, true);

    /** What the origin of a file says about its counting: first entry whose words the origin contains. */
    private record Known(String contains, OffsetCounting counting) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known("nvivo", NVIVO),
            new Known("utf-16", NVIVO), // DialogCoder's export with --offsets utf16 says so in its origin
            new Known("qualcoder", STANDARD),
            new Known("atlas.ti", STANDARD),
            new Known("maxqda", STANDARD),
            new Known("f4", STANDARD),
            new Known("dialogcoder", STANDARD));

    /** The counting a program is known to use, or null when the origin names no program of the table. */
    public static OffsetCounting forOrigin(String origin) {
        if (origin == null) {
            return null;
        }
        String o = origin.toLowerCase(Locale.ROOT);
        for (Known k : KNOWN) {
            if (o.contains(k.contains())) {
                return k.counting();
            }
        }
        return null;
    }

    /**
     * The counting in words, e.g. "UTF-16 units, CR LF as two, BOM not counted"; the BOM and CR LF parts only when
     * the text has them (else they make no difference).
     */
    public UserMessage describe(boolean hasBom, boolean hasCrlf) {
        UserMessage u = unit == OffsetUnit.UTF16 ? UserMessage.of("refi.offsets.utf16", "UTF-16 units")
                : UserMessage.of("refi.offsets.codePoints", "code points");
        Object crlf = !hasCrlf ? "" : crlfAsTwo ? UserMessage.of("refi.offsets.crlfTwo", ", CR LF as two")
                : UserMessage.of("refi.offsets.crlfOne", ", CR LF as one");
        Object bom = !hasBom ? "" : bomCounted ? UserMessage.of("refi.offsets.bomCounted", ", BOM counted")
                : UserMessage.of("refi.offsets.bomNotCounted", ", BOM not counted");
        return UserMessage.of("refi.offsets.counting", "{0}{1}{2}", u, crlf, bom);
    }
}
