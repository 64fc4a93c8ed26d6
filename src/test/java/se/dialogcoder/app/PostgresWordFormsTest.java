package se.dialogcoder.app;

import org.junit.jupiter.api.extension.RegisterExtension;
import se.dialogcoder.store.ProjectStore;

/** Word forms of a search on the PostgreSQL engine, on a throwaway server; each test gets a fresh database. */
class PostgresWordFormsTest extends WordFormsContractTest {
    @RegisterExtension
    static final PostgresPerClass PG = new PostgresPerClass("former");

    @Override
    protected ProjectStore newProject() throws Exception {
        return PG.newProject("Former");
    }
}
