package se.dialogcoder.store.sqlite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.TextUnit;

/** Small helpers shared by the store tests. */
public final class StoreFixtures {
    private StoreFixtures() {
    }

    /** Writes the frozen schema-version-1 fixture into a new SQLite file. */
    public static void writeV1Project(Path file) throws Exception {
        String sql;
        try (var in = StoreFixtures.class.getResourceAsStream("/fixtures/project-v1.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    public static NewDocument document(String name, County county, String text) {
        return new NewDocument(name, county, DocumentKind.NOTES, "2025", null, name + ".txt", text,
                List.of(TextUnit.paragraph(0, 0, text.codePointCount(0, text.length()))));
    }
}
