package se.dialogcoder.app.teamwork;

import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import java.nio.file.Path;
import java.util.List;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;

/**
 * A small hand-made project for agreement tests, with hand-countable codings.
 *
 * <pre>
 * "Samtal" (transcript, Skåne), 40 code points, four turns of 10: [0,10) [10,20) [20,30) [30,40)
 *   Efterlevandestöd: Anna [2,8) and [5,12) (overlapping: [2,12) once), Bo [4,10), Cia [2,12)
 *   Styrning:         Anna [30,40), Bo [31,35)
 * "Anteckning" (notes, Kalmar), 20 code points, two paragraphs [0,10) [10,20)
 *   Efterlevandestöd: Anna [12,14)      Styrning: Bo [0,5)
 * "Bara Anna" (notes): Efterlevandestöd: Anna [0,4)   (only one coder: left out)
 * Handlingsplaner: a code nobody used. Efterlevandestöd lies under Suicidprevention.
 * </pre>
 */
public final class AgreementFixture {
    public static final String CHILD = "Suicidprevention / Efterlevandestöd";
    public static final String STYRNING = "Styrning";
    public static final String UNUSED = "Handlingsplaner";

    private AgreementFixture() {
    }

    public static Path create(Path file) throws Exception {
        String t1 = "Mod: Hej.\n" + "Liv: Stöd\n" + "Bo: Ja då\n" + "Mod: Tack\n";
        String t3 = "Åtgärd A.\n" + "Plan finns";
        String t2 = "Bara Anna har läst.";
        check(t1, 40);
        check(t3, 20);
        try (Project p = ProjectStores.create(file, "Överensstämmelse", "2025")) {
            p.write(tx -> {
                Document d1 = tx.documents().insert(new NewDocument("Samtal", County.SKANE, DocumentKind.TRANSCRIPT,
                        "2025", null, "samtal.txt", t1, List.of(turn(0, 0, "Mod"), turn(1, 10, "Liv"),
                        turn(2, 20, "Bo"), turn(3, 30, "Mod"))));
                Document d3 = tx.documents().insert(new NewDocument("Anteckning", County.KALMAR, DocumentKind.NOTES,
                        "2025", null, "anteckning.txt", t3, List.of(TextUnit.paragraph(0, 0, 10),
                        TextUnit.paragraph(1, 10, 20))));
                Document d2 = tx.documents().insert(new NewDocument("Bara Anna", null, DocumentKind.NOTES, "2025",
                        null, "bara.txt", t2, List.of(TextUnit.paragraph(0, 0, t2.length()))));
                long parent = tx.codes().insert("suicidprevention", null, "Suicidprevention", null, null, null,
                        "#0072B2", 0).id();
                long child = tx.codes().insert("suicidprevention.efterlevandestod", parent, "Efterlevandestöd",
                        null, null, null, "#56B4E9", 0).id();
                long styrning = tx.codes().insert("styrning", null, "Styrning", null, null, null, "#E69F00", 1).id();
                tx.codes().insert("handlingsplaner", null, "Handlingsplaner", null, null, null, "#009E73", 2);
                long anna = tx.coders().getOrCreate("Anna").id();
                long bo = tx.coders().getOrCreate("Bo").id();
                long cia = tx.coders().getOrCreate("Cia").id();
                tx.coders().getOrCreate("Dag"); // a coder who never coded anything
                tx.codings().insert(d1.id(), child, anna, 2, 8);
                tx.codings().insert(d1.id(), child, anna, 5, 12);
                tx.codings().insert(d1.id(), child, bo, 4, 10);
                tx.codings().insert(d1.id(), child, cia, 2, 12);
                tx.codings().insert(d1.id(), styrning, anna, 30, 40);
                tx.codings().insert(d1.id(), styrning, bo, 31, 35);
                tx.codings().insert(d3.id(), child, anna, 12, 14);
                tx.codings().insert(d3.id(), styrning, bo, 0, 5);
                tx.codings().insert(d2.id(), child, anna, 0, 4);
                return null;
            });
        }
        return file;
    }

    private static TextUnit turn(int index, int start, String speaker) {
        return new TextUnit(index, UnitKind.TURN, start, start + 10, start + speaker.length() + 2, speaker, null,
                null);
    }

    private static void check(String text, int codePoints) {
        if (text.codePointCount(0, text.length()) != codePoints) {
            throw new IllegalStateException("fixture text has the wrong length: " + text);
        }
    }
}
