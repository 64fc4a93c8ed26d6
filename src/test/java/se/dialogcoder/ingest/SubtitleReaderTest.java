package se.dialogcoder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;

class SubtitleReaderTest {
    private static final String TEAMS = String.join("\r\n",
            "WEBVTT",
            "Kind: captions",
            "Language: sv-SE",
            "",
            "NOTE Länsdialog 12 mars 2025, den här kommentaren ska inte med",
            "och inte den här raden heller",
            "",
            "STYLE",
            "::cue { color: yellow }",
            "",
            "3f1c2a7e-0b7d-4a43-9d58-6c1f3f1b8a11/12-0",
            "00:00:03.180 --> 00:00:05.260",
            "<v Anna Andersson>Välkomna till länsdialogen.</v>",
            "",
            "3f1c2a7e-0b7d-4a43-9d58-6c1f3f1b8a11/13-0",
            "00:00:05.260 --> 00:00:08.000 align:start position:10%",
            "<v Anna Andersson>Vi börjar med <b>styrning</b> &amp; samordning.</v>",
            "",
            "00:00:08.000 --> 00:00:10.500",
            "<v Anna Andersson>Sedan <i>handlingsplaner</i>.</v>",
            "",
            "00:00:10.500 --> 00:00:14.000",
            "<v.loud Bertil Berg>Tack &lt;3 &nbsp;vi&lrm; har <c.x>en plan</c>.</v>",
            "",
            "00:00:14.000 --> 00:00:15.000",
            "<v Anna Andersson>Bra.</v>",
            "");

    @TempDir
    Path dir;

    private final Readers readers = new Readers();

    @Test
    void teamsExportBecomesMergedSpeakerTurns() throws Exception {
        Path file = write("2025_kronoberg_lansdialog.vtt", bom(TEAMS));

        ParsedDocument doc = readers.read(file);

        assertThat(doc.text()).isEqualTo(String.join("\n\n",
                "[00:00:03] Anna Andersson: Välkomna till länsdialogen. Vi börjar med styrning & samordning. "
                        + "Sedan handlingsplaner.",
                "[00:00:10] Bertil Berg: Tack <3 vi har en plan.",
                "[00:00:14] Anna Andersson: Bra."));
        assertThat(doc.kind()).isEqualTo(DocumentKind.TRANSCRIPT);
        assertThat(doc.dialogueDate()).isEqualTo("2025-03-12");
        assertThat(doc.units()).hasSize(3).allMatch(u -> u.kind() == UnitKind.TURN);
        TextUnit first = doc.units().get(0);
        assertThat(first.speaker()).isEqualTo("Anna Andersson");
        assertThat(first.startMillis()).isEqualTo(3_180L);
        assertThat(first.endMillis()).isEqualTo(10_500L);
        assertThat(UnitSplitterTest.body(doc, first)).startsWith("Välkomna").endsWith("handlingsplaner.");
        assertThat(UnitSplitterTest.body(doc, doc.units().get(1))).isEqualTo("Tack <3 vi har en plan.");
        assertThat(doc.units().get(1).endMillis()).isEqualTo(14_000L);
    }

    @Test
    void nonStandardTimestampsAndSpeakerPrefixes() throws Exception {
        String vtt = String.join("\n",
                "WEBVTT",
                "",
                "0:0:0.0 --> 0:0:2.5",
                "Moderator: Hej alla.",
                "",
                "1:02.5 --> 1:04,75",
                "Moderator: Första frågan.",
                "",
                "00:01:05.000 --> 00:01:09.000",
                "Kommunen: Vi har en <00:01:06.000>plan.",
                "",
                "00:01:10.000 --> 00:01:12.000",
                "ingen talare här");
        Path file = write("prefix.vtt", vtt.getBytes(StandardCharsets.UTF_8));

        ParsedDocument doc = readers.read(file);

        assertThat(doc.units()).extracting(TextUnit::speaker).containsExactly("Moderator", "Kommunen", null);
        assertThat(doc.units()).extracting(TextUnit::startMillis).containsExactly(0L, 65_000L, 70_000L);
        assertThat(doc.units()).extracting(TextUnit::endMillis).containsExactly(64_750L, 69_000L, 72_000L);
        assertThat(doc.units().get(2).kind()).isEqualTo(UnitKind.PARAGRAPH);
        assertThat(doc.text()).endsWith("[00:01:05] Kommunen: Vi har en plan.\n\n[00:01:10] ingen talare här");
        assertThat(UnitSplitterTest.body(doc, doc.units().get(2))).isEqualTo("ingen talare här");
    }

    @Test
    void onlyBrokenTimestampsIsRefused() throws Exception {
        String vtt = "WEBVTT\n\n1\nxx:yy --> zz\nHej\n\n2\n00:00:99.000 --> 00:01:00.000\nDå\n";
        Path file = write("trasig.vtt", vtt.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> readers.read(file))
                .isInstanceOf(ImportException.class)
                .hasMessage("trasig.vtt: no readable cues (broken timestamps?)");
    }

    @Test
    void brokenCuesAreSkippedAndTheRestIsRead() throws Exception {
        String vtt = "WEBVTT\n\nxx --> yy\nBorta\n\n00:00:01.000 --> 00:00:02.000\n<v Eva>Kvar</v>\n";
        Path file = write("delvis.vtt", vtt.getBytes(StandardCharsets.UTF_8));

        assertThat(readers.read(file).text()).isEqualTo("[00:00:01] Eva: Kvar");
    }

    @Test
    void textWithoutCuesIsRefused() throws Exception {
        Path file = write("ingenting.vtt", "WEBVTT\n\nBara text utan tider.".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> readers.read(file)).hasMessageContaining("ingenting.vtt")
                .hasMessageContaining("no subtitle cues");
    }

    @Test
    void twoVoicesInOneCueAreTwoTurns() throws Exception {
        String vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Anna>Hej</v>\n<v Bertil>Hej själv</v>\n";
        Path file = write("tva.vtt", vtt.getBytes(StandardCharsets.UTF_8));

        assertThat(readers.read(file).units()).extracting(TextUnit::speaker).containsExactly("Anna", "Bertil");
    }

    @Test
    void srtWithSpeakerPrefixesAndMissingBlankLine() throws Exception {
        String srt = String.join("\r\n",
                "1",
                "00:00:01,000 --> 00:00:04,000",
                "Anna: Välkomna.",
                "",
                "2",
                "00:00:04,000 --> 00:00:06,500",
                "Anna: Vi börjar <i>nu</i>.",
                "3",
                "00:00:07,000 --> 00:00:09,000",
                "Bertil: Tack.",
                "",
                "4",
                "00:00:09,000 --> 00:00:10,000",
                "Utan talare",
                "",
                "på två stycken",
                "");
        Path file = write("2025_varmland.srt", srt.getBytes(StandardCharsets.UTF_8));

        ParsedDocument doc = readers.read(file);

        assertThat(doc.text()).isEqualTo("[00:00:01] Anna: Välkomna. Vi börjar nu.\n\n[00:00:07] Bertil: Tack."
                + "\n\n[00:00:09] Utan talare på två stycken");
        assertThat(doc.units()).extracting(TextUnit::endMillis).containsExactly(6_500L, 9_000L, 10_000L);
        assertThat(doc.kind()).isEqualTo(DocumentKind.TRANSCRIPT);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] bom(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
