package se.dialogcoder.store;

/**
 * The tables and queries of a project inside one transaction ({@link ProjectStore#read} or
 * {@link ProjectStore#write}): everything done through it is committed as a whole, or not at all. Valid only while
 * the work it was given to runs.
 */
public interface UnitOfWork {
    ProjectData project();

    Documents documents();

    Codes codes();

    Sets sets();

    Coders coders();

    Codings codings();

    Pseudonyms pseudonyms();

    Segments segments();

    Search search();

    Counts counts();

    /** The plain SQL the benchmark times the application against. */
    Yardsticks yardsticks();

    /** Where a pulled copy came from and its baseline (server sync); a server project has none. */
    PulledCopy pulledCopy();
}
