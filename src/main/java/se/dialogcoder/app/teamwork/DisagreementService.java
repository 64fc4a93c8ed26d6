package se.dialogcoder.app.teamwork;

import se.dialogcoder.app.Project;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.dialogcoder.analysis.agreement.BinaryFigures;
import se.dialogcoder.analysis.agreement.Disagreements;
import se.dialogcoder.app.teamwork.AgreementReport.CodeAgreement;
import se.dialogcoder.app.teamwork.AgreementReport.Unit;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.Span;
import se.dialogcoder.store.StoreException;

/**
 * The disagreement browser's data: for two coders, per code, the agreement figures (from {@link AgreementService},
 * character level) and the passages where the two coded differently ({@link Disagreements}), each with its text and
 * a little context. The same documents are compared as for the figures: those both coders coded.
 */
public final class DisagreementService {
    /** Code points of context shown before and after a passage. */
    public static final int CONTEXT = 60;
    /** A stretch longer than this is shown shortened in the middle. */
    static final int LONGEST_PIECE = 320;
    private final AgreementService agreement;

    public DisagreementService(AgreementService agreement) {
        this.agreement = agreement;
    }

    /**
     * Two coders compared.
     *
     * @param report the agreement figures (character level) of the two coders
     * @param codes one entry per code in the report, in its order, with the passages where the coders differ
     */
    public record CoderComparison(AgreementReport report, List<CodeDisagreements> codes) {
        public CoderComparison {
            codes = List.copyOf(codes);
        }

        public String first() {
            return report.coders().get(0);
        }

        public String second() {
            return report.coders().get(1);
        }

        /** Every passage, code by code. */
        public List<Passage> passages() {
            return codes.stream().flatMap(c -> c.passages().stream()).toList();
        }
    }

    /** One code: its figures and the passages where the coders differ. */
    public record CodeDisagreements(String code, BinaryFigures figures, List<Passage> passages) {
        public CodeDisagreements {
            passages = List.copyOf(passages);
        }
    }

    /**
     * A passage where the two coders differ.
     *
     * @param code the code's path
     * @param county the document's county, null when unknown
     * @param start start of the passage in code points (inclusive)
     * @param end end of the passage in code points (exclusive)
     * @param codedFirst characters of the passage the first coder coded
     * @param codedSecond characters of the passage the second coder coded
     * @param onlyFirst characters the first coder coded and the second did not
     * @param onlySecond characters the second coder coded and the first did not
     * @param segments the passage's text with context, in pieces that say who coded them
     */
    public record Passage(String code, long documentId, String document, County county, int start, int end,
                          Disagreements.Kind kind, int codedFirst, int codedSecond, int onlyFirst, int onlySecond,
                          List<Segment> segments) {
        public Passage {
            segments = List.copyOf(segments);
        }

        /** The text shown, without marks (for tests and copying). */
        public String text() {
            StringBuilder sb = new StringBuilder();
            segments.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }
    }

    /**
     * A piece of the shown text.
     *
     * @param context text around the passage (shown quiet)
     * @param first coded by the first coder
     * @param second coded by the second coder
     */
    public record Segment(String text, boolean context, boolean first, boolean second) {
    }

