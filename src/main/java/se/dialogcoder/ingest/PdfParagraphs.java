package se.dialogcoder.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins the lines of a PDF into paragraphs separated by blank lines.
 *
 * <p>A new paragraph starts at a heading (larger or bold font), at a list item, after a vertical gap clearly
 * larger than the usual line spacing, after a short last line ending a sentence, after a list item when a
 * line starts at the bullet's margin again, and at a page break unless
 * a sentence obviously runs on (no full stop before it, lower-case letter after it). A line that starts a
 * speaker turn starts a new line. Other lines are joined with a space; a word broken by a soft hyphen, or by
 * a hyphen between lower-case letters, is joined again, but not before "och", "eller" and the like
 * ("barn- och ungdomspsykiatri"). Page numbers alone on the first or last line of a page are dropped.
 */
final class PdfParagraphs {
    private static final Pattern LIST_ITEM =
            Pattern.compile("^\\s*(?:[•◦▪▫·‣⁃●○■□➢►✓*–—-]\\s|\\d{1,3}[.)]\\s|[a-zA-Z][.)]\\s)");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^\\s*(?:(?:sida|sid\\.|s\\.|page|p\\.)\\s*)?\\d{1,4}(?:\\s*(?:av|of|/|\\(\\s*\\d+\\s*\\))\\s*\\d{0,4})?\\s*$");
    private static final Set<String> KEEP_HYPHEN_BEFORE = Set.of("och", "eller", "samt", "respektive", "resp",
            "som", "till", "men", "and", "or", "to");

    private final float bodySize;
    private final boolean bodyBold;
    private final float lineGap;
    private final float shortLineRight;
    private final SpeakerPrefix prefixes;

    private PdfParagraphs(List<PdfLineCollector.Line> lines) {
        this.bodySize = bodySize(lines);
        this.bodyBold = lines.stream().filter(this::isBodySize).mapToInt(l -> l.bold() ? 1 : -1).sum() > 0;
        this.lineGap = lineGap(lines);
        this.shortLineRight = shortLineRight(lines);
        this.prefixes = SpeakerPrefix.of(lines.stream().map(PdfLineCollector.Line::text).toList());
    }

    static String join(List<PdfLineCollector.Line> all) {
        List<PdfLineCollector.Line> lines = withoutPageNumbers(all);
        if (lines.isEmpty()) {
            return "";
        }
        PdfParagraphs rules = new PdfParagraphs(lines);
        StringBuilder out = new StringBuilder();
        PdfLineCollector.Line previous = null;
        float listItemLeft = Float.NaN;
        for (PdfLineCollector.Line line : lines) {
            String text = line.text().strip();
            if (previous != null) {
                String separator = rules.separator(previous, line);
                boolean runsOn = startsLowerCase(text) && !endsSentence(previous.text().strip());
                if (!Float.isNaN(listItemLeft) && separator.length() < 2 && line.left() <= listItemLeft + 1f
                        && !runsOn) {
                    separator = "\n\n"; // back at the margin of the bullet: the list item has ended
                }
                if (separator.isEmpty()) {
                    out.setLength(out.length() - 1);
                }
                out.append(separator);
                if (separator.equals("\n\n")) {
                    listItemLeft = Float.NaN;
                }
            }
            if (LIST_ITEM.matcher(text).find()) {
                listItemLeft = line.left();
            }
            out.append(text);
            previous = line;
        }
        return out.toString();
    }

