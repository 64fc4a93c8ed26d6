package se.dialogcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.store.SearchSyntaxException;
import se.dialogcoder.store.postgres.PostgresProject;
import se.dialogcoder.store.postgres.ThrowawayPostgres;

/**
 * The same corpus in a project file and on a real PostgreSQL server; seeded random queries (words, prefixes,
 * phrases, AND/OR/NOT, parentheses, invalid ones) must give the same documents and the same hits on both. One
 * document is long enough (a word over 256 times, over 16383 tokens) for PostgreSQL's position limits to apply.
 */
class SearchParityTest {
    private static final String[] WORDS = {"och", "Ångest", "ångest", "äldre", "Äldre", "öar", "oro", "stöd",
        "stödet", "angest", "alder", "kommun", "kommunen", "ö", "e-post", "100", "O'Brien", "😀", "ÅNGEST"};

    @TempDir
    Path dir;

    @Test
    void bothEnginesGiveTheSameHits() throws Exception {
        Random random = new Random(15);
        List<String> texts = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            StringBuilder sb = new StringBuilder();
            int words = d == 0 ? 17000 : 20 + random.nextInt(60);
            for (int w = 0; w < words; w++) {
                sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(9) == 0 ? ". " : " ");
            }
            texts.add(sb.toString());
        }
        try (ThrowawayPostgres server = ThrowawayPostgres.start()) {
            server.createDatabase("paritet");
            try (Project sqlite = ProjectStores.create(dir.resolve("p.dcproj"), "Paritet", null);
                 Project pg = new Project(PostgresProject.create(server.jdbcUrl("paritet"),
                         ThrowawayPostgres.SUPERUSER, "", "Paritet", null))) {
                for (Project p : List.of(sqlite, pg)) {
                    p.write(u -> {
                        for (int i = 0; i < texts.size(); i++) {
                            u.documents().insert(StoreContractTest.doc("d" + i, null, texts.get(i)));
                        }
                        return null;
                    });
                }
                int compared = 0;
                for (int i = 0; i < 300; i++) {
                    String q = query(random, 0);
                    // the project file marks hits by FTS5's highlight() or, for texts it is sure of, in Java over
                    // every phrase of the query; the two differ when an OR or a NOT drops a branch whose phrases occur
                    // in the text, so hits are compared where they agree (no OR, no NOT), documents always
                    boolean hits = !q.contains(" OR ") && !q.contains(" NOT ");
                    String a = run(sqlite, q, hits);
                    String b = run(pg, q, hits);
                    if (!a.equals(b)) {
                        assertEquals(brief(a), brief(b), q);
                        assertEquals(a, b, q);
                    }
                    compared++;
                }
                assertEquals(300, compared);
            }
        }
    }

    private static String run(Project p, String q, boolean hits) throws Exception {
        try {
            StringBuilder sb = new StringBuilder();
            p.read(u -> u.search().search(q, CodingFilter.ALL)).forEach(m -> sb.append(m.name()).append(hits ? m.hits() : "")
                    .append('\n'));
            return sb.toString();
        } catch (SearchSyntaxException e) {
            return "invalid";
        }
    }

    /** Each document's name, number of hits and first hits. */
    private static String brief(String result) {
        StringBuilder sb = new StringBuilder();
        for (String line : result.split("\n")) {
            sb.append(line, 0, Math.min(line.length(), 120)).append(" (").append(line.split("Span").length - 1)
                    .append(" hits)\n");
        }
        return sb.toString();
    }

    private static String query(Random r, int depth) {
        int kind = r.nextInt(depth > 2 ? 4 : 9);
        return switch (kind) {
            case 0, 1 -> word(r);
            case 2 -> word(r) + "*";
            case 3 -> "\"" + word(r) + " " + word(r) + (r.nextBoolean() ? " " + word(r) : "") + "\"";
            case 4 -> query(r, depth + 1) + " AND " + query(r, depth + 1);
            case 5 -> query(r, depth + 1) + " OR " + query(r, depth + 1);
            case 6 -> query(r, depth + 1) + " NOT " + (r.nextBoolean() ? word(r) : "(" + query(r, depth + 1) + ")");
            case 7 -> "(" + query(r, depth + 1) + ")";
            // words side by side (not after a NOT: how FTS5 groups "a NOT b c" is left open, see PgQuery)
            default -> word(r) + " " + word(r) + (r.nextBoolean() ? " " + word(r) + "*" : "");
        };
    }

    private static String word(Random r) {
        String w = WORDS[r.nextInt(WORDS.length)];
        return w.length() > 3 && r.nextInt(4) == 0 ? w.substring(0, 3) : w;
    }
}