    /**
     * Compares two coders.
     *
     * @param codePath one code's path, or null for every code the two used in the documents both coded
     */
    public CoderComparison compare(Project project, String first, String second, String codePath)
            throws StoreException, AgreementException {
        AgreementReport report = agreement.compare(project, List.of(first, second), Unit.CHARACTER, codePath);
        String firstName = report.coders().get(0);
        String secondName = report.coders().get(1);
        record Data(List<Coder> coders, Map<Long, String> paths, List<Document> documents) {
        }
        Data data = project.read(tx -> new Data(tx.coders().list(), tx.codes().paths(), tx.documents().list()));
        long firstId = idOf(data.coders(), firstName);
        long secondId = idOf(data.coders(), secondName);
        List<Coding> codings = project.read(tx -> tx.codings().byCoders(List.of(firstId, secondId)));
        Map<String, Document> documents = new HashMap<>();
        for (Document d : data.documents()) {
            documents.put(d.name(), d);
        }
        // code path → document id → [first's spans, second's spans]
        Map<String, Map<Long, List<List<Span>>>> spans = new HashMap<>();
        for (Coding c : codings) {
            String path = data.paths().get(c.codeId());
            List<List<Span>> both = spans.computeIfAbsent(path, k -> new HashMap<>())
                    .computeIfAbsent(c.documentId(), k -> List.of(new ArrayList<>(), new ArrayList<>()));
            both.get(c.coderId() == firstId ? 0 : 1).add(new Span(c.start(), c.end()));
        }
        Map<Long, String> texts = new HashMap<>();
        Map<String, CodeDisagreements> out = new LinkedHashMap<>();
        for (CodeAgreement code : report.codes()) {
            if (out.containsKey(code.code())) {
                continue; // two codes with one path: their passages are listed together once
            }
            List<Passage> passages = new ArrayList<>();
            for (String name : report.documents()) {
                Document d = documents.get(name);
                List<List<Span>> both = spans.getOrDefault(code.code(), Map.of()).get(d.id());
                if (both == null) {
                    continue;
                }
                List<Disagreements.Passage> found = Disagreements.between(both.get(0), both.get(1));
                if (found.isEmpty()) {
                    continue;
                }
                String text = texts.get(d.id());
                if (text == null) {
                    text = project.read(tx -> tx.documents().text(d.id()));
                    texts.put(d.id(), text);
                }
                for (Disagreements.Passage p : found) {
                    passages.add(new Passage(code.code(), d.id(), d.name(), d.county(), p.passage().start(),
                            p.passage().end(), p.kind(), length(p.first()), length(p.second()), p.onlyFirst(),
                            p.onlySecond(), segments(text, p, CONTEXT)));
                }
            }
            out.put(code.code(), new CodeDisagreements(code.code(), code.figures(), passages));
        }
        return new CoderComparison(report, new ArrayList<>(out.values()));
    }

    private static int length(List<Span> spans) {
        return spans.stream().mapToInt(Span::length).sum();
    }

    private static long idOf(List<Coder> coders, String name) {
        return coders.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    /**
     * The passage's text in pieces: context before (from a word start), the passage cut wherever either coder's
     * coding begins or ends, context after (to a word end). Line breaks show as "¶"; long pieces are shortened in
     * the middle with "…".
     */
    static List<Segment> segments(String text, Disagreements.Passage p, int context) {
        int length = text.codePointCount(0, text.length());
        int start = p.passage().start();
        int end = p.passage().end();
        List<Segment> out = new ArrayList<>();
        int from = Math.max(0, start - context);
        String before = substring(text, from, start);
        if (from > 0) {
            int space = firstSpace(before);
            before = "…" + (space >= 0 && space < before.length() - 1 ? before.substring(space + 1) : before);
        }
        if (!before.isEmpty()) {
            out.add(new Segment(shown(before), true, false, false));
        }
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(start, end));
        for (Span s : p.first()) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        for (Span s : p.second()) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        Integer a = cuts.first();
        for (Integer b : cuts.tailSet(a, false)) {
            if (b > end) {
                break;
            }
            out.add(new Segment(shorten(shown(substring(text, a, b))), false, covers(p.first(), a),
                    covers(p.second(), a)));
            a = b;
        }
        int to = Math.min(length, end + context);
        String after = substring(text, end, to);
        if (to < length) {
            int space = lastSpace(after);
            after = (space > 0 ? after.substring(0, space) : after) + "…";
        }
        if (!after.isEmpty()) {
            out.add(new Segment(shown(after), true, false, false));
        }
        return out;
    }

    private static boolean covers(List<Span> spans, int at) {
        for (Span s : spans) {
            if (s.start() <= at && at < s.end()) {
                return true;
            }
        }
        return false;
    }

    private static String substring(String text, int fromCodePoint, int toCodePoint) {
        int a = text.offsetByCodePoints(0, fromCodePoint);
        int b = text.offsetByCodePoints(a, toCodePoint - fromCodePoint);
        return text.substring(a, b);
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastSpace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Line breaks as a visible mark, so a passage stays on a few lines in a list. */
    private static String shown(String s) {
        return s.replace("\n", " ¶ ");
    }

    private static String shorten(String s) {
        int n = s.codePointCount(0, s.length());
        if (n <= LONGEST_PIECE) {
            return s;
        }
        int keep = LONGEST_PIECE / 2 - 2;
        return s.substring(0, s.offsetByCodePoints(0, keep)) + " … "
                + s.substring(s.offsetByCodePoints(0, n - keep));
    }
}
