package se.dialogcoder.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.exchange.ImportedProject.ImportedDocument;

/** Positions counted the way each program counts them land on the intended words, or the import says why not. */
class OffsetCountingTest {
    @TempDir
    Path dir;
    private final QdpxReader reader = new QdpxReader();

    private static List<String> passages(ImportedProject p) {
        ImportedDocument d = p.documents().get(0);
        return d.codings().stream().map(c -> QdpxReaderTest.passage(d, c)).toList();
    }

    private static RefiFixture nvivoFile() {
        RefiFixture f = RefiFixture.nvivo(RefiFixture.DIALOGUE);
        RefiFixture.QUOTES.forEach(f::nvivoSelection);
        return f;
    }

    @Test
    void anNvivoFileWithEmojiBomAndCrlfLandsEveryCodingOnItsWords() throws Exception {
        RefiFixture f = nvivoFile();
        ImportedProject p = reader.read(f.write(dir.resolve("nvivo.qdpx")));
        assertThat(passages(p)).containsExactlyElementsOf(f.stored());
        assertThat(p.report().notes()).contains("Source \"" + RefiFixture.SOURCE + "\": positions counted as UTF-16 "
                + "units, CR LF as two, BOM not counted (checked against 5 of 5 selection names)");
        assertThat(p.report().complete()).isTrue();
    }

    @Test
    void theNamesDecideEvenWhenTheOriginIsUnknownOrSaysOtherwise() throws Exception {
        for (String origin : new String[] {null, "Some Tool 1.0", "QualCoder 3.5"}) {
            RefiFixture f = new RefiFixture(origin, RefiFixture.DIALOGUE, true);
            RefiFixture.QUOTES.forEach(f::nvivoSelection);
            ImportedProject p = reader.read(f.write(dir.resolve("x.qdpx")));
            assertThat(passages(p)).as(origin).containsExactlyElementsOf(f.stored());
            assertThat(p.report().notes()).as(origin).anyMatch(n -> n.contains("UTF-16 units"));
        }
    }

    @Test
    void aQualCoderFileInCodePointsWithEmojiLandsEveryCodingOnItsWords() throws Exception {
        String text = RefiFixture.DIALOGUE.replace("\r\n", "\n");
        RefiFixture f = new RefiFixture("QualCoder 3.5", text, false);
        for (String q : RefiFixture.QUOTES) {
            f.select(q.replace("\r\n", "\n"), OffsetUnit.CODE_POINTS, true, false, 0, true);
        }
        ImportedProject p = reader.read(f.write(dir.resolve("qc.qdpx")));
        assertThat(passages(p)).containsExactlyElementsOf(f.stored());
        assertThat(p.report().notes()).contains("Source \"" + RefiFixture.SOURCE + "\": positions counted as code "
                + "points (checked against 5 of 5 selection names)");

        RefiFixture unnamed = new RefiFixture("QualCoder 3.5", text, false);
        for (String q : RefiFixture.QUOTES) {
            unnamed.select(q.replace("\r\n", "\n"), OffsetUnit.CODE_POINTS, true, false, 0, false);
        }
        ImportedProject u = reader.read(unnamed.write(dir.resolve("qc2.qdpx")));
        assertThat(passages(u)).containsExactlyElementsOf(unnamed.stored());
        assertThat(u.report().notes()).anyMatch(n -> n.endsWith("positions counted as code points (no check "
                + "possible: the selections have no names; the counting of \"QualCoder 3.5\" is used)"));
    }

    @Test
    void withoutNamesNvivoIsTakenAtItsWord() throws Exception {
        RefiFixture f = RefiFixture.nvivo(RefiFixture.DIALOGUE);
        RefiFixture.QUOTES.forEach(q -> f.select(q, OffsetUnit.UTF16, true, false, 0, false));
        ImportedProject p = reader.read(f.write(dir.resolve("nvivo.qdpx")));
        assertThat(passages(p)).containsExactlyElementsOf(f.stored());
        assertThat(p.report().notes()).anyMatch(n -> n.contains("positions counted as UTF-16 units, CR LF as two, "
                + "BOM not counted (no check possible: the selections have no names; the counting of \"NVivo "
                + "12.6.1.970\" is used)"));
    }

