package dev.retort.runtime;

/**
 * The exclusive right to migrate one database, held from {@link MigrationLocks#acquire} until
 * {@link #close()}. The lock lives in the database session (PostgreSQL, MySQL/MariaDB, H2) or in
 * the operating system (SQLite), so it vanishes when its holder dies: there is never a stale lock to
 * clear by hand.
 *
 * <p>{@link #close()} is thread-safe and idempotent.
 */
public interface MigrationLock extends AutoCloseable {
    /**
     * Releases the lock. Calling it again does nothing. Never throws: a lock that cannot be released
     * explicitly is logged and goes away with its session.
     */
    @Override
    void close();
}
