package se.dialogcoder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextNormaliserTest {
    @Test
    void lineEndsBecomeLineFeeds() {
        assertThat(TextNormaliser.normalise("a\r\nb\rc\u2028d\u2029e\u0085f")).isEqualTo("a\nb\nc\nd\ne\nf");
    }

    @Test
    void decomposedLettersAreComposed() {
        String decomposed = "O\u0308stergo\u0308tland, Ja\u0308mtland, Ska\u030Ane";
        assertThat(TextNormaliser.normalise(decomposed)).isEqualTo("Östergötland, Jämtland, Skåne");
    }

    @Test
    void byteOrderMarksAndControlCharactersGoTabsStay() {
        assertThat(TextNormaliser.normalise("\uFEFFa\u0000b\u0007c\td\u001B\uFEFFe")).isEqualTo("abc\tde");
    }

    @Test
    void softHyphensGoSoWordsCanBeFound() {
        assertThat(TextNormaliser.normalise("suicid\u00ADprevention")).isEqualTo("suicidprevention");
    }

    @Test
    void loneSurrogatesGoReplacementCharacterAndEmojiStay() {
        assertThat(TextNormaliser.normalise("a\uD800b\uDC00c\uFFFDd😀")).isEqualTo("abc\uFFFDd😀");
    }

    @Test
    void trailingSpaceBlankRunsAndOuterBlankLinesAreTidied() {
        String messy = "\n \n  Rubrik  \t\n\n\n\n\nStycke ett \u00A0\nrad två\n\n \n\t\nStycke två\n\n\n";
        assertThat(TextNormaliser.normalise(messy)).isEqualTo("  Rubrik\n\nStycke ett\nrad två\n\nStycke två");
    }

    @Test
    void normalisingTwiceChangesNothing() {
        Random random = new Random(20250312);
        String alphabet = "aåäöÅÄÖ \t\n\r\u2028\u0085\uFEFF\u0000\u0301\u0308e😀\uD800\uDC00\u00A0\u3000\u00AD:.[]";
        for (int round = 0; round < 2000; round++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.length());
                s.append(alphabet.charAt(at));
            }
            String once = TextNormaliser.normalise(s.toString());
            assertThat(TextNormaliser.normalise(once)).as("input %s", s).isEqualTo(once);
        }
    }
}
