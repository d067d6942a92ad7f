package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.graph.VersionChange;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes what {@code retort repair} decides: a history row (a new checksum accepted, a dirty
 * revision resolved, a missing revision forgotten) and, for a dirty revision marked applied, the
 * version-table change its run never made, in one transaction, which also drops the revision's
 * backfill checkpoints. Not thread-safe.
 */
public final class HistoryRepair {
    private final Connection connection;
    private final VersionTable versions;
    private final HistoryTable history;
    private final CheckpointTable checkpoints;

    /** A writer over an open connection (not closed here); Retort's tables must exist. */
    public HistoryRepair(Connection connection, Dialect dialect, Optional<String> schema, String versionTable) {
        this.connection = connection;
        this.versions = new VersionTable(dialect, schema, versionTable);
        this.history = new HistoryTable(dialect, schema);
        this.checkpoints = new CheckpointTable(dialect, schema);
    }

    /**
     * Records one history row and applies {@code changes} to the version table, atomically.
     *
     * @param direction {@code rebaseline}, {@code forget}, {@code repair}, or the direction of the
     *     step a dirty revision was in when it is marked applied
     * @param outcome {@code success} or {@code rolled-back}
     */
    public void record(
            String revision,
            String direction,
            String checksum,
            String outcome,
            String detail,
            List<VersionChange> changes) {
        try {
            connection.setAutoCommit(false);
            JdbcSqlSink sink = new JdbcSqlSink(connection);
            versions.apply(sink, changes);
            // an interrupted backfill's checkpoint is void once its revision is settled by hand: a
            // later run must not skip statements on its word
            checkpoints.forget(connection, revision);
            history.record(
                    sink,
                    new HistoryEntry(
                            revision,
                            direction,
                            checksum,
                            Instant.now(),
                            Duration.ZERO,
                            AppliedBy.current(),
                            outcome,
                            Optional.ofNullable(detail),
                            Optional.empty()));
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
            throw new DatabaseException(
                    "cannot record the repair of revision " + revision + " in " + HistoryTable.NAME + ": "
                            + e.getMessage(),
                    e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is closed by the caller anyway
            }
        }
    }
}
