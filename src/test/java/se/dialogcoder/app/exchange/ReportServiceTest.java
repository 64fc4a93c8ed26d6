package se.dialogcoder.app.exchange;

import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.Segment;

/** The report for evaluators: Swedish headings, every coded passage once, escaped; the DOCX opens and has them. */
class ReportServiceTest {
    @TempDir
    static Path dir;
    static ExportFixture fixture;

    @BeforeAll
    static void build() throws Exception {
        fixture = new ExportFixture(dir);
    }

    private static String escaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static List<String> all(Pattern p, String html) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theHtmlReportHasSwedishHeadingsAndEveryCodedPassageOnceEscaped() throws Exception {
        Path file = dir.resolve("rapport.html");
        List<Segment> segments;
        try (Project p = ProjectStores.openReadOnly(fixture.project)) {
            var result = fixture.services.exchanges().reports().export(p, file, ReportService.Format.HTML, CodingFilter.ALL,
                    List.of());
            segments = fixture.services.analyses().retrieval().segments(p, CodingFilter.ALL, false, 0, 0);
            assertThat(result.passages()).isEqualTo(segments.size()).isEqualTo(fixture.codings.size());
            assertThat(result.themes()).isEqualTo(fixture.services.analyses().analysis().codeTree(p).roots().size());
        }
        String html = Files.readString(file);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"sv\">").contains("<meta charset=\"utf-8\">")
                .contains("<h1>Rapport: Exportprojekt</h1>").contains("<h2>Innehåll</h2>")
                .contains("<h2 id=\"frekvenser\">Frekvenstabell</h2>")
                .contains("<h2 id=\"avsnitt\">Kodade avsnitt per tema och län</h2>")
                .contains("Omgång: 2025").contains("Kodningar: alla kodare")
                .contains("<h4>12 Skåne län (").contains("<h4>Okänt län (").contains("Talare: ").contains("Memo: ")
                .contains("@media print").contains("default-src 'none'")
                .doesNotContainPattern("(?i)<script|<link|src=|https?://");
        // every coding once: the blockquotes are exactly the escaped passages, as a multiset
        List<String> quoted = all(Pattern.compile("<blockquote>(.*?)</blockquote>", Pattern.DOTALL), html);
        List<String> expected = new ArrayList<>(segments.stream().map(s -> escaped(s.passage())).toList());
        assertThat(quoted).containsExactlyInAnyOrderElementsOf(expected);
        // the passage with markup comes out as text
        assertThat(html).contains("Anteckning: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
                + "&quot;citat&quot; &lt;b&gt;fet&lt;/b&gt; 5 &lt; 7.").doesNotContain("<b>fet</b>")
                .doesNotContain("& \"citat\"");
        // the frequency table: 21 counties, unknown county, total; zero cells included
        String table = html.substring(html.indexOf("<table>"), html.indexOf("</table>"));
        assertThat(all(Pattern.compile("<tr>(<td>[^<]*</td>)"), table)).hasSize(22)
                .contains("<td>01 Stockholms län</td>", "<td>25 Norrbottens län</td>", "<td>Okänt län</td>");
        assertThat(table).contains("<tr class=\"total\"><td>Totalt</td>")
                .contains("<td class=\"n\">" + fixture.codings.size() + "</td></tr>");
    }

    @Test
    void theDocxReportOpensWithPoiAndHoldsThePassagesUnderWordHeadings() throws Exception {
        Path file = dir.resolve("rapport.docx");
        List<Segment> segments;
        try (Project p = ProjectStores.openReadOnly(fixture.project)) {
            fixture.services.exchanges().reports().export(p, file, ReportService.Format.DOCX, CodingFilter.ALL, List.of());
            segments = fixture.services.analyses().retrieval().segments(p, CodingFilter.ALL, false, 0, 0);
        }
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("Rapport: Exportprojekt").contains("Frekvenstabell")
                    .contains("Kodade avsnitt per tema och län").contains("12 Skåne län").contains(ExportFixture.HOSTILE);
            for (Segment s : segments) {
                assertThat(text).as("passage %d", s.codingId()).contains(s.passage());
            }
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).containsExactly("Frekvenstabell", "Kodade avsnitt per tema och län");
            assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getTables().get(0).getRows()).hasSize(1 + 22 + 1);
            assertThat(doc.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("01 Stockholms län");
        }
    }

    @Test
    void aWordReportTooLargeForMemoryIsRefusedWithAdviceAndWritesNothing() throws Exception {
        Services s = fixture.services;
        ReportService small = new ReportService(s.exchanges().tables(), s.analyses().retrieval(), s.analyses().analysis(), "test", 5);
        Path file = dir.resolve("stor.docx");
        try (Project p = ProjectStores.openReadOnly(fixture.project)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> small.export(p, file, ReportService.Format.DOCX,
                    CodingFilter.ALL, List.of())).isInstanceOf(se.dialogcoder.exchange.ExchangeException.class)
                    .hasMessageContaining("stor.docx: a Word report of " + fixture.codings.size())
                    .hasMessageContaining("HTML");
            assertThat(file).doesNotExist();
            assertThat(small.export(p, dir.resolve("stor.html"), ReportService.Format.HTML, CodingFilter.ALL,
                    List.of()).passages()).isEqualTo(fixture.codings.size());
        }
    }

    @Test
    void oneThemeAndOneCoderMakeASmallerReportThatSaysSo() throws Exception {
        Path file = dir.resolve("bo.html");
        try (Project p = ProjectStores.openReadOnly(fixture.project)) {
            var result = fixture.services.exchanges().reports().export(p, file, ReportService.Format.HTML,
                    CodingFilter.ALL.withCoders(java.util.Set.of("Bo")), List.of("Suicidprevention"));
            assertThat(result.themes()).isEqualTo(1);
            String html = Files.readString(file);
            assertThat(html).contains("Kodningar av: Bo").contains("Teman: Suicidprevention")
                    .doesNotContain("Kodare: Anna");
            assertThat(all(Pattern.compile("(<blockquote>)"), html)).hasSize(result.passages()).isNotEmpty();
        }
    }
}
