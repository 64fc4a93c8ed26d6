package se.dialogcoder.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every character of the ranges {@link Unicode61#isCertain} trusts is checked against SQLite's own unicode61
 * tokenizer: whether it separates tokens, and which characters it folds together (a lone combining diacritic
 * starts no token, so it finds nothing on its own).
 */
class Unicode61Test {
    private static List<Integer> certainCharacters() {
        List<Integer> out = new ArrayList<>();
        for (int c = 1; c < 0x10000; c++) {
            if (Unicode61.isCertain((char) c) && !Character.isSurrogate((char) c) && c != '\n' && c != '\r') {
                out.add(c);
            }
        }
        return out;
    }

    @Test
    void separatorsAndFoldingAgreeWithFts5() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 0')");
            List<Integer> chars = certainCharacters();
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO t(rowid, x) VALUES (?, ?)")) {
                for (int ch : chars) {
                    ins.setInt(1, ch);
                    ins.setString(2, "qq" + Character.toString(ch) + "zz " + Character.toString(ch));
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            Set<Integer> separators = new TreeSet<>();
            try (ResultSet r = s.executeQuery("SELECT rowid FROM t WHERE t MATCH 'qq'")) {
                while (r.next()) {
                    separators.add(r.getInt(1));
                }
            }
            List<String> wrong = new ArrayList<>();
            for (int ch : chars) {
                if (separators.contains(ch) == Unicode61.isTokenPart(ch)) {
                    wrong.add(String.format("U+%04X", ch));
                }
            }
            assertThat(wrong).as("characters FTS5 and Unicode61 classify differently").isEmpty();

            try (PreparedStatement q = c.prepareStatement("SELECT rowid FROM t WHERE t MATCH ?")) {
                for (int ch : chars) {
                    if (!Unicode61.isTokenPart(ch)) {
                        continue;
                    }
                    q.setString(1, "\"" + Character.toString(ch) + "\"");
                    Set<Integer> fts = new TreeSet<>();
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            fts.add(r.getInt(1));
                        }
                    }
                    Set<Integer> ours = new TreeSet<>();
                    for (int other : chars) {
                        if (Unicode61.isTokenStart(other) && Unicode61.isTokenStart(ch)
                                && Unicode61.fold(other) == Unicode61.fold(ch)) {
                            ours.add(other);
                        }
                    }
                    assertThat(ours).as("characters folded together with U+%04X", ch).isEqualTo(fts);
                }
            }
        }
    }
}
