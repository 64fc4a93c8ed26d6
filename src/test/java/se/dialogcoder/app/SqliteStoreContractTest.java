package se.dialogcoder.app;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.store.ProjectStore;
import se.dialogcoder.store.sqlite.ProjectFile;

/** The store contract on the SQLite engine (a project file). */
class SqliteStoreContractTest extends StoreContractTest {
    @TempDir
    Path dir;

    @Override
    protected ProjectStore newProject() throws Exception {
        return ProjectFile.create(dir.resolve("kontrakt.dcproj"), "Kontrakt", "2025");
    }

    @Override
    protected boolean keepsLocalFile() {
        return true;
    }
}
