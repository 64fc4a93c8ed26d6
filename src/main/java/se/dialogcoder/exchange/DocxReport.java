package se.dialogcoder.exchange;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a {@link Report} as a Word document (DOCX, Apache POI): A4, headings with Word's built-in heading styles
 * (so the navigation pane and a table of contents find them), the frequency table, then the passages per theme and
 * county with document, speaker, code, coder and memo.
 */
public final class DocxReport {
    private static final String FONT = "Calibri";
    private static final String GREY = "555555";

    public void write(Report report, Path out) throws ExchangeException {
        AtomicWrite.write(out, stream -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                build(report, doc);
                doc.write(stream);
            }
        });
    }

    private static void build(Report r, XWPFDocument doc) throws IOException {
        page(doc);
        XWPFStyles styles = doc.createStyles();
        heading(styles, "Title", "Title", -1, 40);
        heading(styles, "Heading1", "heading 1", 0, 30);
        heading(styles, "Heading2", "heading 2", 1, 26);
        heading(styles, "Heading3", "heading 3", 2, 22);

        paragraph(doc, "Title", r.title());
        for (String f : r.facts()) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingAfter(0);
            run(p, f, 10, false, false, GREY);
        }
        paragraph(doc, "Heading1", "Frekvenstabell");
        XWPFParagraph note = doc.createParagraph();
        run(note, r.frequencyNote(), 9, false, true, GREY);
        table(doc, r.frequencies());

        paragraph(doc, "Heading1", "Kodade avsnitt per tema och län");
        for (Report.Theme t : r.themes()) {
            paragraph(doc, "Heading2", t.name() + " (" + t.passages() + " avsnitt)");
            if (t.counties().isEmpty()) {
                run(doc.createParagraph(), "Inga kodade avsnitt.", 10, false, true, GREY);
            }
            for (Report.CountyPassages c : t.counties()) {
                paragraph(doc, "Heading3", c.county() + " (" + c.passages().size() + ")");
                for (Report.Passage p : c.passages()) {
                    XWPFParagraph quote = doc.createParagraph();
                    quote.setIndentationLeft(360);
                    quote.setSpacingAfter(40);
                    run(quote, p.text(), 10.5, false, false, null);
                    XWPFParagraph meta = doc.createParagraph();
                    meta.setIndentationLeft(360);
                    meta.setSpacingAfter(p.memo() == null || p.memo().isBlank() ? 200 : 0);
                    run(meta, "Dokument: " + p.document() + (p.speaker() == null ? "" : " · Talare: " + p.speaker())
                            + " · Kod: " + p.code() + " · Kodare: " + p.coder(), 8.5, false, false, GREY);
                    if (p.memo() != null && !p.memo().isBlank()) {
                        XWPFParagraph memo = doc.createParagraph();
                        memo.setIndentationLeft(360);
                        memo.setSpacingAfter(200);
                        run(memo, "Memo: " + p.memo(), 8.5, false, true, null);
                    }
                }
            }
        }
        XWPFParagraph footer = doc.createParagraph();
        footer.setSpacingBefore(400);
        run(footer, "Skapad med " + r.generator() + ".", 8, false, false, GREY);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(1000); // twentieths of a point: about 18 mm
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
    }

    /** A paragraph style named like Word's built-in one, so Word treats it as a heading. */
    private static void heading(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        s.addNewQFormat();
        CTPPrGeneral p = s.addNewPPr();
        p.addNewKeepNext();
        p.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel < 0 ? 0 : 240));
        p.getSpacing().setAfter(BigInteger.valueOf(100));
        if (outlineLevel >= 0) {
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr r = s.addNewRPr();
        CTFonts fonts = r.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        r.addNewB();
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        r.addNewColor().setVal(outlineLevel < 0 ? "111111" : "0B4F7A");
        styles.addStyle(new XWPFStyle(s));
    }

    private static void paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        XWPFRun run = p.createRun();
        run.setText(clean(text));
    }

    /** A run of text; line breaks and tabs become Word's breaks and tabs. */
    private static void run(XWPFParagraph p, String text, double size, boolean bold, boolean italic, String color) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        if (color != null) {
            run.setColor(color);
        }
        String[] lines = clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            String[] parts = lines[i].split("\t", -1);
            for (int j = 0; j < parts.length; j++) {
                if (j > 0) {
                    run.addTab();
                }
                if (!parts[j].isEmpty()) {
                    run.setText(parts[j], run.getCTR().sizeOfTArray());
                }
            }
        }
    }

    private static void table(XWPFDocument doc, Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
        table.setWidth("100%");
        fill(table.getRow(0), t.header().stream().map(Table::text).toList(), true, true);
        for (int i = 0; i < t.rows().size(); i++) {
            Table.Row row = t.rows().get(i);
            fill(table.getRow(i + 1), row.cells(), row.total(), false);
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, java.util.List<Table.Cell> cells, boolean bold, boolean header) {
        if (header) {
            row.setRepeatHeader(true);
        }
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            if (header) {
                cell.setColor("ECEFF3");
            }
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setSpacingAfter(0);
            Table.Cell value = cells.get(c);
            String text;
            if (value instanceof Table.Count n) {
                text = Long.toString(n.value());
                p.setAlignment(ParagraphAlignment.RIGHT);
            } else if (value instanceof Table.Share s) {
                text = String.format(Locale.forLanguageTag("sv"), "%.1f %%", 100 * s.value());
                p.setAlignment(ParagraphAlignment.RIGHT);
            } else if (value instanceof Table.Text x) {
                text = x.value();
            } else {
                text = "";
            }
            run(p, text, 7.5, bold, false, null);
        }
    }

    /** Characters XML cannot hold are dropped (stored texts have none; memos might). */
    private static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 || c == '\n' || c == '\t') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