    @Test
    void crlfAsOneAndACountedBomAreFoundToo() throws Exception {
        RefiFixture one = new RefiFixture("ATLAS.ti 23", RefiFixture.DIALOGUE, true);
        RefiFixture counted = new RefiFixture("MAXQDA 2022", RefiFixture.DIALOGUE, true);
        for (String q : RefiFixture.QUOTES) {
            one.select(q, OffsetUnit.CODE_POINTS, false, false, 0, true);
            counted.select(q, OffsetUnit.CODE_POINTS, true, true, 0, true);
        }
        ImportedProject p = reader.read(one.write(dir.resolve("one.qdpx")));
        assertThat(passages(p)).containsExactlyElementsOf(one.stored());
        assertThat(p.report().notes()).anyMatch(n -> n.contains("code points, CR LF as one, BOM not counted (checked"));
        ImportedProject q = reader.read(counted.write(dir.resolve("bom.qdpx")));
        assertThat(passages(q)).containsExactlyElementsOf(counted.stored());
        assertThat(q.report().notes()).anyMatch(n -> n.contains("code points, CR LF as two, BOM counted (checked"));
    }

    @Test
    void whereEveryCountingGivesTheSamePositionsThereIsNothingToCheck() throws Exception {
        String text = "Moderator: Välkomna.\nSamordnare: Vi har en handlingsplan.\n";
        RefiFixture f = new RefiFixture("NVivo 14", text, false).select("handlingsplan", OffsetUnit.UTF16, true,
                false, 0, true);
        ImportedProject p = reader.read(f.write(dir.resolve("plain.qdpx")));
        assertThat(passages(p)).containsExactly("handlingsplan");
        assertThat(p.report().notes()).anyMatch(n -> n.contains("positions counted as UTF-16 units (no check "
                + "possible: every counting gives the same positions here; 1 of 1 selection names match the text)"));
    }

    @Test
    void positionsThatFitNoCountingAreRefusedWithTheSourceAndTheCodingsAffected() throws Exception {
        RefiFixture f = RefiFixture.nvivo(RefiFixture.DIALOGUE);
        RefiFixture.QUOTES.forEach(q -> f.select(q, OffsetUnit.UTF16, true, false, 7, true));
        Path file = f.write(dir.resolve("trasig.qdpx"));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(OffsetsException.class)
                .hasMessageStartingWith("trasig.qdpx: nothing was imported: in 1 source(s) the positions")
                .hasMessageContaining("5 coding(s) would land on other words")
                .hasMessageContaining("Source \"" + RefiFixture.SOURCE + "\": its positions fit no counting: at best "
                        + "(counted as UTF-16 units, CR LF as two, BOM not counted) 0 of 5 selection names match")
                .hasMessageContaining("--offsets");

        ImportedProject forced = reader.read(file, OffsetChoice.parse("codepoints"));
        assertThat(forced.documents().get(0).codings()).hasSize(5);
        assertThat(forced.report().notes()).anyMatch(n -> n.contains("positions counted as code points, CR LF as "
                + "two, BOM not counted (chosen by the user; 0 of 5 selection names match the text)"));
    }

    @Test
    void aFileThatMixesCountingsIsRefusedAsConflicting() throws Exception {
        RefiFixture f = RefiFixture.nvivo(RefiFixture.DIALOGUE);
        for (int i = 0; i < RefiFixture.QUOTES.size(); i++) {
            f.select(RefiFixture.QUOTES.get(i), i < 3 ? OffsetUnit.UTF16 : OffsetUnit.CODE_POINTS, true, false, 0,
                    true);
        }
        assertThatThrownBy(() -> reader.read(f.write(dir.resolve("blandad.qdpx"))))
                .isInstanceOf(OffsetsException.class)
                .hasMessageContaining("its positions fit no single counting: counted as UTF-16 units, CR LF as two, "
                        + "BOM not counted, 3 of 5 selection names match the text, but 2 other(s) match only when "
                        + "counted as code points");
    }

    @Test
    void namesCutWithAnEllipsisOrWithCollapsedWhitespaceStillMatch() {
        assertThat(OffsetCheck.usableName("Efterlevandestöd saknas …")).isEqualTo("Efterlevandestöd saknas");
        assertThat(OffsetCheck.usableName("ab...")).isNull();
        String text = "Chef: Efterlevandestöd saknas i flera kommuner,\nmen vi";
        assertThat(OffsetCheck.matches(text, 6, "Efterlevandestöd saknas i flera kommuner, men")).isTrue();
        assertThat(OffsetCheck.matches(text, 5, " Efterlevandestöd")).as("a selection starting at a space").isTrue();
        assertThat(OffsetCheck.matches(text, 5, "Efterlevandestöd")).as("one character early").isFalse();
        assertThat(OffsetCheck.matches(text, 7, "Efterlevandestöd")).isFalse();
    }

