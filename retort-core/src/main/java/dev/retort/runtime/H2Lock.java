package dev.retort.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A row lock ({@code SELECT ... FOR UPDATE}) on {@code retort_lock}, held in an open transaction of a
 * second connection that lives as long as the run; the row lock ends with that transaction or
 * session. The holder also writes its name into the row: uncommitted, so never stale, yet readable
 * by a waiter at READ UNCOMMITTED. The row is polled with {@code FOR UPDATE NOWAIT} rather than
 * waited for with H2's lock timeout, since H2 swallows an interrupt that arrives while it waits.
 *
 * <p>An embedded H2 file database is open in one process only (unless {@code AUTO_SERVER=TRUE}), so
 * there this lock serialises the connections and threads of that process, and AUTO_SERVER clients.
 */
final class H2Lock implements MigrationLock {
    private static final Logger LOG = LoggerFactory.getLogger(H2Lock.class);
    private static final int LOCK_TIMEOUT = 50200;
    private static final int DEADLOCK = 40001;
    private static final int CONCURRENT_UPDATE = 90131;
    private static final int DUPLICATE_KEY = 23505;

    private final Connection lockConnection;
    private final LockTarget target;
    private final AtomicBoolean released = new AtomicBoolean();

    private H2Lock(Connection lockConnection, LockTarget target) {
        this.lockConnection = lockConnection;
        this.target = target;
    }

    static MigrationLock acquire(Connection migration, Connection lockConnection, String key, LockWait wait) {
        int id = LockNames.rowId(key);
        try {
            createRow(lockConnection, id);
            lockConnection.setAutoCommit(false);
            wait.await(() -> tryLock(lockConnection, id), () -> holder(lockConnection, id));
        } catch (SQLException e) {
            closeQuietly(lockConnection);
            throw new MigrationLockException(
                    "cannot prepare the migration lock on " + wait.target().where() + ": "
                            + LockWait.firstLine(e.getMessage()),
                    e);
        } catch (RuntimeException e) {
            closeQuietly(lockConnection);
            throw e;
        }
        H2Lock lock = new H2Lock(lockConnection, wait.target());
        AbandonedLocks.register(lock, migration, wait.target());
        return lock;
    }

    /** Whether {@code jdbcUrl} is an unnamed in-memory database, private to its one connection. */
    static boolean isPrivate(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:h2:mem:")
                && (jdbcUrl.length() == "jdbc:h2:mem:".length() || jdbcUrl.charAt("jdbc:h2:mem:".length()) == ';');
    }

    private static void createRow(Connection connection, int id) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS retort_lock (id INT PRIMARY KEY, holder VARCHAR(255))");
        }
        // a plain read decides; MERGE would queue behind a holder's row lock
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO retort_lock (id)"
                + " SELECT CAST(? AS INT) WHERE NOT EXISTS (SELECT 1 FROM retort_lock WHERE id = ?)")) {
            insert.setInt(1, id);
            insert.setInt(2, id);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (e.getErrorCode() != DUPLICATE_KEY) { // a concurrent first run inserted it: fine
                throw e;
            }
        }
    }

    private static boolean tryLock(Connection connection, int id) throws SQLException {
        AbandonedLocks.release();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT id FROM retort_lock WHERE id = ? FOR UPDATE NOWAIT")) {
            select.setInt(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                    createRow(connection, id); // someone deleted it; lock it next time
                    connection.setAutoCommit(false);
                    return false;
                }
            }
        } catch (SQLException e) {
            int code = e.getErrorCode();
            if (code == LOCK_TIMEOUT || code == DEADLOCK || code == CONCURRENT_UPDATE) {
                connection.rollback();
                return false;
            }
            throw e;
        }
        try (PreparedStatement mark = connection.prepareStatement("UPDATE retort_lock SET holder = ? WHERE id = ?")) {
            mark.setString(
                    1, LocalHolder.now("session " + sessionId(connection)).encode());
            mark.setInt(2, id);
            mark.executeUpdate();
        }
        return true;
    }

    private static long sessionId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT SESSION_ID()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Optional<String> holder(Connection connection, int id) throws SQLException {
        int isolation = connection.getTransactionIsolation();
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
        try (PreparedStatement select = connection.prepareStatement("SELECT holder FROM retort_lock WHERE id = ?")) {
            select.setInt(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? LocalHolder.decode(rs.getString(1)).map(LocalHolder::describe) : Optional.empty();
            }
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
        }
    }

    @Override
    public void close() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        AbandonedLocks.unregister(this);
        try {
            lockConnection.rollback(); // ends the transaction holding the row lock; the mark goes with it
        } catch (SQLException e) {
            LOG.warn(
                    "cannot release the migration lock on {}: {}; closing its connection",
                    target.where(),
                    LockWait.firstLine(e.getMessage()));
        }
        closeQuietly(lockConnection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("cannot close the migration lock connection", e);
        }
    }
}
