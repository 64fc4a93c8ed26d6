package se.dialogcoder.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Texts from other programs come into stored form, and selections follow their words. */
class TextRemapTest {
    /** The passage a selection of the new text covers (code points, end exclusive). */
    private static String passage(TextRemap r, int originalStart, int originalEnd) {
        String t = r.text();
        int s = r.start(originalStart);
        int e = r.end(originalEnd);
        return t.substring(t.offsetByCodePoints(0, s), t.offsetByCodePoints(0, e));
    }

    private static int cp(String s, String word) {
        int i = s.indexOf(word);
        return s.codePointCount(0, i);
    }

    @Test
    void crlfBecomesLfAndSelectionsThatCountedTheCrsLandOnTheSameWords() {
        String original = "Moderator: Välkomna.\r\n\r\nLänssamordnare: Vi har en handlingsplan.\r\nSlut.";
        TextRemap r = TextRemap.of(original);
        assertThat(r.text()).isEqualTo("Moderator: Välkomna.\n\nLänssamordnare: Vi har en handlingsplan.\nSlut.");
        int s = cp(original, "handlingsplan");
        assertThat(passage(r, s, s + "handlingsplan".length())).isEqualTo("handlingsplan");
        int slut = cp(original, "Slut");
        assertThat(passage(r, slut, slut + 4)).isEqualTo("Slut");
        assertThat(passage(r, 0, original.length())).isEqualTo(r.text());
        assertThat(r.changed()).isTrue();
    }

    @Test
    void loneCrAndUnicodeLineSeparatorsBecomeLf() {
        TextRemap r = TextRemap.of("a\rb\u2028c\u0085d");
        assertThat(r.text()).isEqualTo("a\nb\nc\nd");
        assertThat(passage(r, 2, 3)).isEqualTo("b");
    }

    @Test
    void decomposedLettersAreComposedAndOffsetsAfterThemMoveBack() {
        // "Jämtland" with a + combining diaeresis, then an emoji (two UTF-16 units, one code point)
        String original = "Region Ja\u0308mtland 😀 efterlevandestöd";
        TextRemap r = TextRemap.of(original);
        assertThat(r.text()).isEqualTo(Normalizer.normalize(original, Normalizer.Form.NFC));
        int s = original.codePointCount(0, original.indexOf("efter"));
        assertThat(passage(r, s, s + "efterlevandestöd".length())).isEqualTo("efterlevandestöd");
        int j = original.codePointCount(0, original.indexOf("Ja"));
        assertThat(passage(r, j, j + 9)).isEqualTo("Jämtland");
    }

    @Test
    void anOffsetInsideAComposedLetterNeverSplitsIt() {
        String original = "a\u0308b"; // ä b
        TextRemap r = TextRemap.of(original);
        assertThat(r.text()).isEqualTo("äb");
        assertThat(r.start(1)).as("a start inside ä moves to its start").isZero();
        assertThat(r.end(1)).as("an end inside ä moves past it").isEqualTo(1);
        assertThat(r.end(3)).isEqualTo(2);
    }

    @Test
    void bomSoftHyphenAndControlCharactersAreDroppedAndOffsetsFollow() {
        String original = "\uFEFFsuicid\u00ADprevention\u0007 och stöd";
        TextRemap r = TextRemap.of(original);
        assertThat(r.text()).isEqualTo("suicidprevention och stöd");
        int s = original.codePointCount(0, original.indexOf("stöd"));
        assertThat(passage(r, s, s + 4)).isEqualTo("stöd");
        assertThat(passage(r, 1, original.indexOf(" och"))).isEqualTo("suicidprevention");
    }

    @Test
    void aTextAlreadyInStoredFormIsUnchanged() {
        TextRemap r = TextRemap.of("Skåne län\n\n😀 Öland");
        assertThat(r.changed()).isFalse();
        assertThat(r.start(4)).isEqualTo(4);
        assertThat(r.end(12)).isEqualTo(12);
    }

    @Test
    void randomTextsKeepEveryWordUnderItsSelection() {
        Random random = new Random(20250314);
        String[] words = {"län", "Ja\u0308mtland", "stöd", "😀", "Örebro", "e\u0301tude", "한", "\u1100\u1161\u11A8",
            "A\u030A"};
        String[] gaps = {" ", "\r\n", "\n", "\r", "\u00AD", "\uFEFF", " \t", "\u2028", "  "};
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                sb.append(gaps[random.nextInt(gaps.length)]);
                String w = words[random.nextInt(words.length)];
                int start = sb.codePointCount(0, sb.length());
                sb.append(w);
                spans.add(new int[] {start, start + w.codePointCount(0, w.length())});
                expected.add(Normalizer.normalize(w, Normalizer.Form.NFC));
            }
            String original = sb.toString();
            TextRemap r = TextRemap.of(original);
            assertThat(Normalizer.isNormalized(r.text(), Normalizer.Form.NFC)).as(original).isTrue();
            assertThat(r.text()).doesNotContain("\r", "\uFEFF", "\u00AD", "\u2028");
            for (int i = 0; i < spans.size(); i++) {
                assertThat(passage(r, spans.get(i)[0], spans.get(i)[1])).as("word %d of %s", i, original)
                        .isEqualTo(expected.get(i));
            }
        }
    }
}