    /** Random texts and selections: each counting maps its own positions back onto the same characters. */
    @Test
    void everyCountingMapsItsOwnPositionsBackExactly() {
        Random random = new Random(14);
        String[] pieces = {"a", "ö", " ", "\r\n", "\n", "😀", "𝔸", "Region ", "\r"};
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
            for (int i = random.nextInt(40); i > 0; i--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String original = b.toString();
            int[] cps = original.codePoints().toArray();
            OffsetCounting c = new OffsetCounting(random.nextBoolean() ? OffsetUnit.UTF16 : OffsetUnit.CODE_POINTS,
                    random.nextBoolean(), random.nextBoolean());
            OffsetMap map = OffsetMap.of(cps, c);
            boolean bom = original.startsWith("\uFEFF");
            String body = bom ? original.substring(1) : original;
            for (int i = 0; i <= cps.length; i++) {
                int charIndex = original.offsetByCodePoints(0, i);
                if (bom && i == 0 || i > 0 && cps[i - 1] == '\r' && i < cps.length && cps[i] == '\n') {
                    continue; // inside a character that does not count alone
                }
                int inBody = bom ? charIndex - 1 : charIndex;
                int position = RefiFixture.position(body, inBody, c.unit(), c.crlfAsTwo(), bom && c.bomCounted());
                assertThat(map.position(i)).as("%s %s at %d", c, original, i).isEqualTo(position);
                for (int mapped : new int[] {map.start(position), map.end(position)}) {
                    // the same character, or before characters that do not count (an uncounted BOM or CR)
                    assertThat(mapped).isLessThanOrEqualTo(i);
                    for (int j = mapped; j < i; j++) {
                        assertThat(cps[j]).as("%s %s at %d", c, original, i).isIn(0xFEFF, (int) '\r');
                    }
                }
            }
        }
    }

    @Test
    void anExportInUtf16UnitsIsValidCountsUtf16AndComesBackOnTheSameWords() throws Exception {
        ProjectExport project = QdpxWriterTest.project();
        Path file = dir.resolve("nvivo-export.qdpx");
        new QdpxWriter().write(project, file, OffsetUnit.UTF16);
        byte[] qde = ZipBuilder.read(file).get("project.qde");
        RefiSchemas.validateProject(qde);
        org.w3c.dom.Element root = SafeXml.parse(qde, "project.qde").getDocumentElement();
        assertThat(Dom.attr(root, "origin")).isEqualTo("DialogCoder test (positions in UTF-16 units)");
        org.w3c.dom.Element selection = Dom.children(Dom.children(Dom.child(root, "Sources"), "TextSource").get(0),
                "PlainTextSelection").get(0);
        String text = QdpxWriterTest.TEXT;
        assertThat(Dom.attr(selection, "startPosition")).as("after the emoji: UTF-16 units")
                .isEqualTo(String.valueOf(text.indexOf("efterlevandestöd")));

        ImportedProject back = reader.read(file);
        ImportedDocument d = back.documents().get(0);
        assertThat(d.codings()).extracting(c -> QdpxReaderTest.passage(d, c))
                .containsExactlyInAnyOrder("efterlevandestöd", "Region Skåne");
        assertThat(Dom.attr(selection, "name")).as("named by the start of its passage, as NVivo names them")
                .isEqualTo("efterlevandestöd");
        assertThat(back.report().notes()).anyMatch(n -> n.contains("positions counted as UTF-16 units (checked "
                + "against 2 of 2 selection names)"));
        new QdpxWriter().write(project, dir.resolve("standard.qdpx"));
        ImportedProject standard = reader.read(dir.resolve("standard.qdpx"));
        assertThat(standard.documents().get(0).codings()).isEqualTo(d.codings());
        assertThat(standard.report().notes()).as("our own export is checked too, by its selection names")
                .anyMatch(n -> n.contains("positions counted as code points (checked against 2 of 2 selection names)"));
    }
}
