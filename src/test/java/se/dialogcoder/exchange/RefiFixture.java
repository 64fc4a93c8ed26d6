package se.dialogcoder.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-source .qdpx written the way another program writes it: its origin, its text file (with or without a byte
 * order mark, with the text's own line ends), and selections whose positions are counted as that program counts and
 * whose names hold the start of the quote (as NVivo, MAXQDA and QualCoder write them).
 */
public final class RefiFixture {
    public static final String CODE = "c0de0000-0000-4000-8000-0000000000aa";
    public static final String SOURCE = "Dialog Västerbotten";
    private final String origin;
    private final String text;
    private final boolean bom;
    private final StringBuilder selections = new StringBuilder();
    private final List<String> quotes = new ArrayList<>();

    /** @param text the text as in the file (CR LF kept), without the byte order mark */
    public RefiFixture(String origin, String text, boolean bom) {
        this.origin = origin;
        this.text = text;
        this.bom = bom;
    }

    /** What NVivo 12 writes: its origin, a BOM, positions in UTF-16 units, CR LF as two, BOM not counted. */
    public static RefiFixture nvivo(String text) {
        return new RefiFixture("NVivo 12.6.1.970", text, true);
    }

    /** A position in the text, counted one way. */
    public static int position(String text, int charIndex, OffsetUnit unit, boolean crlfAsTwo, boolean bomCounted) {
        String before = text.substring(0, charIndex);
        int n = unit == OffsetUnit.UTF16 ? before.length() : before.codePointCount(0, before.length());
        if (!crlfAsTwo) {
            n -= before.split("\r\n", -1).length - 1;
        }
        return bomCounted ? n + 1 : n;
    }

    /** Selects a quote (it must occur once) counted as NVivo counts, named by its start. */
    public RefiFixture nvivoSelection(String quote) {
        return select(quote, OffsetUnit.UTF16, true, false, 0, true);
    }

    /**
     * Selects a quote counted one way, its positions moved by {@code shift} (a broken file), with or without the
     * name that holds the start of the quote.
     */
    public RefiFixture select(String quote, OffsetUnit unit, boolean crlfAsTwo, boolean bomCounted, int shift,
                              boolean named) {
        int at = text.indexOf(quote);
        if (at < 0 || text.indexOf(quote, at + 1) >= 0) {
            throw new IllegalArgumentException("the quote must occur once: " + quote);
        }
        int s = position(text, at, unit, crlfAsTwo, bomCounted) + shift;
        int e = position(text, at + quote.length(), unit, crlfAsTwo, bomCounted) + shift;
        String n = quote.replaceAll("\\s+", " ").strip();
        if (n.codePointCount(0, n.length()) > 24) {
            n = n.substring(0, n.offsetByCodePoints(0, 24)) + "…";
        }
        int i = quotes.size() + 10;
        quotes.add(quote);
        selections.append("<PlainTextSelection guid=\"5e1e0000-0000-4000-8000-0000000000").append(i).append("\" ")
                .append(named ? "name=\"" + xml(n) + "\" " : "").append("startPosition=\"").append(s)
                .append("\" endPosition=\"").append(e).append("\"><Coding guid=\"c0d10000-0000-4000-8000-0000000000")
                .append(i).append("\"><CodeRef targetGUID=\"").append(CODE).append("\"/></Coding></PlainTextSelection>");
        return this;
    }

    /** The quotes selected, in order, as they read in the stored text (line ends {@code \n}). */
    public List<String> stored() {
        return quotes.stream().map(q -> q.replace("\r\n", "\n")).toList();
    }

    public String qde() {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<Project xmlns=\"urn:QDA-XML:project:1.0\" "
                + "name=\"Länsdialoger\"" + (origin == null ? "" : " origin=\"" + xml(origin) + "\"")
                + "><Users><User guid=\"a5e40000-0000-4000-8000-000000000001\" name=\"Analytiker\"/></Users>"
                + "<CodeBook><Codes><Code guid=\"" + CODE + "\" name=\"Tema\" isCodable=\"true\"/></Codes></CodeBook>"
                + "<Sources><TextSource guid=\"50c00000-0000-4000-8000-0000000000aa\" name=\"" + SOURCE + "\" "
                + "plainTextPath=\"internal://50c00000-0000-4000-8000-0000000000aa.txt\" "
                + "creatingUser=\"a5e40000-0000-4000-8000-000000000001\">" + selections
                + "</TextSource></Sources></Project>";
    }

    public Path write(Path file) throws IOException {
        byte[] body = bom ? ZipBuilder.withBom(text) : text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new ZipBuilder().add("project.qde", ZipBuilder.withBom(qde()))
                .add("sources/50c00000-0000-4000-8000-0000000000aa.txt", body).write(file);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    /** A Teams-like dialogue with CR LF line ends and characters outside the BMP before every coded passage. */
    public static final String DIALOGUE = "Länsdialog Västerbotten 2025 😀\r\n\r\n"
            + "Moderator: Välkomna! 👋 Vi börjar med styrningen.\r\n"
            + "Samordnare: Vi har en regional handlingsplan för suicidprevention 𝔸𝔹 sedan 2023.\r\n"
            + "Chef: 😀😀 Efterlevandestöd saknas i flera kommuner,\r\nmen vi jobbar på det.\r\n"
            + "Samordnare: 🙂 Begränsning av medel och metoder tas upp i vårdförloppet.\r\n";

    /** Quotes of {@link #DIALOGUE}, one of them across a line end. */
    public static final List<String> QUOTES = List.of("regional handlingsplan för suicidprevention",
            "Efterlevandestöd saknas i flera kommuner,\r\nmen vi jobbar på det.",
            "Begränsning av medel och metoder", "styrningen", "vårdförloppet");
}
