package se.dialogcoder.app;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.store.ProjectStore;
import se.dialogcoder.store.sqlite.ProjectFile;

/** Retrieval's text on the SQLite engine (a project file). */
class SqliteRetrievalTextTest extends RetrievalTextContractTest {
    @TempDir
    Path dir;

    @Override
    protected ProjectStore newProject() throws Exception {
        return ProjectFile.create(dir.resolve("hämtning.dcproj"), "Hämtning", "2025");
    }
}
