package dev.retort.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs backfills: online as a keyset walk in batches (see {@link Backfill}); offline ({@code --sql})
 * a set-based backfill as one plain {@code UPDATE}, since a script cannot batch, throttle or
 * resume, while a Java transform, which must read rows, is refused.
 */
public final class Backfills {
    private Backfills() {}

    /**
     * Walks the table in batches, each committed in its own transaction together with its
     * checkpoint in {@code journal}, starting after the journal's last key. The connection's
     * transaction must hold nothing uncommitted; its auto-commit mode is restored afterwards.
     */
    public static BackfillResult run(DataSession session, Backfill backfill, BackfillJournal journal) {
        Connection connection = session.connection();
        boolean autoCommit;
        try {
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new BackfillException(
                    "backfill of " + backfill.table() + ": cannot begin a transaction: " + e.getMessage(), e);
        }
        try (BatchSettings settings = BatchSettings.open(connection, session.dialect(), backfill)) {
            return new KeysetWalk(session, backfill, journal, connection, settings).run();
        } catch (SQLException e) {
            throw new BackfillException("backfill of " + backfill.table() + " failed: " + e.getMessage(), e);
        } finally {
            try {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            } catch (SQLException e) {
                // the connection is broken; the caller's next statement reports it
            }
        }
    }

    /** Writes a set-based backfill into an offline script as one {@code UPDATE} of every matching row. */
    public static BackfillResult writeOffline(DataSession session, Backfill backfill) {
        String table = backfill.table();
        if (backfill.rowTransform().isPresent()) {
            throw new OfflineDataException("op.backfill(\"" + table + "\") runs a Java transform on rows it reads,"
                    + " which offline --sql mode cannot do: use a set-based backfill, b.set(column, expression), or run"
                    + " the revision against the database");
        }
        session.note("backfill of " + table + " as one UPDATE: an offline script cannot batch, throttle or resume it");
        session.write(new Keyset(session, table, List.of(), backfill.filter()).updateAll(backfill.assignments()));
        return BackfillResult.none();
    }
}
