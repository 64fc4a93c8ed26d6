package se.dialogcoder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;

class UnitSplitterTest {
    private static final String TRANSCRIPT = String.join("\n",
            "Länsdialog 2025 – Region Gävleborg",
            "Datum: 2025-03-12",
            "Deltagare: Representant, Folkhälsomyndigheten; Länssamordnare",
            "",
            "Länssamordnare: Vi har ett länsnätverk.",
            "Det träffas varje månad.",
            "[00:12:03] Anna (region): Och vi har en handlingsplan.",
            "",
            "Representant, Folkhälsomyndigheten: Hur ser behovsanalysen ut?",
            "Länssamordnare: Den är från 2022.",
            "Representant, Folkhälsomyndigheten: Tack.");

    @Test
    void speakerLinesBecomeTurnsWithSpeakerBodyAndTime() {
        ParsedDocument doc = UnitSplitter.split(TRANSCRIPT);

        List<TextUnit> turns = doc.units().stream().filter(u -> u.kind() == UnitKind.TURN).toList();
        assertThat(turns).extracting(TextUnit::speaker).containsExactly("Länssamordnare", "Anna (region)",
                "Representant, Folkhälsomyndigheten", "Länssamordnare", "Representant, Folkhälsomyndigheten");
        assertThat(body(doc, turns.get(0))).isEqualTo("Vi har ett länsnätverk.\nDet träffas varje månad.");
        assertThat(body(doc, turns.get(1))).isEqualTo("Och vi har en handlingsplan.");
        assertThat(whole(doc, turns.get(1))).isEqualTo("[00:12:03] Anna (region): Och vi har en handlingsplan.");
        assertThat(turns.get(1).startMillis()).isEqualTo((12 * 60 + 3) * 1000L);
        assertThat(turns.get(0).startMillis()).isNull();
        assertThat(body(doc, turns.get(2))).isEqualTo("Hur ser behovsanalysen ut?");
        assertThat(doc.kind()).isEqualTo(DocumentKind.TRANSCRIPT);
    }

    @Test
    void headerLinesStayParagraphs() {
        ParsedDocument doc = UnitSplitter.split(TRANSCRIPT);

        TextUnit header = doc.units().get(0);
        assertThat(header.kind()).isEqualTo(UnitKind.PARAGRAPH);
        assertThat(header.speaker()).isNull();
        assertThat(whole(doc, header)).startsWith("Länsdialog 2025").contains("Datum: 2025-03-12")
                .endsWith("Länssamordnare");
        assertThat(header.bodyStart()).isEqualTo(header.start());
        assertThat(doc.dialogueDate()).isEqualTo("2025-03-12");
    }

    @Test
    void aSingleLabelledLineIsNotATurnButATimestampedOneIs() {
        ParsedDocument doc = UnitSplitter.split("Datum: 2025-03-12\nPlats: Teams\n\n[1:02:03.500] Moderator: Hej");

        assertThat(doc.units()).extracting(TextUnit::kind).containsExactly(UnitKind.PARAGRAPH, UnitKind.TURN);
        assertThat(doc.units().get(1).startMillis()).isEqualTo(3_723_500L);
        assertThat(doc.kind()).isEqualTo(DocumentKind.NOTES);
    }

    @Test
    void sentencesWithAColonAreNotSpeakers() {
        String text = "Vi diskuterade följande: styrning.\nVi diskuterade följande: medel.\n"
                + "Kl. 10: paus\nKl. 10: paus\nSe https://example.org\nDetta är en mycket lång mening med många ord i "
                + "sig som inte är ett namn: nej\nDetta är en mycket lång mening med många ord i sig som inte är ett "
                + "namn: nej";
        ParsedDocument doc = UnitSplitter.split(text);

        // "Vi diskuterade följande" occurs twice and is a plausible label; the others are not labels
        assertThat(doc.units()).filteredOn(u -> u.kind() == UnitKind.TURN).extracting(TextUnit::speaker)
                .containsOnly("Vi diskuterade följande");
    }

