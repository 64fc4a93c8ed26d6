package se.dialogcoder.exchange;

import java.text.Normalizer;
import java.util.BitSet;

/**
 * Brings a source text from another program into the stored form of DialogCoder and maps offsets of the original
 * onto it, so a selection lands on the same words.
 *
 * <p>The stored form is: line ends {@code \n} (CR LF, lone CR, U+2028, U+2029 and U+0085 become {@code \n}), no
 * byte order mark (U+FEFF), no soft hyphen, no control character other than {@code \n} and {@code \t}, Unicode NFC.
 * Nothing else changes: the words, spaces and blank lines stay as the other program had them.
 *
 * <p>Offsets are code points, as in REFI-QDA. {@link #start} and {@link #end} map an original offset to the new text:
 * a removed character collapses onto the position after what precedes it, and an offset that fell inside a sequence
 * NFC composes into one character (a letter and its combining accent) is moved to the start of that character
 * for a selection start and past it for a selection end, so no selection ever splits a character.
 */
public final class TextRemap {
    private final String text;
    private final int[] toNew;
    private final BitSet inside;
    private final boolean changed;

    private TextRemap(String text, int[] toNew, BitSet inside, boolean changed) {
        this.text = text;
        this.toNew = toNew;
        this.inside = inside;
        this.changed = changed;
    }

    public static TextRemap of(String original) {
        int[] cps = original.codePoints().toArray();
        int n = cps.length;
        // 1. clean: kept code points, and for each original offset the number of kept code points before it
        int[] kept = new int[n];
        int[] cleanPos = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            cleanPos[i] = k;
            int c = cps[i];
            if (c == '\r') {
                if (i + 1 < n && cps[i + 1] == '\n') {
                    continue; // the \n that follows stands for the pair
                }
                kept[k++] = '\n';
            } else if (c == 0x2028 || c == 0x2029 || c == 0x85) {
                kept[k++] = '\n';
            } else if (c == '\n' || c == '\t') {
                kept[k++] = c;
            } else if (c == 0xFEFF || c == 0xAD || c == 0xFFFE || c == 0xFFFF
                    || Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.SURROGATE) {
                continue;
            } else {
                kept[k++] = c;
            }
        }
        cleanPos[n] = k;
        String cleaned = new String(kept, 0, k);
        // 2. NFC, one composable segment at a time, so each segment's offsets can be followed
        int[] nfcPos = new int[k + 1];
        BitSet insideClean = new BitSet(k + 1);
        String normalised;
        if (Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)) {
            for (int j = 0; j <= k; j++) {
                nfcPos[j] = j;
            }
            normalised = cleaned;
        } else {
            StringBuilder out = new StringBuilder(cleaned.length());
            int outLength = 0;
            int a = 0;
            while (a < k) {
                int b = a + 1;
                while (b < k && !startsSegment(kept[b])) {
                    b++;
                }
                String segment = Normalizer.normalize(new String(kept, a, b - a), Normalizer.Form.NFC);
                nfcPos[a] = outLength;
                for (int j = a + 1; j < b; j++) {
                    nfcPos[j] = outLength;
                    insideClean.set(j);
                }
                out.append(segment);
                outLength += segment.codePointCount(0, segment.length());
                a = b;
            }
            nfcPos[k] = outLength;
            normalised = out.toString();
        }
        // 3. compose the two maps
        int[] toNew = new int[n + 1];
        BitSet inside = new BitSet(n + 1);
        for (int i = 0; i <= n; i++) {
            toNew[i] = nfcPos[cleanPos[i]];
            if (insideClean.get(cleanPos[i])) {
                inside.set(i);
            }
        }
        return new TextRemap(normalised, toNew, inside, !normalised.equals(original));
    }

    /** Whether a code point begins a new NFC segment (it cannot compose with what precedes it). */
    private static boolean startsSegment(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return false;
        }
        // Hangul vowel and trailing jamo compose with the syllable before them
        return !(c >= 0x1161 && c <= 0x1175) && !(c >= 0x11A8 && c <= 0x11C2);
    }

    /** The text in stored form. */
    public String text() {
        return text;
    }

    /** Length of the original text in code points. */
    public int originalLength() {
        return toNew.length - 1;
    }

    /** Whether the stored form differs from the original. */
    public boolean changed() {
        return changed;
    }

    /** Where a selection starting at an original offset starts in the new text. */
    public int start(int originalOffset) {
        return toNew[originalOffset];
    }

    /** Where a selection ending (exclusively) at an original offset ends in the new text. */
    public int end(int originalOffset) {
        int i = originalOffset;
        while (inside.get(i) && i < toNew.length - 1) {
            i++;
        }
        return toNew[i];
    }
}
