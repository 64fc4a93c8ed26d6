package se.dialogcoder.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a {@link Report} as one self-contained HTML file: no scripts, no external style sheets, images or fonts
 * (a Content-Security-Policy forbids loading anything), print-friendly CSS for A4. Every text from the project is
 * escaped, so a passage that contains markup shows as the text it is.
 */
public final class HtmlReport {
    private static final String CSS = """
            body { font-family: "Segoe UI", Calibri, Arial, sans-serif; color: #111; line-height: 1.45;
                   max-width: 62em; margin: 2em auto; padding: 0 1em; }
            h1 { font-size: 1.7em; margin-bottom: 0.2em; }
            h2 { font-size: 1.35em; margin-top: 2em; border-bottom: 2px solid #0072B2; padding-bottom: 0.15em; }
            h3 { font-size: 1.15em; margin-top: 1.8em; }
            h4 { font-size: 1em; margin: 1.2em 0 0.4em 0; color: #0b4f7a; }
            .facts { color: #444; margin: 0 0 1em 0; padding: 0; list-style: none; }
            .note { color: #444; font-size: 0.9em; }
            table { border-collapse: collapse; font-size: 0.8em; margin: 0.6em 0; }
            th, td { border: 1px solid #9a9a9a; padding: 0.2em 0.45em; }
            th { background: #eceff3; vertical-align: bottom; text-align: left; }
            th.rot { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap;
                     vertical-align: bottom; text-align: left; padding: 0.45em 0.2em; }
            .wide { overflow-x: auto; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            td.zero { color: #9a9a9a; }
            tr.total td { font-weight: bold; border-top: 2px solid #555; }
            .passage { margin: 0 0 0.9em 0; }
            .passage blockquote { margin: 0; padding: 0.35em 0.8em; border-left: 4px solid #0072B2;
                                  background: #f5f7fa; white-space: pre-wrap; }
            .meta { color: #444; font-size: 0.85em; margin: 0.15em 0 0 0; }
            .memo { font-size: 0.85em; margin: 0.15em 0 0 0; font-style: italic; }
            .none { color: #666; font-style: italic; }
            footer { margin-top: 3em; color: #666; font-size: 0.8em; }
            @page { size: A4; margin: 16mm 14mm; }
            @media print {
              body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
              nav { display: none; }
              a { color: inherit; text-decoration: none; }
              h2, h3, h4 { break-after: avoid; }
              .passage, tr { break-inside: avoid; }
              h3.page { break-before: page; }
              .passage blockquote { background: none; }
            }
            """;

    public void write(Report report, Path out) throws ExchangeException {
        AtomicWrite.write(out, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            write(report, w);
            w.flush();
        });
    }

    void write(Report r, Writer w) throws IOException {
        w.write("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<meta name=\"generator\" content=\"" + esc(r.generator()) + "\">\n");
        w.write("<title>" + esc(r.title()) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
        w.write("<h1>" + esc(r.title()) + "</h1>\n<ul class=\"facts\">\n");
        for (String f : r.facts()) {
            w.write("<li>" + esc(f) + "</li>\n");
        }
        w.write("</ul>\n<nav>\n<h2>Innehåll</h2>\n<ol>\n<li><a href=\"#frekvenser\">Frekvenstabell</a></li>\n"
                + "<li><a href=\"#avsnitt\">Kodade avsnitt per tema och län</a>\n<ol>\n");
        for (int i = 0; i < r.themes().size(); i++) {
            Report.Theme t = r.themes().get(i);
            w.write("<li><a href=\"#tema-" + (i + 1) + "\">" + esc(t.name()) + "</a> (" + t.passages() + ")</li>\n");
        }
        w.write("</ol>\n</li>\n</ol>\n</nav>\n");
        w.write("<h2 id=\"frekvenser\">Frekvenstabell</h2>\n<p class=\"note\">" + esc(r.frequencyNote()) + "</p>\n");
        table(r.frequencies(), w);
        w.write("<h2 id=\"avsnitt\">Kodade avsnitt per tema och län</h2>\n");
        for (int i = 0; i < r.themes().size(); i++) {
            Report.Theme t = r.themes().get(i);
            w.write("<section>\n<h3 id=\"tema-" + (i + 1) + "\"" + (t.counties().isEmpty() ? "" : " class=\"page\"")
                    + ">" + esc(t.name()) + " <small>(" + t.passages()
                    + " avsnitt)</small></h3>\n");
            if (t.counties().isEmpty()) {
                w.write("<p class=\"none\">Inga kodade avsnitt.</p>\n");
            }
            for (Report.CountyPassages c : t.counties()) {
                w.write("<h4>" + esc(c.county()) + " (" + c.passages().size() + ")</h4>\n");
                for (Report.Passage p : c.passages()) {
                    w.write("<div class=\"passage\">\n<blockquote>" + esc(p.text()) + "</blockquote>\n");
                    w.write("<p class=\"meta\">Dokument: " + esc(p.document())
                            + (p.speaker() == null ? "" : " · Talare: " + esc(p.speaker()))
                            + " · Kod: " + esc(p.code()) + " · Kodare: " + esc(p.coder()) + "</p>\n");
                    if (p.memo() != null && !p.memo().isBlank()) {
                        w.write("<p class=\"memo\">Memo: " + esc(p.memo()) + "</p>\n");
                    }
                    w.write("</div>\n");
                }
            }
            w.write("</section>\n");
        }
        w.write("<footer>Skapad med " + esc(r.generator()) + ".</footer>\n</body>\n</html>\n");
    }

    private static void table(Table t, Writer w) throws IOException {
        w.write("<div class=\"wide\">\n<table>\n<thead>\n<tr>");
        for (int c = 0; c < t.header().size(); c++) {
            boolean numbers = !t.rows().isEmpty() && !(t.rows().get(0).cells().get(c) instanceof Table.Text);
            w.write("<th scope=\"col\"" + (numbers ? " class=\"rot\"" : "") + ">" + esc(t.header().get(c)) + "</th>");
        }
        w.write("</tr>\n</thead>\n<tbody>\n");
        for (Table.Row row : t.rows()) {
            w.write(row.total() ? "<tr class=\"total\">" : "<tr>");
            for (Table.Cell c : row.cells()) {
                if (c instanceof Table.Count n) {
                    w.write("<td class=\"n" + (n.value() == 0 ? " zero" : "") + "\">" + n.value() + "</td>");
                } else if (c instanceof Table.Share s) {
                    w.write("<td class=\"n\">" + String.format(Locale.forLanguageTag("sv"), "%.1f %%", 100 * s.value())
                            + "</td>");
                } else if (c instanceof Table.Text x) {
                    w.write("<td>" + esc(x.value()) + "</td>");
                } else {
                    w.write("<td></td>");
                }
            }
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n</div>\n");
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    } else if (c != '\r') {
                        sb.append('\uFFFD'); // control characters are not allowed in HTML text
                    }
                }
            }
        }
        return sb.toString();
    }
}
