package se.dialogcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodePointText;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewCoding;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.Segment;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;
import se.dialogcoder.store.ProjectStore;
import se.dialogcoder.store.StoreException;

/**
 * Retrieval reads only the stretch of text each document's passages need; what it returns must be exactly what
 * slicing the whole text gives. On every engine ({@link SqliteRetrievalTextTest}, {@link PostgresRetrievalTextTest}):
 * texts with characters outside the Basic Multilingual Plane, passages and context at both ends of a text,
 * context longer than the text, speakers of passages that start inside a turn or between turns, and two documents
 * whose names sort as equal, so that their passages interleave.
 */
abstract class RetrievalTextContractTest {
    /** Letters for the random texts: ASCII, Swedish, combining accent, emoji and other characters above U+FFFF. */
    private static final String[] LETTERS = {"a", "b", "å", "ä", "ö", " ", " ", ".", "é", "e\u0301", "😀", "𝄞",
        "𠜎", "中", "\u00a0"};
    protected ProjectStore project;

    /** A new empty project on the engine under test. */
    protected abstract ProjectStore newProject() throws Exception;

    @AfterEach
    void closeProject() {
        if (project != null) {
            project.close();
        }
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** A transcript of turns "Name: words" separated by blank lines; the line breaks belong to no turn. */
    private static NewDocument transcript(String name, County county, Random random, int turns) {
        StringBuilder text = new StringBuilder();
        List<TextUnit> units = new ArrayList<>();
        for (int t = 0; t < turns; t++) {
            if (t > 0) {
                text.append("\n\n");
            }
            int start = length(text.toString());
            String speaker = random.nextBoolean() ? "Anna 😀" : "Bo";
            text.append(speaker).append(": ");
            int body = length(text.toString());
            for (int i = 1 + random.nextInt(40); i > 0; i--) {
                text.append(LETTERS[random.nextInt(LETTERS.length)]);
            }
            units.add(new TextUnit(t, UnitKind.TURN, start, length(text.toString()), body, speaker, null, null));
        }
        return new NewDocument(name, county, DocumentKind.TRANSCRIPT, "2025", null, name + ".txt", text.toString(),
                units);
    }

    /** What retrieval showed before it read only stretches: the whole text sliced by code points. */
    private static Segment expected(Coding c, String memo, Document d, String text, List<TextUnit> units,
                                    String coder, int context) {
        CodePointText t = new CodePointText(text);
        String speaker = units.stream().filter(u -> u.start() <= c.start() && u.end() > c.start())
                .max(Comparator.comparingInt(TextUnit::start))
                .or(() -> units.stream().filter(u -> u.start() > c.start() && u.start() < c.end())
                        .min(Comparator.comparingInt(TextUnit::start)))
                .map(TextUnit::speaker).orElse(null);
        return new Segment(c.id(), d.id(), d.name(), d.county(), d.kind(), d.round(), c.codeId(), coder, c.start(),
                c.end(), speaker, t.slice(c.start(), c.end()), t.slice(c.start() - context, c.start()),
                t.slice(c.end(), c.end() + context), memo);
    }

    private Code code(String name) throws StoreException {
        return project.write(u -> u.codes().insert(null, null, name, name, null, null, "#123456",
                u.codes().nextSortOrder(null)));
    }

    @Test
    void passagesAndContextEqualSlicesOfTheWholeText() throws Exception {
        project = newProject();
        Random random = new Random(17);
        List<NewDocument> docs = List.of(transcript("Möte", County.SKANE, random, 30),
                transcript("möte", County.SKANE, random, 30), transcript("Utan län", null, random, 3),
                transcript("Gotland", County.GOTLAND, random, 12), transcript("Kort", County.GOTLAND, random, 1));
        Code code = code("Tema");
        Code other = code("Annat");
        List<Long> ids = project.write(u -> {
            List<Long> out = new ArrayList<>();
            for (NewDocument d : docs) {
                out.add(u.documents().insert(d).id());
            }
            return out;
        });
        long coder = project.write(u -> u.coders().getOrCreate("anna")).id();
        List<NewCoding> codings = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            int n = length(docs.get(i).text());
            codings.add(new NewCoding(ids.get(i), code.id(), 0, Math.min(n, 3)));         // at the very start
            codings.add(new NewCoding(ids.get(i), code.id(), Math.max(0, n - 2), n));     // at the very end
            codings.add(new NewCoding(ids.get(i), other.id(), 0, n));                     // the whole text
            for (int k = 0; k < 25; k++) {
                int start = random.nextInt(n);
                codings.add(new NewCoding(ids.get(i), (k % 3 == 0 ? other : code).id(), start,
                        start + 1 + random.nextInt(Math.min(n - start, 60))));
            }
        }
        List<Long> codingIds = project.write(u -> u.codings().insertAll(codings, coder));
        project.write(u -> {
            u.codings().setMemo(codingIds.get(4), "ett minne 😀");
            return null;
        });
        Map<Long, Coding> byId = new HashMap<>();
        project.read(u -> u.codings().all()).forEach(c -> byId.put(c.id(), c));
        Map<Long, String> memos = project.read(u -> u.codings().memos());
        Map<Long, Document> documents = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        Map<Long, List<TextUnit>> units = new HashMap<>();
        for (long id : ids) {
            documents.put(id, project.read(u -> u.documents().byId(id)).orElseThrow());
            texts.put(id, project.read(u -> u.documents().text(id)));
            units.put(id, project.read(u -> u.documents().units(id)));
        }
        for (int context : new int[] {0, 1, 2, 7, 80, 100_000}) {
            for (CodingFilter filter : List.of(CodingFilter.ALL, CodingFilter.ALL.withCodes(Set.of(code.id())),
                    CodingFilter.ALL.withCounties(Set.of(County.GOTLAND), true))) {
                List<Segment> found = project.read(u -> u.segments().find(filter, context, 0));
                List<Segment> expected = new ArrayList<>();
                for (Segment s : found) {
                    Coding c = byId.get(s.codingId());
                    expected.add(expected(c, memos.get(c.id()), documents.get(c.documentId()),
                            texts.get(c.documentId()), units.get(c.documentId()), "anna", context));
                }
                for (int i = 0; i < found.size(); i++) {
                    assertEquals(expected.get(i), found.get(i), "context " + context + ", " + filter);
                }
                for (int limit : new int[] {5, 40, 70, 150, 10_000}) { // within one document, across several, all
                    List<Segment> first = project.read(u -> u.segments().find(filter, context, limit));
                    assertEquals(found.subList(0, Math.min(limit, found.size())), first,
                            "limit " + limit + ", context " + context + ", " + filter);
                }
            }
        }
        int all = project.read(u -> u.segments().find(CodingFilter.ALL, 0, 0)).size();
        assertEquals(codings.size(), all);
        List<Segment> skane = project.read(u -> u.segments().find(CodingFilter.ALL
                .withCounties(Set.of(County.SKANE), false), 3, 0));
        assertEquals(Set.of("Möte", "möte"), Set.copyOf(skane.stream().map(Segment::documentName).toList()));
        assertEquals(true, interleaved(skane), "names equal ignoring case sort their passages together");
    }

