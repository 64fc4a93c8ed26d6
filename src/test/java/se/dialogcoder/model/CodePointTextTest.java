package se.dialogcoder.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Project offsets are code points; Java and the text view count UTF-16 chars. */
class CodePointTextTest {
    @Test
    void aTextWithoutPairsMapsOneToOne() {
        CodePointText t = new CodePointText("Länsdialog – Skåne");
        assertThat(t.length()).isEqualTo(18);
        assertThat(t.toChar(5)).isEqualTo(5);
        assertThat(t.toCodePoint(5)).isEqualTo(5);
        assertThat(t.slice(13, 99)).isEqualTo("Skåne");
    }

    @Test
    void charactersOutsideTheBasicPlaneCountOnceBothWays() {
        String s = "a😀b😀😀c";
        CodePointText t = new CodePointText(s);
        assertThat(t.length()).isEqualTo(6);
        for (int cp = 0; cp <= t.length(); cp++) {
            int ch = t.toChar(cp);
            assertThat(ch).isEqualTo(s.offsetByCodePoints(0, cp));
            assertThat(t.toCodePoint(ch)).as("char %d", ch).isEqualTo(cp);
        }
        // an index between the two halves of a pair (a selection cannot end there) counts as the next code point
        assertThat(t.toCodePoint(2)).isEqualTo(2);
        assertThat(t.slice(1, 3)).isEqualTo("😀b");
        assertThat(t.codePointAt(5)).isEqualTo('c');
    }
}
