package dev.retort.runtime;

import dev.retort.RetortException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection and sink of one SQLite rebuild: statements that change the database go through
 * the {@link SqlSink} (logged, wrapped in {@link StatementFailedException}); read-only catalog and
 * check queries run on the connection directly. Not thread-safe.
 */
final class SqliteSession {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteSession.class);

    /** Reads one row of a query. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final SqlSink sink;
    private final String subject;

    /**
     * @param subject what the queries serve, for messages: {@code op.batchAlterTable("user")}
     */
    SqliteSession(SqlSink sink, String subject) {
        this.sink = sink;
        this.subject = subject;
    }

    Connection connection() {
        return sink.connection();
    }

    String subject() {
        return subject;
    }

    void execute(String sql) {
        sink.execute(sql);
    }

    /** Every row of a read-only query, with {@code ?} placeholders bound to {@code params}. */
    <T> List<T> query(String sql, RowReader<T> reader, Object... params) {
        LOG.debug("{}", sql);
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new StatementFailedException(sql, e, params.length > 0);
        }
    }

    /** The integer in the first column of the first row (0 for no row or NULL). */
    long number(String sql, Object... params) {
        List<Long> values = query(sql, row -> row.getLong(1), params);
        return values.isEmpty() ? 0 : values.get(0);
    }

    /** The value of a pragma that reports a flag: {@code PRAGMA foreign_keys}. */
    boolean flag(String pragma) {
        return number("PRAGMA " + pragma) != 0;
    }

    /** Sets a flag pragma, returning a statement that sets it back. */
    String set(String pragma, boolean value) {
        execute("PRAGMA " + pragma + " = " + (value ? "ON" : "OFF"));
        return "PRAGMA " + pragma + " = " + (value ? "OFF" : "ON");
    }

    /** Whether the connection is in autocommit mode, that is, no transaction is open. */
    boolean autocommit() {
        try {
            return connection().getAutoCommit();
        } catch (SQLException e) {
            throw new RetortException("cannot read the connection's autocommit mode (" + e.getMessage() + ")", e);
        }
    }

    /** Runs {@code work} with a JDBC-level failure turned into a one-line {@link RetortException}. */
    static void jdbc(String what, JdbcWork work) {
        try {
            work.run();
        } catch (SQLException e) {
            throw new RetortException("cannot " + what + " (" + e.getMessage() + ")", e);
        }
    }

    /** A JDBC call that may fail. */
    @FunctionalInterface
    interface JdbcWork {
        void run() throws SQLException;
    }
}
