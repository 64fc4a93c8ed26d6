package se.dialogcoder.store.sqlite;

import java.sql.Connection;

/** The tables of a project, bound to the connection of the current transaction. */
public final class Tx {
    private final Connection c;

    Tx(Connection c) {
        this.c = c;
    }

    public ProjectTable project() { return new ProjectTable(c); }

    public DocumentTable documents() { return new DocumentTable(c); }

    public CodeTable codes() { return new CodeTable(c); }

    public SetTable sets() { return new SetTable(c); }

    public CoderTable coders() { return new CoderTable(c); }

    public CodingTable codings() { return new CodingTable(c); }

    public PseudonymTable pseudonyms() { return new PseudonymTable(c); }

    public SegmentQueries segments() { return new SegmentQueries(c); }

    public SearchQueries search() { return new SearchQueries(c); }

    public CountQueries counts() { return new CountQueries(c); }
}
