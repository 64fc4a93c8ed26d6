package se.dialogcoder.ingest.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish phone numbers: mobile ({@code 070-123 45 67}, {@code 0701234567}, {@code +46 70 123 45 67},
 * {@code 0046 70 …}, {@code +46 (0)70 …}) and landline or service numbers with an area code
 * ({@code 08-123 456 78}, {@code 031-12 34 56}, {@code 0771-123 456}, {@code 0910-123 45}), with single spaces or
 * hyphens between the groups: after the area code either one run of digits or groups of 2–3 digits, and a
 * hyphen only right after the area code.
 *
 * <p>Rules that keep ordinary numbers out: a number starts with {@code 0} (or {@code +46}/{@code 0046}) right
 * after a non-digit, so years, amounts ({@code 1 527 000 000 kronor}) and postcodes never qualify; it is not
 * followed by a currency, percent or count word;
 * a number in groups of three right after a digit and a space ({@code 1 060 000 000}) is an amount;
 * the national form has 8–10 digits (exactly 10 for mobile numbers, {@code 07…}); without any separator only
 * a 10-digit mobile number or a {@code +46} number counts; shapes of dates ({@code 03-12-2025}), times
 * ({@code 0830-1700}) and personnummer ({@code 050709-9805}) are not phone numbers.
 */
public final class PhoneDetector implements Detector {
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\p{M}_+])(?<!\\p{N}[-/.,:])"
                    + "(?:(?:\\+46|0046)[ -]?(?:\\(0\\)[ -]?)?[1-9]|0[1-9])"
                    + "(?:[ -]?\\d){5,9}"
                    + "(?![\\p{L}\\p{N}\\p{M}_])(?![-/.,:]\\p{N})");
    private static final Pattern NOT_A_PHONE = Pattern.compile(
            "\\d{6}[-+]\\d{4}|\\d{8}-\\d{4}"            // personnummer shapes
                    + "|\\d{1,2}-\\d{1,2}-\\d{2,4}"         // dates
                    + "|\\d{4}-\\d{4}");                    // time ranges such as 0830-1700
    private static final Pattern AMOUNT_SHAPE = Pattern.compile("\\d{1,3}(?:[ \\u00A0]\\d{3})+");
    private static final Pattern AMOUNT_AFTER = Pattern.compile(
            "^[ \\u00A0]*(?:kr\\b|kronor|mnkr|mkr|tkr|miljon|miljard|procent|%|st\\b|stycken|personer)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public List<PiiFinding> find(String text) {
        List<PiiFinding> out = new ArrayList<>();
        Offsets offsets = null;
        Matcher m = CANDIDATE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int end = acceptedEnd(text, m.start(), m.end());
            if (end > 0) {
                if (offsets == null) {
                    offsets = Offsets.of(text);
                }
                out.add(offsets.finding(PiiKind.PHONE, m.start(), end));
                from = end;
            } else {
                from = m.start() + 1; // a number may start inside a rejected candidate
            }
        }
        return out;
    }

    /**
     * The end of the phone number starting at {@code start}, or -1: the candidate itself, or the candidate
     * without trailing groups when the whole is too long (a number followed by another number).
     */
    private static int acceptedEnd(String text, int start, int end) {
        while (end > start) {
            String candidate = text.substring(start, end);
            if (isPhone(candidate)) {
                boolean amount = AMOUNT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 12))).find()
                        || AMOUNT_SHAPE.matcher(candidate).matches() && digitAndSpaceBefore(text, start);
                return amount ? -1 : end;
            }
            int cut = Math.max(candidate.lastIndexOf(' '), candidate.lastIndexOf('-'));
            if (cut <= 0) {
                return -1;
            }
            end = start + cut;
        }
        return -1;
    }

    /** "1 060 000 000": the candidate continues an amount written in groups of three. */
    private static boolean digitAndSpaceBefore(String text, int start) {
        return start >= 2 && Character.isDigit(text.charAt(start - 2))
                && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\u00A0');
    }

    static boolean isPhone(String candidate) {
        if (NOT_A_PHONE.matcher(candidate).matches()) {
            return false;
        }
        String national = PiiKind.nationalPhone(candidate);
        if (!national.startsWith("0") || national.length() < 2 || national.charAt(1) == '0') {
            return false;
        }
        boolean international = candidate.startsWith("+") || candidate.startsWith("00");
        String written = nationalWriting(candidate);
        boolean separated = written.indexOf(' ') >= 0 || written.indexOf('-') >= 0;
        if (separated && !wellGrouped(written)) {
            return false;
        }
        if (national.startsWith("07")) {
            return national.length() == 10;
        }
        return (separated || international) && national.length() >= 8 && national.length() <= 10;
    }

    /** The number as written, with {@code +46}/{@code 0046} (and {@code (0)}) turned into the leading 0. */
    private static String nationalWriting(String candidate) {
        String s = candidate.replace("(0)", "");
        if (s.startsWith("+46")) {
            return "0" + s.substring(3).replaceFirst("^[ -]+", "");
        }
        if (s.startsWith("0046")) {
            return "0" + s.substring(4).replaceFirst("^[ -]+", "");
        }
        return s;
    }

    /**
     * An area code ({@code 0} and 1–3 digits), then either one run of 5–8 digits or groups of 2–3 digits; a
     * hyphen only right after the area code.
     */
    private static boolean wellGrouped(String written) {
        String[] groups = written.split("[ -]");
        int hyphen = written.indexOf('-');
        if (hyphen >= 0 && (hyphen != groups[0].length() || written.indexOf('-', hyphen + 1) >= 0)) {
            return false;
        }
        if (groups.length < 2 || !groups[0].matches("0\\d{1,3}")) {
            return false;
        }
        if (groups.length == 2) {
            return groups[1].length() >= 2 && groups[1].length() <= 8;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() < 2 || groups[i].length() > 3) {
                return false;
            }
        }
        return true;
    }
}
