package se.dialogcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewCoding;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.Segment;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.store.ProjectStore;
import se.dialogcoder.store.postgres.PostgresProject;
import se.dialogcoder.store.postgres.ThrowawayPostgres;

/** Retrieval's text on the PostgreSQL engine, on a throwaway server; each test gets a fresh UTF-8 database. */
class PostgresRetrievalTextTest extends RetrievalTextContractTest {
    @RegisterExtension
    static final PostgresPerClass PG = new PostgresPerClass("hamtning");

    @Override
    protected ProjectStore newProject() throws Exception {
        return PG.newProject("Hämtning");
    }

    /**
     * In a SQL_ASCII database PostgreSQL's {@code substr} counts bytes, not characters: retrieval then reads the
     * whole text and still cuts at code points.
     */
    @Test
    void aSqlAsciiDatabaseStillGivesPassagesByCodePoints() throws Exception {
        try (Connection c = PG.server().connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0");
        }
        project = PostgresProject.create(PG.server().jdbcUrl("ascii"), ThrowawayPostgres.SUPERUSER, "", "Ascii", "2025");
        String text = "Åsa: ärligt talat är öppenhet svårt.";
        long doc = project.write(u -> u.documents().insert(new NewDocument("ö", County.SKANE, DocumentKind.NOTES,
                "2025", null, "o.txt", text, List.of(TextUnit.paragraph(0, 0, text.length()))))).id();
        Code code = project.write(u -> u.codes().insert(null, null, "Tema", "Tema", null, null, "#123456", 0));
        long coder = project.write(u -> u.coders().getOrCreate("anna")).id();
        project.write(u -> u.codings().insertAll(List.of(new NewCoding(doc, code.id(), 21, 29)), coder));
        Segment s = project.read(u -> u.segments().find(CodingFilter.ALL, 4, 0)).get(0);
        assertEquals("öppenhet", s.passage());
        assertEquals(" är ", s.before());
        assertEquals(" svå", s.after());
    }
}
