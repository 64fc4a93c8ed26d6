package se.dialogcoder.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import se.dialogcoder.model.CodePointText;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;
import se.dialogcoder.ui.Colors;

/** The text view's styles as pure functions: what a stretch looks like, and which stretches are restyled. */
class DocumentStylesTest {
    private static final String TEXT = "Länsdialog\n\nSamordnare: Vi har en handlingsplan.\n\nRepresentant: Bra.";
    private static final Code RED = new Code(1, "r", null, "Styrning", null, null, null, "#cc0000", 0);
    private static final Code BLUE = new Code(2, "b", null, "Handlingsplaner", null, null, null, "#0000cc", 1);

    private static List<String> styles(StyleSpans<String> spans) {
        return spans.stream().map(StyleSpan::getStyle).toList();
    }

    @Test
    void aStretchIsStyledFromTheCodingsAndSpeakersThatTouchItOnly() {
        CodePointText index = new CodePointText(TEXT);
        int turn = TEXT.indexOf("Samordnare");
        int body = TEXT.indexOf("Vi har");
        int plan = TEXT.indexOf("handlingsplan");
        List<TextUnit> units = List.of(new TextUnit(0, UnitKind.TURN, turn, TEXT.indexOf('.') + 1, body,
                "Samordnare", null, null), new TextUnit(1, UnitKind.TURN, TEXT.indexOf("Representant"),
                TEXT.length(), TEXT.indexOf("Bra"), "Representant", null, null));
        List<Coding> codings = List.of(new Coding(7, 1, 1, 1, body, plan + 13, null),
                new Coding(8, 1, 2, 1, plan, plan + 13, null), new Coding(9, 1, 1, 1, TEXT.indexOf("Bra"),
                        TEXT.length(), null));
        Map<Long, Code> codes = Map.of(1L, RED, 2L, BLUE);

        StyleSpans<String> stretch = DocumentView.spans(TEXT, index, units, codings, codes, 8, body, plan + 13);
        assertThat(stretch.length()).isEqualTo(plan + 13 - body);
        List<String> s = styles(stretch);
        assertThat(s).hasSize(2);
        assertThat(s.get(0)).contains(Colors.translucent(RED.color(), 0.38)).doesNotContain("underline");
        // the overlap: the inner (shorter) coding's colour, the other one's as underline, and the selected border
        assertThat(s.get(1)).contains(Colors.translucent(BLUE.color(), 0.38))
                .contains("-rtfx-underline-color: " + RED.color()).contains("border-stroke");

        StyleSpans<String> whole = DocumentView.spans(TEXT, index, units, codings, codes, -1, 0, TEXT.length());
        assertThat(whole.length()).isEqualTo(TEXT.length());
        assertThat(styles(whole)).anySatisfy(x -> assertThat(x).contains("bold"));
    }

    @Test
    void restyledRangesAreSortedAndNearbyOnesJoined() {
        List<int[]> merged = DocumentView.merged(List.of(new int[] {5000, 5100}, new int[] {10, 50},
                new int[] {40, 90}, new int[] {200, 260}, new int[] {9000, 9001}));
        assertThat(merged).containsExactly(new int[] {10, 260}, new int[] {5000, 5100}, new int[] {9000, 9001});
    }
}
