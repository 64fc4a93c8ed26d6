package se.dialogcoder.app;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.store.ProjectStore;
import se.dialogcoder.store.sqlite.ProjectFile;

/** Word forms of a search on the SQLite engine (a project file). */
class SqliteWordFormsTest extends WordFormsContractTest {
    @TempDir
    Path dir;

    @Override
    protected ProjectStore newProject() throws Exception {
        return ProjectFile.create(dir.resolve("former.dcproj"), "Former", "2025");
    }
}
