package se.dialogcoder.store.sqlite;

import java.sql.Connection;
import se.dialogcoder.store.UnitOfWork;
import se.dialogcoder.store.Yardsticks;

/** The tables of a project file, bound to the connection of the current transaction. */
public final class Tx implements UnitOfWork {
    private final Connection c;
    private final java.util.Map<Long, Integer> unitCounts;

    Tx(Connection c) {
        this(c, null);
    }

    /**
     * @param unitCounts the numbers of text units per document read so far, kept by the project file for its read
     *                   transactions (null: none kept); a count is only ever kept of a committed document
     */
    Tx(Connection c, java.util.Map<Long, Integer> unitCounts) {
        this.c = c;
        this.unitCounts = unitCounts;
    }

    @Override
    public ProjectTable project() { return new ProjectTable(c); }

    @Override
    public DocumentTable documents() { return new DocumentTable(c, unitCounts); }

    @Override
    public CodeTable codes() { return new CodeTable(c); }

    @Override
    public SetTable sets() { return new SetTable(c); }

    @Override
    public CoderTable coders() { return new CoderTable(c); }

    @Override
    public CodingTable codings() { return new CodingTable(c); }

    @Override
    public PseudonymTable pseudonyms() { return new PseudonymTable(c); }

    @Override
    public SegmentQueries segments() { return new SegmentQueries(c); }

    @Override
    public SearchQueries search() { return new SearchQueries(c); }

    @Override
    public CountQueries counts() { return new CountQueries(c); }

    @Override
    public Yardsticks yardsticks() { return new SqliteYardsticks(c); }

    @Override
    public PulledCopyTable pulledCopy() { return new PulledCopyTable(c); }
}
