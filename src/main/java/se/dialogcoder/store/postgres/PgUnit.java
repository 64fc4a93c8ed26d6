package se.dialogcoder.store.postgres;

import se.dialogcoder.store.Coders;
import se.dialogcoder.store.Codes;
import se.dialogcoder.store.Codings;
import se.dialogcoder.store.Counts;
import se.dialogcoder.store.Documents;
import se.dialogcoder.store.ProjectData;
import se.dialogcoder.store.Pseudonyms;
import se.dialogcoder.store.PulledCopy;
import se.dialogcoder.store.Search;
import se.dialogcoder.store.Segments;
import se.dialogcoder.store.Sets;
import se.dialogcoder.store.UnitOfWork;
import se.dialogcoder.store.Yardsticks;

/** The tables of a PostgreSQL project, bound to the connection of the current transaction. */
final class PgUnit implements UnitOfWork {
    private final Db db;

    PgUnit(Db db) {
        this.db = db;
    }

    @Override
    public ProjectData project() {
        return new PgProjectData(db);
    }

    @Override
    public Documents documents() {
        return new PgDocuments(db);
    }

    @Override
    public Codes codes() {
        return new PgCodes(db);
    }

    @Override
    public Sets sets() {
        return new PgSets(db);
    }

    @Override
    public Coders coders() {
        return new PgCoders(db);
    }

    @Override
    public Codings codings() {
        return new PgCodings(db);
    }

    @Override
    public Pseudonyms pseudonyms() {
        return new PgPseudonyms(db);
    }

    @Override
    public Segments segments() {
        return new PgSegments(db);
    }

    @Override
    public Search search() {
        return new PgSearch(db);
    }

    @Override
    public Counts counts() {
        return new PgCounts(db);
    }

    @Override
    public Yardsticks yardsticks() {
        return new PgYardsticks(db);
    }

    @Override
    public PulledCopy pulledCopy() {
        return new PgPulledCopy();
    }
}