    @Test
    void offsetsAreCodePointsEvenAfterEmojiAndMusicSymbols() {
        String text = "Intro 😀 med 𝄞 och 👩‍👩‍👧\n\nAnna: Hej 𝄞 där\nBertil: Tjena\nAnna: Hej igen\nBertil: 🎵\n\nSlut 🎉";
        ParsedDocument doc = UnitSplitter.split(text);

        int[] cps = text.codePoints().toArray();
        assertThat(doc.units()).hasSize(6);
        assertThat(substring(cps, doc.units().get(0).start(), doc.units().get(0).end()))
                .isEqualTo("Intro 😀 med 𝄞 och 👩‍👩‍👧");
        TextUnit anna = doc.units().get(1);
        assertThat(anna.speaker()).isEqualTo("Anna");
        assertThat(substring(cps, anna.bodyStart(), anna.end())).isEqualTo("Hej 𝄞 där");
        assertThat(substring(cps, doc.units().get(2).bodyStart(), doc.units().get(2).end())).isEqualTo("Tjena");
        assertThat(substring(cps, doc.units().get(5).start(), doc.units().get(5).end())).isEqualTo("Slut 🎉");
        assertThat(doc.units().get(5).end()).isEqualTo(cps.length);
    }

    @Test
    void aNameSaidOnlyOnceWithoutTimestampIsNotASpeaker() {
        ParsedDocument doc = UnitSplitter.split("Anna: Hej\nBertil: Tjena\nAnna: Hej igen");

        assertThat(doc.units()).extracting(TextUnit::speaker).containsExactly("Anna", "Anna");
        assertThat(UnitSplitterTest.whole(doc, doc.units().get(0))).isEqualTo("Anna: Hej\nBertil: Tjena");
    }

    @Test
    void bracketlessAndShortTimestampsAreRead() {
        ParsedDocument doc = UnitSplitter.split("00:01:02 Anna: Hej\n[03:04] Bertil: Tjena\n[00:00:05,250] Anna: Ja");

        assertThat(doc.units()).extracting(TextUnit::startMillis).containsExactly(62_000L, 184_000L, 5_250L);
        assertThat(doc.units()).extracting(TextUnit::speaker).containsExactly("Anna", "Bertil", "Anna");
    }

    @Test
    void labelAloneOnItsLineHasItsBodyOnTheNextLine() {
        String text = "Anna:\nFörsta stycket.\n\nBertil:\nAndra.\n\nAnna:\nTredje.\nBertil:\nFjärde.";
        ParsedDocument doc = UnitSplitter.split(text);

        int[] cps = text.codePoints().toArray();
        assertThat(doc.units()).extracting(TextUnit::speaker).containsExactly("Anna", "Bertil", "Anna", "Bertil");
        TextUnit first = doc.units().get(0);
        assertThat(substring(cps, first.bodyStart(), first.end())).isEqualTo("Första stycket.");
    }

    @Test
    void notesWithoutSpeakersAreNotesWithParagraphs() {
        ParsedDocument doc = UnitSplitter.split("Minnesanteckningar 12 mars 2025\n\nPunkt ett\nfortsätter\n\nPunkt två");

        assertThat(doc.kind()).isEqualTo(DocumentKind.NOTES);
        assertThat(doc.units()).hasSize(3).allMatch(u -> u.kind() == UnitKind.PARAGRAPH);
        assertThat(doc.dialogueDate()).isEqualTo("2025-03-12");
    }

    @Test
    void dateIsOnlyTakenFromTheFirstLinesAndMustBeReal() {
        assertThat(UnitSplitter.dialogueDate("Datum: 2025-02-30\nden 5 maj 2024")).isEqualTo("2024-05-05");
        assertThat(UnitSplitter.dialogueDate("a\n".repeat(20) + "2025-03-12")).isNull();
        assertThat(UnitSplitter.dialogueDate("Möte 3 okt. 2025, inte 2025-01-01")).isEqualTo("2025-10-03");
    }

    static String body(ParsedDocument doc, TextUnit unit) {
        return substring(doc.text().codePoints().toArray(), unit.bodyStart(), unit.end());
    }

    static String whole(ParsedDocument doc, TextUnit unit) {
        return substring(doc.text().codePoints().toArray(), unit.start(), unit.end());
    }

    static String substring(int[] cps, int start, int end) {
        return new String(cps, start, end - start);
    }
}
