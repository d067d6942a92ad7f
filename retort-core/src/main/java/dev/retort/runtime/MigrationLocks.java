package dev.retort.runtime;

import dev.retort.Redaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Takes the lock that makes a migration run exclusive: one process migrates a database at a time,
 * the others wait (up to a timeout) and then find nothing left to do. Each database uses a lock that
 * vanishes with its holder:
 *
 * <ul>
 *   <li>PostgreSQL: a session-level advisory lock on the migration connection, keyed by a stable
 *       64-bit hash of {@code retort:<key>}.
 *   <li>MySQL/MariaDB: {@code GET_LOCK('retort:<database>.<key>')} on the migration connection.
 *   <li>SQLite: an exclusive OS file lock on {@code <database file>.retort-lock}, held by this
 *       process, one per database file whatever the key (an in-memory database needs none). Also sets the connection's {@code
 *       busy_timeout} to at least the lock timeout, so other writers wait instead of failing.
 *   <li>H2: a row lock on table {@code retort_lock}, held by a second connection opened with the
 *       same URL and credentials. An embedded file database is only shared within one process (or
 *       with {@code AUTO_SERVER=TRUE}).
 * </ul>
 *
 * <p>PostgreSQL and MySQL locks belong to the session, so the connection must be a real session:
 * not one handed out per transaction by a pooler such as PgBouncer in transaction mode.
 *
 * <p>Thread-safe. The migration connection must not be used by another thread while {@code acquire}
 * runs. Call it outside a transaction (auto-commit on): a snapshot taken while waiting would hide
 * the other run's work. On PostgreSQL and MySQL a second acquire on the connection that already holds
 * the lock succeeds at once (the databases count nested holds); elsewhere it waits.
 */
public final class MigrationLocks {
    private static final String[] FAMILIES = {"postgresql", "mysql", "mariadb", "sqlite", "h2"};

    private MigrationLocks() {}

    /** Acquires the lock for {@code key} on a database whose URL carries any credentials it needs. */
    public static MigrationLock acquire(Connection connection, String jdbcUrl, String key, Duration timeout) {
        return acquire(connection, jdbcUrl, Optional.empty(), Optional.empty(), key, timeout);
    }

    /**
     * Acquires the lock for {@code key} (what is being migrated, e.g. {@code public.retort_version}),
     * waiting up to {@code timeout}.
     *
     * @param connection the migration connection; PostgreSQL and MySQL locks live in its session
     * @param jdbcUrl its URL: named in messages (without password); H2 opens the lock connection with it
     * @param user the user for H2's lock connection, when not in the URL
     * @param password the password for H2's lock connection, when not in the URL
     * @param key what is being migrated; the same key on the same database means the same lock
     * @param timeout how long to wait for another run to finish; zero tries once
     * @throws LockTimeoutException when another run holds the lock for longer than {@code timeout}
     * @throws LockInterruptedException when the waiting thread is interrupted
     * @throws MigrationLockException when the lock cannot be taken for another reason
     */
    public static MigrationLock acquire(
            Connection connection,
            String jdbcUrl,
            Optional<String> user,
            Optional<String> password,
            String key,
            Duration timeout) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(key, "key");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("lock timeout must not be negative: " + timeout);
        }
        String display = "key " + LockNames.display(key);
        try {
            switch (family(connection, jdbcUrl)) {
                case "postgresql":
                    return PostgresLock.acquire(
                            connection, key, new LockWait(LockTarget.of(jdbcUrl, display), timeout));
                case "mysql": {
                    String name = MysqlLock.name(connection, key);
                    return MysqlLock.acquire(
                            connection, name, new LockWait(LockTarget.of(jdbcUrl, "key " + name), timeout));
                }
                case "sqlite":
                    return SqliteLock.acquire(connection, jdbcUrl, timeout);
                case "h2":
                    if (H2Lock.isPrivate(jdbcUrl)) {
                        return new NoLock();
                    }
                    return H2Lock.acquire(
                            connection,
                            Connector.open(jdbcUrl, user, password),
                            key,
                            new LockWait(LockTarget.of(jdbcUrl, display), timeout));
                default:
                    throw new MigrationLockException(
                            "no migration lock for " + Redaction.redactUrl(jdbcUrl)
                                    + ": Retort locks PostgreSQL, MySQL/MariaDB, SQLite and H2 databases",
                            null);
            }
        } catch (SQLException e) {
            throw new MigrationLockException(
                    "cannot take the migration lock on "
                            + LockTarget.of(jdbcUrl, display).where() + ": " + LockWait.firstLine(e.getMessage()),
                    e);
        }
    }

    /** The database, from the driver's product name, else from the URL's scheme. */
    private static String family(Connection connection, String jdbcUrl) {
        String product = "";
        try {
            product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            // fall back to the URL
        }
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        for (String family : FAMILIES) {
            if (product.contains(family) || url.startsWith("jdbc:" + family + ":")) {
                return family.equals("mariadb") ? "mysql" : family;
            }
        }
        return "unknown";
    }
}