    /** "\n\n" for a new paragraph, "\n" for a new line, " " to join, "" to join and drop the hyphen. */
    private String separator(PdfLineCollector.Line a, PdfLineCollector.Line b) {
        String first = a.text().strip();
        String next = b.text().strip();
        boolean headingA = isHeading(a);
        boolean headingB = isHeading(b);
        if (headingA != headingB || (headingA && Math.abs(a.fontSize() - b.fontSize()) > 0.5f)) {
            return "\n\n";
        }
        if (LIST_ITEM.matcher(next).find()) {
            return "\n\n";
        }
        if (a.page() != b.page()) {
            if (headingA || endsSentence(first) || !startsLowerCase(next)) {
                return "\n\n";
            }
        } else {
            float gap = b.baseline() - a.baseline();
            float usualGap = lineGap * Math.max(1f, Math.max(a.fontSize(), b.fontSize()) / bodySize);
            if (gap < 0 || gap > usualGap * 1.3f) {
                return "\n\n";
            }
            if (prefixes.match(b.text()) != null) {
                return "\n";
            }
            boolean indented = b.left() > a.left() + Math.max(4f, b.fontSize());
            if (!headingA && endsSentence(first) && startsUpperCase(next)
                    && (a.right() < shortLineRight || indented)) {
                return "\n\n";
            }
        }
        if (first.endsWith("\u00AD") || brokenWord(first, next)) {
            return "";
        }
        return " ";
    }

    private boolean isHeading(PdfLineCollector.Line line) {
        return line.fontSize() > bodySize * 1.15f || (line.bold() && !bodyBold);
    }

    private boolean isBodySize(PdfLineCollector.Line line) {
        return Math.abs(line.fontSize() - bodySize) < 0.5f;
    }

    private static boolean endsSentence(String text) {
        return text.matches(".*[.!?:;»”\"')]$");
    }

    private static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    private static boolean startsUpperCase(String text) {
        return !text.isEmpty() && !Character.isLowerCase(text.codePointAt(0));
    }

    private static boolean brokenWord(String previous, String next) {
        int n = previous.length();
        if (n < 4 || previous.charAt(n - 1) != '-') {
            return false;
        }
        if (!Character.isLowerCase(previous.charAt(n - 2)) || !Character.isLowerCase(previous.charAt(n - 3))) {
            return false;
        }
        if (!startsLowerCase(next)) {
            return false;
        }
        String firstWord = next.split("[^\\p{L}]", 2)[0];
        return !KEEP_HYPHEN_BEFORE.contains(firstWord);
    }

    /** The font size of most of the text. */
    private static float bodySize(List<PdfLineCollector.Line> lines) {
        Map<Integer, Integer> charsBySize = new HashMap<>();
        for (PdfLineCollector.Line line : lines) {
            charsBySize.merge(Math.round(line.fontSize() * 2), line.text().length(), Integer::sum);
        }
        return charsBySize.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f)
                .orElse(12f);
    }

    /** The usual distance between the baselines of two lines of body text. */
    private float lineGap(List<PdfLineCollector.Line> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            PdfLineCollector.Line a = lines.get(i - 1);
            PdfLineCollector.Line b = lines.get(i);
            float gap = b.baseline() - a.baseline();
            if (a.page() == b.page() && isBodySize(a) && isBodySize(b) && gap > 0 && gap < bodySize * 3) {
                gaps.add(gap);
            }
        }
        if (gaps.isEmpty()) {
            return Math.max(1f, bodySize) * 1.25f;
        }
        float[] sorted = new float[gaps.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = gaps.get(i);
        }
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A body line ending left of this ends short: 85 % of the way from the left margin to the right one. */
    private float shortLineRight(List<PdfLineCollector.Line> lines) {
        List<Float> rights = new ArrayList<>();
        float margin = Float.POSITIVE_INFINITY;
        for (PdfLineCollector.Line line : lines) {
            if (isBodySize(line)) {
                rights.add(line.right());
                margin = Math.min(margin, line.left());
            }
        }
        if (rights.isEmpty()) {
            return 0;
        }
        rights.sort(null);
        float right = rights.get((int) Math.floor((rights.size() - 1) * 0.9));
        return margin + (right - margin) * 0.85f;
    }

    private static List<PdfLineCollector.Line> withoutPageNumbers(List<PdfLineCollector.Line> lines) {
        List<PdfLineCollector.Line> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PdfLineCollector.Line line = lines.get(i);
            boolean firstOnPage = i == 0 || lines.get(i - 1).page() != line.page();
            boolean lastOnPage = i == lines.size() - 1 || lines.get(i + 1).page() != line.page();
            if ((firstOnPage || lastOnPage) && PAGE_NUMBER.matcher(line.text()).matches()) {
                continue;
            }
            kept.add(line);
        }
        return kept;
    }
}
