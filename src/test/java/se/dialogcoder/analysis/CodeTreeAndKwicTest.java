package se.dialogcoder.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodePointText;
import se.dialogcoder.model.Span;

/** Code paths and look-up; keyword-in-context snippets. */
class CodeTreeAndKwicTest {
    private static final List<Code> CODES = List.of(
            new Code(1, "plan", null, "Handlingsplaner", null, null, null, "#000000", 1),
            new Code(2, "plan.lans", 1L, "Länsgemensam plan", null, null, null, "#000000", 0),
            new Code(3, "plan.ovrigt", 1L, "Övrigt", null, null, null, "#000000", 1),
            new Code(4, "styr", null, "Styrning", null, null, null, "#000000", 0),
            new Code(5, "styr.ovrigt", 4L, "Övrigt", null, null, null, "#000000", 0));
    private final CodeTree tree = new CodeTree(CODES);

    @Test
    void pathsOrderAndSubtrees() {
        assertThat(tree.all()).extracting(Code::id).containsExactly(4L, 5L, 1L, 2L, 3L);
        assertThat(tree.path(2)).isEqualTo("Handlingsplaner / Länsgemensam plan");
        assertThat(tree.subtree(1)).containsExactly(1L, 2L, 3L);
        assertThat(tree.rootOf(3)).isEqualTo(1);
        assertThat(tree.selfAndAncestors(5)).containsExactly(5L, 4L);
    }

    @Test
    void codesAreFoundByPathIdOrUniqueName() {
        assertThat(tree.resolve("Handlingsplaner / Länsgemensam plan").id()).isEqualTo(2);
        assertThat(tree.resolve("handlingsplaner/länsgemensam  plan").id()).isEqualTo(2);
        assertThat(tree.resolve("plan.ovrigt").id()).isEqualTo(3);
        assertThat(tree.resolve("Länsgemensam plan").id()).isEqualTo(2);
        assertThat(tree.resolve("Styrning / Övrigt").id()).isEqualTo(5);
        assertThatThrownBy(() -> tree.resolve("Övrigt")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ambiguous").hasMessageContaining("Styrning / Övrigt")
                .hasMessageContaining("Handlingsplaner / Övrigt");
        assertThatThrownBy(() -> tree.resolve("Saknas")).hasMessageContaining("no code \"Saknas\"");
    }

    @Test
    void anExactPathOrNameWinsOverAnIdAndAmbiguityListsPathsAndIds() {
        CodeTree t = new CodeTree(List.of(
                new Code(1, "styrning", null, "Styrning och samordning", null, null, null, "#000000", 0),
                new Code(2, "0b5c6e0e-0000-4000-8000-000000000001", null, "Styrning", null, null, null, "#000000", 1),
                new Code(3, "a.civil", null, "A", null, null, null, "#000000", 2),
                new Code(4, "a.civil.x", 3L, "Civilsamhälle", null, null, null, "#000000", 0),
                new Code(5, "b", null, "B", null, null, null, "#000000", 3),
                new Code(6, "b.civil", 5L, "Civilsamhälle", null, null, null, "#000000", 0)));
        assertThat(t.resolve("Styrning").id()).isEqualTo(2); // the name as written, not the id "styrning"
        assertThat(t.resolve("id:styrning").id()).isEqualTo(1);
        assertThat(t.resolve("ID: styrning").id()).isEqualTo(1);
        assertThat(t.resolve("styrning och SAMORDNING").id()).isEqualTo(1);
        assertThat(t.resolve("a.civil.x").id()).isEqualTo(4);
        assertThat(t.resolve("B/Civilsamhälle").id()).isEqualTo(6);
        assertThatThrownBy(() -> t.resolve("civilsamhälle")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fits 2 codes")
                .hasMessageContaining("\"A / Civilsamhälle\" (id a.civil.x)")
                .hasMessageContaining("\"B / Civilsamhälle\" (id b.civil)");
        assertThatThrownBy(() -> t.resolve("id:saknas")).hasMessageContaining("no code with the id \"saknas\"");
    }

    @Test
    void snippetsCutAtWordsOnOneLine() {
        String text = "Inledning.\nVi har en länsgemensam handlingsplan för hela länet sedan 2023.\n\nSlut.";
        CodePointText t = new CodePointText(text);
        int at = text.indexOf("handlingsplan");
        Kwic.Snippet s = Kwic.of(t, new Span(at, at + 13), 15);
        assertThat(s.match()).isEqualTo("handlingsplan");
        assertThat(s.before()).isEqualTo("…länsgemensam "); // 15 back is inside "en": cut at the next word
        assertThat(s.after()).isEqualTo(" för hela länet…");
        Kwic.Snippet whole = Kwic.of(t, new Span(0, 9), 200);
        assertThat(whole.before()).isEmpty();
        assertThat(whole.after()).isEqualTo(". Vi har en länsgemensam handlingsplan för hela länet sedan 2023. Slut.");
    }

    @Test
    void snippetsCountCodePoints() {
        String text = "🙂🙂 plan 🙂 slut";
        CodePointText t = new CodePointText(text);
        assertThat(t.length()).isEqualTo(14);
        Kwic.Snippet s = Kwic.of(t, new Span(3, 7), 10);
        assertThat(s.match()).isEqualTo("plan");
        assertThat(s.text()).isEqualTo("🙂🙂 plan 🙂 slut");
    }
}