    private static boolean interleaved(List<Segment> segments) {
        int changes = 0;
        for (int i = 1; i < segments.size(); i++) {
            if (segments.get(i).documentId() != segments.get(i - 1).documentId()) {
                changes++;
            }
        }
        return changes > 1;
    }

    @Test
    void contextStopsAtTheEdgesAndNeverSplitsACharacter() throws Exception {
        project = newProject();
        String text = "😀ab𝄞cd😀";                                   // 7 code points, 10 UTF-16 units
        long doc = project.write(u -> u.documents().insert(new NewDocument("kant", County.UPPSALA,
                DocumentKind.NOTES, "2025", null, "kant.txt", text, List.of(TextUnit.paragraph(0, 0, 7))))).id();
        Code code = code("Tema");
        long coder = project.write(u -> u.coders().getOrCreate("bo")).id();
        project.write(u -> u.codings().insertAll(List.of(new NewCoding(doc, code.id(), 0, 1),
                new NewCoding(doc, code.id(), 3, 4), new NewCoding(doc, code.id(), 6, 7),
                new NewCoding(doc, code.id(), 0, 7)), coder));
        List<Segment> s = project.read(u -> u.segments().find(CodingFilter.ALL, 2, 0));
        assertEquals(List.of("😀", "😀ab𝄞cd😀", "𝄞", "😀"), s.stream().map(Segment::passage).toList());
        assertEquals(List.of("", "", "ab", "cd"), s.stream().map(Segment::before).toList());
        assertEquals(List.of("ab", "", "cd", ""), s.stream().map(Segment::after).toList());
        List<Segment> wide = project.read(u -> u.segments().find(CodingFilter.ALL, 50, 0));
        assertEquals("😀ab", wide.get(2).before());
        assertEquals("cd😀", wide.get(2).after());
        List<Segment> none = project.read(u -> u.segments().find(CodingFilter.ALL, -3, 0));
        assertEquals(List.of("", "", "", ""), none.stream().map(Segment::before).toList());
        assertEquals(List.of("", "", "", ""), none.stream().map(Segment::after).toList());
    }
}
