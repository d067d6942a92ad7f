package dev.retort.data;

import java.sql.Connection;

/**
 * The database a migration's data helpers work on: one revision's connection (or, offline, its
 * SQL script). The runtime provides it; revision code uses {@link Table} and {@code op.backfill}
 * instead. Implementations are not thread-safe.
 */
public interface DataSession {
    /** An identifier as this database needs it in SQL. */
    String quote(String identifier);

    /** The dialect's name: {@code sqlite}, {@code postgresql}, {@code mysql}, {@code mariadb} or {@code h2}. */
    String dialect();

    /** Whether statements are written to a script ({@code --sql}) rather than run. */
    boolean offline();

    /**
     * The live connection, inside the revision's transaction.
     *
     * @throws dev.retort.RetortException in offline mode
     */
    Connection connection();

    /**
     * Runs a statement that changes data as one of the revision's statements (recorded for failure
     * reports, written out offline) and returns the rows it changed, or -1 where that is not known
     * (offline).
     */
    long write(SqlText statement);

    /** Writes a comment line into an offline script; ignored online. */
    void note(String text);

    /** Hears the progress of long work (a backfill reports after each batch). */
    void progress(Progress progress);
}
