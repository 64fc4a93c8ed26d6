package se.dialogcoder.ingest.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish personal identity numbers (personnummer) and co-ordination numbers (samordningsnummer):
 * {@code YYMMDD-NNNN}, {@code YYMMDD+NNNN} (100 years or older), {@code YYMMDDNNNN}, {@code YYYYMMDD-NNNN} and
 * {@code YYYYMMDDNNNN}.
 *
 * <p>A candidate counts only when
 * <ul>
 *   <li>it stands alone: no letter or digit right before or after it, and not part of a longer number such as
 *       {@code 12-850709-9805} or {@code 8507099805,5};</li>
 *   <li>the last digit is the Luhn check digit of the 10-digit form;</li>
 *   <li>the date is a real calendar date (leap years included) in a century that fits the form: 18/19/20 for
 *       12 digits, 19xx or 20xx for 10 digits, 18xx or 19xx with {@code +}; a samordningsnummer has the day
 *       plus 60. An organisationsnummer (month part 20 or more, e.g. {@code 556677-8899}) is therefore never
 *       reported;</li>
 *   <li>it is not an ISBN (the word "ISBN" right before it).</li>
 * </ul>
 * A 10-digit run without separator that is also a Swedish mobile number ({@code 07…}) is left to
 * {@link PhoneDetector}: it is reported once, as a phone number.
 */
public final class PersonnummerDetector implements Detector {
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\p{M}_])(?<!\\p{N}[-/.,:+])"
                    + "(?:(\\d{2})(\\d{6})(-?)(\\d{4})|(\\d{6})([-+]?)(\\d{4}))"
                    + "(?![\\p{L}\\p{N}\\p{M}_])(?![-/.,:+]\\p{N})");
    private static final Pattern ISBN_BEFORE = Pattern.compile("(?i)isbn(?:-?1[03])?[:\\s]*$");

    @Override
    public List<PiiFinding> find(String text) {
        List<PiiFinding> out = new ArrayList<>();
        Offsets offsets = null;
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (accepted(m) && !isbnBefore(text, m.start())) {
                if (offsets == null) {
                    offsets = Offsets.of(text);
                }
                out.add(offsets.finding(PiiKind.PERSONNUMMER, m.start(), m.end()));
            }
        }
        return out;
    }

    private static boolean accepted(Matcher m) {
        if (m.group(1) != null) {
            int century = Integer.parseInt(m.group(1));
            if (century < 18 || century > 20) {
                return false;
            }
            return isValid(m.group(2) + m.group(4), new int[] {century});
        }
        String ten = m.group(5) + m.group(7);
        if (m.group(6).isEmpty() && ten.startsWith("07")) {
            return false; // a mobile number as well: PhoneDetector reports it
        }
        int[] centuries = "+".equals(m.group(6)) ? new int[] {18, 19} : new int[] {19, 20};
        return isValid(ten, centuries);
    }

    /** Whether the 10 digits have a valid check digit and a real date in one of the centuries. */
    static boolean isValid(String ten, int[] centuries) {
        if (ten.length() != 10 || !luhnValid(ten)) {
            return false;
        }
        int yy = Integer.parseInt(ten.substring(0, 2));
        int month = Integer.parseInt(ten.substring(2, 4));
        int day = Integer.parseInt(ten.substring(4, 6));
        if (day > 60) {
            day -= 60; // samordningsnummer
        }
        for (int century : centuries) {
            if (isDate(century * 100 + yy, month, day)) {
                return true;
            }
        }
        return false;
    }

    static boolean isDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    /** The Luhn check over 10 digits: weights 2,1,2,1… on the first nine, the tenth makes the sum end in 0. */
    static boolean luhnValid(String ten) {
        return checkDigit(ten.substring(0, 9)) == ten.charAt(9) - '0';
    }

    /** The check digit for the first nine digits of the 10-digit form. */
    public static int checkDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }

    private static boolean isbnBefore(String text, int start) {
        int from = Math.max(0, start - 12);
        return ISBN_BEFORE.matcher(text.substring(from, start)).find();
    }
}
