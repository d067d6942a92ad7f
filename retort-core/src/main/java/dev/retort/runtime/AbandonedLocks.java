package dev.retort.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The locks held inside this process (SQLite's lock file, H2's lock connection) and the migration
 * connection each belongs to. Such a lock would outlive a migration connection closed without
 * releasing it, so every waiter in this process first releases the locks whose connection is gone:
 * the lock then vanishes with the session, as it does on PostgreSQL and MySQL.
 */
final class AbandonedLocks {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationLocks.class);
    private static final Map<MigrationLock, Owner> HELD = new ConcurrentHashMap<>();

    private record Owner(Connection connection, LockTarget target) {}

    private AbandonedLocks() {}

    static void register(MigrationLock lock, Connection owner, LockTarget target) {
        HELD.put(lock, new Owner(owner, target));
    }

    static void unregister(MigrationLock lock) {
        HELD.remove(lock);
    }

    /** Releases every registered lock whose migration connection has been closed. */
    static void release() {
        HELD.forEach((lock, owner) -> {
            if (isClosed(owner.connection())) {
                LOG.warn(
                        "releasing the migration lock on {}: its connection was closed without releasing it",
                        owner.target().where());
                lock.close();
            }
        });
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return false; // cannot tell: keep the lock rather than risk two runs at once
        }
    }
}
