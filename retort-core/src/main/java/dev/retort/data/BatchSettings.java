package dev.retort.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backfill's session settings: lock and statement timeouts; on PostgreSQL asynchronous batch
 * commits; on MySQL and MariaDB the {@code READ COMMITTED} isolation level, whose range updates do
 * not lock the gap and the first row after a batch's window (which would block the application's
 * inserts and the row the next batch starts with). PostgreSQL takes them per batch ({@code SET
 * LOCAL}, gone at commit); the other databases per session, set before the first batch and restored
 * after the last. Not thread-safe.
 */
final class BatchSettings implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BatchSettings.class);

    private final Connection connection;
    private final String dialect;
    private final Optional<Duration> lock;
    private final Optional<Duration> statement;
    private final List<String> restore = new ArrayList<>();
    private int isolation = -1;

    private BatchSettings(
            Connection connection, String dialect, Optional<Duration> lock, Optional<Duration> statement) {
        this.connection = connection;
        this.dialect = dialect;
        this.lock = lock;
        this.statement = statement;
    }

    static BatchSettings open(Connection connection, String dialect, Backfill backfill) throws SQLException {
        BatchSettings settings = new BatchSettings(connection, dialect, backfill.lockWait(), backfill.statementWait());
        settings.setSession();
        return settings;
    }

    /** Sets the per-batch settings at the start of a batch's transaction. */
    void beginBatch() throws SQLException {
        if (!dialect.equals("postgresql")) {
            return;
        }
        // A batch commits together with its checkpoint, so it need not wait for its own WAL flush: a
        // server crash can lose the last batches only with their checkpoints, and the rerun redoes
        // them. The revision's final commit is durable and flushes everything before it.
        run("SET LOCAL synchronous_commit = off");
        if (lock.isPresent()) {
            run("SET LOCAL lock_timeout = '" + lock.get().toMillis() + "ms'");
        }
        if (statement.isPresent()) {
            run("SET LOCAL statement_timeout = '" + statement.get().toMillis() + "ms'");
        }
    }

    private void setSession() throws SQLException {
        switch (dialect) {
            case "mysql", "mariadb" -> {
                isolation = connection.getTransactionIsolation();
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                lock.ifPresent(d -> swap("innodb_lock_wait_timeout", String.valueOf(seconds(d)), "@@SESSION."));
                if (statement.isPresent() && dialect.equals("mariadb")) {
                    swap("max_statement_time", String.valueOf(statement.get().toMillis() / 1000.0), "@@SESSION.");
                }
            }
            case "h2" -> lock.ifPresent(d -> swapH2(d.toMillis()));
            case "sqlite" -> lock.ifPresent(d -> swapSqlite(d.toMillis()));
            default -> {}
        }
        if (statement.isPresent() && !dialect.equals("postgresql") && !dialect.equals("mariadb")) {
            LOG.info("backfill statementTimeout is not applied on {}", dialect);
        }
    }

    private void swap(String variable, String value, String prefix) {
        try {
            String old = query("SELECT " + prefix + variable);
            run("SET SESSION " + variable + " = " + value);
            restore.add("SET SESSION " + variable + " = " + old);
        } catch (SQLException e) {
            throw new BackfillException("cannot set " + variable + " for the backfill: " + e.getMessage(), e);
        }
    }

    private void swapH2(long millis) {
        try {
            String old =
                    query("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'LOCK_TIMEOUT'");
            run("SET LOCK_TIMEOUT " + millis);
            if (old != null) {
                restore.add("SET LOCK_TIMEOUT " + Long.parseLong(old.trim()));
            }
        } catch (SQLException | NumberFormatException e) {
            throw new BackfillException("cannot set the lock timeout for the backfill: " + e.getMessage(), e);
        }
    }

    private void swapSqlite(long millis) {
        try {
            String old = query("PRAGMA busy_timeout");
            run("PRAGMA busy_timeout = " + millis);
            restore.add("PRAGMA busy_timeout = " + Long.parseLong(old.trim()));
        } catch (SQLException | NumberFormatException e) {
            throw new BackfillException("cannot set the busy timeout for the backfill: " + e.getMessage(), e);
        }
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }

    private String query(String sql) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private void run(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() {
        if (isolation >= 0) {
            try {
                connection.setTransactionIsolation(isolation);
            } catch (SQLException e) {
                LOG.warn("could not restore the isolation level after the backfill: {}", e.getMessage());
            }
        }
        for (String sql : restore) {
            try {
                run(sql);
            } catch (SQLException e) {
                LOG.warn("could not restore a session setting after the backfill ({}): {}", sql, e.getMessage());
            }
        }
    }
}
