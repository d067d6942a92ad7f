package dev.retort.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session-level advisory lock on the migration connection itself: it survives the per-revision
 * commits and ends with {@code pg_advisory_unlock} or with the session.
 */
final class PostgresLock implements MigrationLock {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresLock.class);
    // A bigint advisory key shows in pg_locks as classid (high half), objid (low half), objsubid 1.
    // Without pg_read_all_stats, another user's client_addr, client_port and backend_start read NULL.
    private static final String HOLDER = "SELECT a.pid, a.usename, a.application_name, host(a.client_addr),"
            + " a.client_port, CAST(EXTRACT(EPOCH FROM now() - a.backend_start) AS bigint)"
            + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
            + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            + " AND CAST(l.classid AS bigint) = ? AND CAST(l.objid AS bigint) = ?";

    private final Connection connection;
    private final long key;
    private final LockTarget target;
    private final AtomicBoolean released = new AtomicBoolean();

    private PostgresLock(Connection connection, long key, LockTarget target) {
        this.connection = connection;
        this.key = key;
        this.target = target;
    }

    static MigrationLock acquire(Connection connection, String key, LockWait wait) {
        long advisoryKey = LockNames.advisoryKey(key);
        wait.await(() -> tryLock(connection, advisoryKey), () -> holder(connection, advisoryKey));
        return new PostgresLock(connection, advisoryKey, wait.target());
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static Optional<String> holder(Connection connection, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(HOLDER)) {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xFFFF_FFFFL);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                List<String> details = new ArrayList<>();
                details.add("user " + rs.getString(2));
                String application = rs.getString(3);
                if (application != null && !application.isEmpty()) {
                    details.add("application " + application);
                }
                String client = rs.getString(4);
                int port = rs.getInt(5);
                if (client != null) {
                    details.add("from " + client);
                } else if (port == -1) {
                    details.add("over a local socket");
                }
                long connected = rs.getLong(6);
                if (!rs.wasNull()) {
                    details.add("connected " + connected + " s ago");
                }
                return Optional.of("pid " + rs.getInt(1) + " (" + String.join(", ", details) + ")");
            }
        }
    }

    @Override
    public void close() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        try {
            if (connection.isClosed()) {
                LOG.debug("the migration lock on {} ended with its session", target.where());
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                statement.setLong(1, key);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next() || !rs.getBoolean(1)) {
                        LOG.warn("the migration lock on {} was no longer held when released", target.where());
                    }
                }
            }
        } catch (SQLException e) {
            LOG.warn(
                    "cannot release the migration lock on {}: {}; it ends with the session",
                    target.where(),
                    LockWait.firstLine(e.getMessage()));
        }
    }
}
