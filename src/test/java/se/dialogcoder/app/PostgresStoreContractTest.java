package se.dialogcoder.app;

import org.junit.jupiter.api.extension.RegisterExtension;
import se.dialogcoder.store.ProjectStore;

/**
 * The store contract on the PostgreSQL engine, on a real PostgreSQL server started for this class (initdb + pg_ctl
 * in a temporary folder); each test gets a fresh database. When the server cannot start, the tests fail.
 */
class PostgresStoreContractTest extends StoreContractTest {
    @RegisterExtension
    static final PostgresPerClass PG = new PostgresPerClass("kontrakt");

    @Override
    protected ProjectStore newProject() throws Exception {
        return PG.newProject("Kontrakt");
    }

    @Override
    protected boolean keepsLocalFile() {
        return false;
    }
}
