package se.dialogcoder.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Lets PDFBox find the lines of text in reading order and keeps, for each line, where it is on the page and
 * in which font size and weight, so {@link PdfParagraphs} can tell headings, list items and paragraphs apart.
 * Writes nothing to PDFBox's output.
 */
final class PdfLineCollector extends PDFTextStripper {
    /** One line of text: left and right edge, baseline (downwards from the top), font size, mostly bold. */
    record Line(String text, float left, float right, float baseline, float fontSize, boolean bold, int page) {
    }

    /** Thrown when the text grows beyond the limit. */
    static final class TooLong extends IOException {
        TooLong() {
            super("text limit reached");
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private final int limit;
    private final StringBuilder text = new StringBuilder();
    private long totalChars;
    private int page;
    private float left;
    private float right;
    private float baseline;
    private float fontSize;
    private int chars;
    private int boldChars;

    PdfLineCollector(int limit) {
        this.limit = limit;
        setSortByPosition(false);
        resetLine();
    }

    List<Line> lines() {
        return lines;
    }

    @Override
    protected void startPage(PDPage pdPage) throws IOException {
        page++;
        super.startPage(pdPage);
    }

    @Override
    protected void writeString(String s, List<TextPosition> positions) throws IOException {
        text.append(s);
        totalChars += s.length();
        if (totalChars > limit) {
            throw new TooLong();
        }
        for (TextPosition p : positions) {
            left = Math.min(left, p.getXDirAdj());
            right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
            baseline = Math.max(baseline, p.getYDirAdj());
            fontSize = Math.max(fontSize, p.getFontSizeInPt());
            chars++;
            if (isBold(p.getFont())) {
                boldChars++;
            }
        }
    }

    @Override
    protected void writeString(String s) {
        text.append(s);
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        finishLine();
    }

    @Override
    protected void writeParagraphStart() {
    }

    @Override
    protected void writeParagraphEnd() {
        finishLine();
    }

    @Override
    protected void writePageStart() {
    }

    @Override
    protected void writePageEnd() {
        finishLine();
    }

    private void finishLine() {
        String line = text.toString();
        if (!line.isBlank()) {
            float size = Float.isFinite(fontSize) && fontSize > 0 ? fontSize : 0;
            float l = Float.isFinite(left) ? left : 0;
            float r = Float.isFinite(right) ? right : l;
            float y = Float.isFinite(baseline) ? baseline : 0;
            lines.add(new Line(line, l, r, y, size, chars > 0 && boldChars * 10 >= chars * 9, page));
        }
        resetLine();
    }

    private void resetLine() {
        text.setLength(0);
        left = Float.POSITIVE_INFINITY;
        right = Float.NEGATIVE_INFINITY;
        baseline = Float.NEGATIVE_INFINITY;
        fontSize = 0;
        chars = 0;
        boldChars = 0;
    }

    private static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName();
        if (name != null) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.contains("bold") || lower.contains("black") || lower.contains("heavy")) {
                return true;
            }
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 700);
    }
}
