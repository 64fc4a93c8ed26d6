package se.dialogcoder.ingest.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses: a local part of letters (å, ä, ö and other scripts included), digits and {@code . _ % + -},
 * an {@code @}, and a domain with at least one dot and a top-level domain of two or more letters. A full stop
 * after the address (end of a sentence) is not part of it.
 */
public final class EmailDetector implements Detector {
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}-]*[\\p{L}\\p{N}\\p{M}])?";
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\p{M}._%+\\-@])"
                    + "[\\p{L}\\p{N}_%+\\-](?:[\\p{L}\\p{N}\\p{M}._%+\\-]*[\\p{L}\\p{N}\\p{M}_%+\\-])?"
                    + "@" + LABEL + "(?:\\." + LABEL + ")*\\.\\p{L}{2,}"
                    + "(?![\\p{L}\\p{N}\\p{M}\\-@])");

    @Override
    public List<PiiFinding> find(String text) {
        if (text.indexOf('@') < 0) {
            return List.of();
        }
        List<PiiFinding> out = new ArrayList<>();
        Offsets offsets = Offsets.of(text);
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            out.add(offsets.finding(PiiKind.EMAIL, m.start(), m.end()));
        }
        return out;
    }
}
