package dev.retort.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQLite's own write lock lasts one transaction and Retort commits per revision, so the run holds an
 * exclusive OS lock on {@code <database>.retort-lock} instead; the OS drops it when the process
 * dies. The lock belongs to this process, not to the connection: closing the connection without
 * releasing it leaves it held until another waiter in this process notices ({@link AbandonedLocks}).
 */
final class SqliteLock implements MigrationLock {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteLock.class);
    static final String SUFFIX = ".retort-lock";

    private final SqliteLockFile file;
    private final AtomicBoolean released = new AtomicBoolean();

    private SqliteLock(SqliteLockFile file) {
        this.file = file;
    }

    static MigrationLock acquire(Connection connection, String jdbcUrl, Duration timeout) throws SQLException {
        waitForWriters(connection, timeout);
        String database = mainDatabaseFile(connection);
        if (database.isEmpty()) {
            return new NoLock(); // in memory: private to this connection
        }
        Path sidecar = sidecar(Path.of(database));
        SqliteLockFile file = new SqliteLockFile(sidecar);
        LockWait wait = new LockWait(LockTarget.of(jdbcUrl, "lock file " + sidecar), timeout);
        try {
            wait.await(file::tryLock, file::holder);
        } catch (RuntimeException e) {
            quietly(file);
            throw e;
        }
        SqliteLock lock = new SqliteLock(file);
        AbandonedLocks.register(lock, connection, wait.target());
        return lock;
    }

    /** Makes a concurrent writer wait (up to the lock timeout) instead of failing with SQLITE_BUSY. */
    private static void waitForWriters(Connection connection, Duration timeout) throws SQLException {
        long millis = Math.min(Integer.MAX_VALUE, timeout.toMillis());
        try (Statement statement = connection.createStatement()) {
            long current;
            try (ResultSet rs = statement.executeQuery("PRAGMA busy_timeout")) {
                current = rs.next() ? rs.getLong(1) : 0;
            }
            if (millis > current) {
                statement.execute("PRAGMA busy_timeout = " + millis);
            }
        }
    }

    private static String mainDatabaseFile(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("PRAGMA database_list")) {
            while (rs.next()) {
                if ("main".equals(rs.getString("name"))) {
                    String file = rs.getString("file");
                    return file == null ? "" : file;
                }
            }
            return "";
        }
    }

    private static Path sidecar(Path database) {
        Path real;
        try {
            real = database.toRealPath(); // one lock per file, however its path is spelled
        } catch (IOException e) {
            real = database.toAbsolutePath().normalize();
        }
        return real.resolveSibling(real.getFileName() + SUFFIX);
    }

    @Override
    public void close() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        AbandonedLocks.unregister(this);
        try {
            file.release();
        } catch (IOException e) {
            LOG.warn(
                    "cannot release the migration lock file {}: {}; it is released when this process exits",
                    file.path(),
                    e.getMessage());
        }
    }

    private static void quietly(SqliteLockFile file) {
        try {
            file.release();
        } catch (IOException e) {
            LOG.debug("cannot close the migration lock file {}", file.path(), e);
        }
    }
}
