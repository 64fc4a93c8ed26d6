package se.dialogcoder.analysis;

import se.dialogcoder.app.Project;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewCoding;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;

/**
 * A small project whose counts are worked out by hand (see the table below). Four documents:
 * <pre>
 *   d1  Skåne (12)   transcript  100 code points  units [0,39) Moderator, [40,100) Samordnare
 *   d2  Skåne (12)   notes       200              units [0,100), [100,200)
 *   d3  Gotland (09) notes       100              unit  [0,100)
 *   d4  unknown      notes        50              unit  [0,50)   round 2024, attribute typ=uppföljning
 * </pre>
 * Codes: A (children A1, A2), B (child B1), C. Codings (document code coder start–end):
 * <pre>
 *    1 d1 A1 anna  0–20      6 d2 B1 bo    40–80
 *    2 d1 A1 anna 10–30      7 d2 B1 anna 100–110
 *    3 d1 A2 anna 25–45      8 d3 A1 bo     0–10
 *    4 d1 B  anna 50–60      9 d3 C  bo     5–25
 *    5 d2 A  anna  0–50     10 d4 B  anna   0–10
 * </pre>
 */
final class CountingFixture {
    final Project project;
    final Code a;
    final Code a1;
    final Code a2;
    final Code b;
    final Code b1;
    final Code c;
    final Document d1;
    final Document d2;
    final Document d3;
    final Document d4;
    final List<Long> codings = new ArrayList<>();

    CountingFixture(Path dir) throws Exception {
        Path file = dir.resolve("fixture.dcproj");
        project = ProjectStores.create(file, "Fixture", "2025");
        String t1 = "Moderator: " + "a".repeat(28) + "\n" + "Samordnare: " + "b".repeat(48);
        d1 = project.write(tx -> tx.documents().insert(new NewDocument("d1", County.SKANE, DocumentKind.TRANSCRIPT,
                "2025", null, "d1.txt", t1, List.of(
                        new TextUnit(0, UnitKind.TURN, 0, 39, 11, "Moderator", null, null),
                        new TextUnit(1, UnitKind.TURN, 40, 100, 52, "Samordnare", null, null)))));
        d2 = project.write(tx -> tx.documents().insert(new NewDocument("d2", County.SKANE, DocumentKind.NOTES,
                "2025", null, "d2.txt", "c".repeat(99) + "\n" + "d".repeat(100), List.of(
                        TextUnit.paragraph(0, 0, 99), TextUnit.paragraph(1, 100, 200)))));
        d3 = project.write(tx -> tx.documents().insert(new NewDocument("d3", County.GOTLAND, DocumentKind.NOTES,
                "2025", null, "d3.txt", "e".repeat(100), List.of(TextUnit.paragraph(0, 0, 100)))));
        d4 = project.write(tx -> tx.documents().insert(new NewDocument("d4", null, DocumentKind.NOTES,
                "2024", null, "d4.txt", "f".repeat(50), List.of(TextUnit.paragraph(0, 0, 50)))));
        Code[] codes = project.write(tx -> {
            Code ca = tx.codes().insert("a", null, "A", null, null, null, "#000001", 0);
            Code ca1 = tx.codes().insert("a1", ca.id(), "A1", null, null, null, "#000002", 0);
            Code ca2 = tx.codes().insert("a2", ca.id(), "A2", null, null, null, "#000003", 1);
            Code cb = tx.codes().insert("b", null, "B", null, null, null, "#000004", 1);
            Code cb1 = tx.codes().insert("b1", cb.id(), "B1", null, null, null, "#000005", 0);
            Code cc = tx.codes().insert("c", null, "C", null, null, null, "#000006", 2);
            return new Code[] {ca, ca1, ca2, cb, cb1, cc};
        });
        a = codes[0];
        a1 = codes[1];
        a2 = codes[2];
        b = codes[3];
        b1 = codes[4];
        c = codes[5];
        code(d1, a1, "anna", 0, 20);
        code(d1, a1, "anna", 10, 30);
        code(d1, a2, "anna", 25, 45);
        code(d1, b, "anna", 50, 60);
        code(d2, a, "anna", 0, 50);
        code(d2, b1, "bo", 40, 80);
        code(d2, b1, "anna", 100, 110);
        code(d3, a1, "bo", 0, 10);
        code(d3, c, "bo", 5, 25);
        code(d4, b, "anna", 0, 10);
        // attributes have no editor yet: written as a user of the file format would
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = conn.prepareStatement(
                     "INSERT INTO attribute(document_id, name, value) VALUES (?, 'typ', ?)")) {
            for (Map.Entry<Document, String> e : Map.of(d4, "uppföljning", d1, "dialog").entrySet()) {
                ps.setLong(1, e.getKey().id());
                ps.setString(2, e.getValue());
                ps.executeUpdate();
            }
        }
    }

    long code(Document d, Code code, String coder, int start, int end) throws Exception {
        long id = project.write(tx -> tx.codings().insertAll(List.of(new NewCoding(d.id(), code.id(), start, end)),
                tx.coders().getOrCreate(coder).id()).get(0));
        codings.add(id);
        return id;
    }

    /** The id of coding number n (1-based, as in the table). */
    long coding(int n) {
        return codings.get(n - 1);
    }
}
