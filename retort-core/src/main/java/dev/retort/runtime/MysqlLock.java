package dev.retort.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code GET_LOCK} named lock on the migration connection: session-level on MySQL 5.7+ and
 * MariaDB 10.0+, ended by {@code RELEASE_LOCK} or by the session.
 */
final class MysqlLock implements MigrationLock {
    private static final Logger LOG = LoggerFactory.getLogger(MysqlLock.class);
    private static final String HOLDER =
            "SELECT USER, HOST, COMMAND, TIME FROM information_schema.PROCESSLIST WHERE ID = ?";

    private final Connection connection;
    private final String name;
    private final LockTarget target;
    private final AtomicBoolean released = new AtomicBoolean();

    private MysqlLock(Connection connection, String name, LockTarget target) {
        this.connection = connection;
        this.name = name;
        this.target = target;
    }

    static MigrationLock acquire(Connection connection, String name, LockWait wait) {
        wait.await(() -> tryLock(connection, name), () -> holder(connection, name));
        return new MysqlLock(connection, name, wait.target());
    }

    /** The name {@code GET_LOCK} takes for {@code key}: server-wide, so it includes the database. */
    static String name(Connection connection, String key) throws SQLException {
        return LockNames.mysqlName(connection.getCatalog(), key);
    }

    private static boolean tryLock(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                int result = rs.getInt(1);
                if (rs.wasNull()) {
                    throw new SQLException("GET_LOCK returned NULL (the server refused the lock)");
                }
                return result == 1;
            }
        }
    }

    private static Optional<String> holder(Connection connection, String name) throws SQLException {
        long id;
        try (PreparedStatement statement = connection.prepareStatement("SELECT IS_USED_LOCK(?)")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
                if (rs.wasNull()) {
                    return Optional.empty();
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(HOLDER)) {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    // without the PROCESS privilege only one's own connections are listed
                    return Optional.of("connection " + id);
                }
                String command = rs.getString(3);
                String activity = "Sleep".equalsIgnoreCase(command) ? "idle" : "running " + command;
                return Optional.of("connection " + id + " (user " + rs.getString(1) + ", from " + rs.getString(2) + ", "
                        + activity + " for " + rs.getLong(4) + " s)");
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
            try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                statement.setString(1, name);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next() || rs.getInt(1) != 1) {
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
