package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code retort_checkpoint}: the backfill position of each revision step that was interrupted,
 * beside the version table (same schema). Created when the first backfill starts; a step's row is
 * written when its backfill starts, updated in each batch's transaction and deleted in the
 * transaction that records the step in the version table. Not thread-safe.
 */
final class CheckpointTable {
    static final String NAME = "retort_checkpoint";

    private final Dialect dialect;
    private final Optional<String> schema;
    private Boolean exists;

    CheckpointTable(Dialect dialect, Optional<String> schema) {
        this.dialect = dialect;
        this.schema = schema;
    }

    String qualifiedName() {
        return Tables.qualified(dialect, schema, NAME);
    }

    /** The checkpoint of an interrupted step, if there is one. */
    Optional<Checkpoint> find(Connection connection, String revision, String direction) throws SQLException {
        if (!exists(connection)) {
            return Optional.empty();
        }
        String sql = "SELECT prefix_statements, prefix_hash, backfill, backfill_table, last_key, rows_done, rows_before"
                + " FROM " + qualifiedName() + " WHERE revision = ? AND direction = ?";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, revision);
            s.setString(2, direction);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Checkpoint(
                        revision,
                        direction,
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        Optional.ofNullable(rs.getString(5)),
                        rs.getLong(6),
                        rs.getLong(7)));
            }
        }
    }

    /** Creates the table if needed and writes the step's row for a backfill that starts now. */
    void start(Connection connection, Checkpoint checkpoint, boolean replace) throws SQLException {
        if (!exists(connection)) {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + qualifiedName() + " (revision VARCHAR(255) NOT NULL,"
                        + " direction VARCHAR(16) NOT NULL, prefix_statements INTEGER NOT NULL,"
                        + " prefix_hash VARCHAR(64) NOT NULL, backfill INTEGER NOT NULL,"
                        + " backfill_table VARCHAR(255) NOT NULL, last_key VARCHAR(4000), rows_done BIGINT NOT NULL,"
                        + " rows_before BIGINT NOT NULL, updated_at TIMESTAMP NOT NULL,"
                        + " PRIMARY KEY (revision, direction))");
            }
            exists = true;
        }
        if (replace) {
            delete(connection, checkpoint.revision(), checkpoint.direction());
        }
        String sql = "INSERT INTO " + qualifiedName() + " (revision, direction, prefix_statements, prefix_hash,"
                + " backfill, backfill_table, rows_done, rows_before, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, checkpoint.revision());
            s.setString(2, checkpoint.direction());
            s.setInt(3, checkpoint.prefixStatements());
            s.setString(4, checkpoint.prefixHash());
            s.setInt(5, checkpoint.backfill());
            s.setString(6, checkpoint.table());
            s.setLong(7, checkpoint.rowsBefore());
            s.setTimestamp(8, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    /** Records a committed batch (in the batch's transaction). */
    void advance(Connection connection, String revision, String direction, String lastKey, long rowsDone)
            throws SQLException {
        String sql = "UPDATE " + qualifiedName()
                + " SET last_key = ?, rows_done = ?, updated_at = ? WHERE revision = ? AND direction = ?";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, lastKey);
            s.setLong(2, rowsDone);
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            s.setString(4, revision);
            s.setString(5, direction);
            s.executeUpdate();
        }
    }

    /** Removes the step's row: the step completed. */
    void delete(Connection connection, String revision, String direction) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "DELETE FROM " + qualifiedName() + " WHERE revision = ? AND direction = ?")) {
            s.setString(1, revision);
            s.setString(2, direction);
            s.executeUpdate();
        }
    }

    /** Removes every checkpoint of {@code revision}: a repair settled its state by hand. */
    void forget(Connection connection, String revision) throws SQLException {
        if (exists(connection)) {
            try (PreparedStatement s =
                    connection.prepareStatement("DELETE FROM " + qualifiedName() + " WHERE revision = ?")) {
                s.setString(1, revision);
                s.executeUpdate();
            }
        }
    }

    private boolean exists(Connection connection) {
        // looked up once per run: only this run creates it meanwhile
        if (exists == null) {
            exists = Tables.exists(connection, schema, NAME);
        }
        return exists;
    }
}
