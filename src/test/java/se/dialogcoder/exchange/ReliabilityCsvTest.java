package se.dialogcoder.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReliabilityCsvTest {
    @TempDir
    Path dir;

    @Test
    void commaSeparatedWithMissingValues() throws Exception {
        ReliabilityCsv.Table t = ReliabilityCsv.parse("Anna,Bo,Cia\n1,2,\n,,3\n4,4,4\n", "t.csv");
        assertThat(t.separator()).isEqualTo(',');
        assertThat(t.coders()).containsExactly("Anna", "Bo", "Cia");
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(0).cells()).containsExactly("1", "2", null);
        assertThat(t.rows().get(1).cells()).containsExactly(null, null, "3");
        assertThat(t.rows().get(2).line()).isEqualTo(4);
    }

    @Test
    void semicolonsBomCrlfAndDecimalCommasAsExcelWritesThem() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Kodare 1;Kodare 2\r\n2,5;3\r\n;1,0\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Path f = Files.write(dir.resolve("excel.csv"), all);
        ReliabilityCsv.Table t = ReliabilityCsv.read(f);
        assertThat(t.separator()).isEqualTo(';');
        assertThat(t.coders()).containsExactly("Kodare 1", "Kodare 2");
        assertThat(t.cells()).containsExactly(Arrays.asList("2,5", "3"), Arrays.asList(null, "1,0"));
        assertThat(t.rows().get(1).line()).isEqualTo(3);
    }

    @Test
    void quotedFieldsWithSeparatorsQuotesAndLineBreaks() throws Exception {
        String csv = "\"Anna, senior\",\"Bo \"\"B\"\"\"\n"
                + "\"hög, mycket\",låg\n"
                + "\"två\nrader\",  \"x\"  \n"
                + "a,b\n";
        ReliabilityCsv.Table t = ReliabilityCsv.parse(csv, "q.csv");
        assertThat(t.coders()).containsExactly("Anna, senior", "Bo \"B\"");
        assertThat(t.rows().get(0).cells()).containsExactly("hög, mycket", "låg");
        assertThat(t.rows().get(1).cells()).containsExactly("två\nrader", "x");
        assertThat(t.rows().get(1).line()).isEqualTo(3);
        assertThat(t.rows().get(2).line()).isEqualTo(5); // the quoted line break moved it down one line
    }

    @Test
    void blankLinesAndEmptyRowsAreIgnoredShortRowsArePadded() throws Exception {
        ReliabilityCsv.Table t = ReliabilityCsv.parse("A;B;C\n\n1;2\n;;\n3;3;3;\n", "p.csv");
        assertThat(t.cells()).containsExactly(Arrays.asList("1", "2", null), Arrays.asList("3", "3", "3"));
        assertThat(t.rows().get(1).line()).isEqualTo(5);
    }

    @Test
    void tabsWorkToo() throws Exception {
        assertThat(ReliabilityCsv.parse("A\tB\n1\t2\n", "t.tsv").cells()).containsExactly(Arrays.asList("1", "2"));
    }

    @Test
    void badFilesAreRefusedWithTheFileAndTheReason() throws Exception {
        assertThatThrownBy(() -> ReliabilityCsv.read(dir.resolve("saknas.csv")))
                .isInstanceOf(CsvException.class).hasMessage("saknas.csv: no such file.");
        Path latin1 = Files.write(dir.resolve("latin1.csv"), "Anna;Björn\nhög;låg\n".getBytes(
                Charset.forName("ISO-8859-1")));
        assertThatThrownBy(() -> ReliabilityCsv.read(latin1)).hasMessageContaining("latin1.csv")
                .hasMessageContaining("not UTF-8");
        Path empty = Files.createFile(dir.resolve("tom.csv"));
        assertThatThrownBy(() -> ReliabilityCsv.read(empty)).hasMessageContaining("tom.csv")
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> ReliabilityCsv.parse("A,B\n1,2,3\n", "x.csv"))
                .hasMessageContaining("x.csv: line 2 has 3 cells").hasMessageContaining("2 coders");
        assertThatThrownBy(() -> ReliabilityCsv.parse("A,,B\n", "x.csv"))
                .hasMessageContaining("column 2 of the header has no coder name");
        assertThatThrownBy(() -> ReliabilityCsv.parse("A,A\n", "x.csv")).hasMessageContaining("\"A\" twice");
        assertThatThrownBy(() -> ReliabilityCsv.parse("A,B\n\"1,2\n", "x.csv"))
                .hasMessageContaining("quote opened on line 2 is never closed");
        assertThatThrownBy(() -> ReliabilityCsv.parse("A,B\n\"1\"x,2\n", "x.csv"))
                .hasMessageContaining("line 2: text after a closing quote");
        assertThatThrownBy(() -> ReliabilityCsv.read(dir)).hasMessageContaining("folder");
    }
}
