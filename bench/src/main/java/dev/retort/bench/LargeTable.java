package dev.retort.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The guide's {@code large_table} on PostgreSQL: {@code id BIGINT PRIMARY KEY, old_field TEXT,
 * new_field TEXT}, rebuilt from scratch before each measurement (then vacuumed, analysed and
 * checkpointed) so that every method starts from the same physical table.
 */
final class LargeTable {
    private LargeTable() {}

    static void rebuild(Connection connection, long rows) throws SQLException {
        execute(connection, "DROP TABLE IF EXISTS large_table");
        execute(connection, "DROP TABLE IF EXISTS retort_version");
        execute(connection, "DROP TABLE IF EXISTS retort_history");
        execute(connection, "DROP TABLE IF EXISTS retort_checkpoint");
        execute(connection, "CREATE TABLE large_table (id BIGINT PRIMARY KEY, old_field TEXT, new_field TEXT)");
        execute(
                connection,
                "INSERT INTO large_table (id, old_field) SELECT g, md5(g::text) FROM generate_series(1, " + rows
                        + ") g");
        execute(connection, "VACUUM ANALYZE large_table");
        execute(connection, "CHECKPOINT");
    }

    /** Rows whose new_field is not upper(old_field): 0 after a complete backfill. */
    static long unprocessed(Connection connection) throws SQLException {
        return count(connection, "SELECT COUNT(*) FROM large_table WHERE new_field IS DISTINCT FROM upper(old_field)");
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
