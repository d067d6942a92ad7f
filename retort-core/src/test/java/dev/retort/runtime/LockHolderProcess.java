package dev.retort.runtime;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;

/**
 * A separate process that takes the migration lock, says so on stdout and then sleeps until it is
 * killed: the test's stand-in for a migration run that dies mid-way.
 */
final class LockHolderProcess {
    static final String LOCKED = "locked";

    private LockHolderProcess() {}

    /** Arguments: the JDBC URL and the lock key. */
    public static void main(String[] args) throws Exception {
        Connection connection = DriverManager.getConnection(args[0]);
        MigrationLocks.acquire(connection, args[0], args[1], Duration.ofSeconds(20));
        System.out.println(LOCKED);
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(2).toMillis());
    }
}
