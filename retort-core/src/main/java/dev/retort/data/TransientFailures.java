package dev.retort.data;

import java.sql.SQLException;
import java.util.Set;

/** Tells failures worth retrying a batch for (lock waits, deadlocks, timeouts, a busy SQLite) from real errors. */
final class TransientFailures {
    // serialization failure, deadlock, lock_not_available (lock_timeout), query_canceled (statement_timeout),
    // H2's lock timeout
    private static final Set<String> STATES = Set.of("40001", "40P01", "55P03", "57014", "HYT00", "70100");
    // MySQL/MariaDB lock wait timeout, deadlock, query interrupted by max_statement_time
    private static final Set<Integer> MYSQL_CODES = Set.of(1205, 1213, 1969, 3024);
    // SQLITE_BUSY, SQLITE_LOCKED (and their extended codes, whose low byte is the same)
    private static final Set<Integer> SQLITE_CODES = Set.of(5, 6);

    private TransientFailures() {}

    static boolean isTransient(SQLException e, String dialect) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                if (sql.getSQLState() != null && STATES.contains(sql.getSQLState())) {
                    return true;
                }
                int code = sql.getErrorCode();
                if ((dialect.equals("mysql") || dialect.equals("mariadb")) && MYSQL_CODES.contains(code)) {
                    return true;
                }
                if (dialect.equals("sqlite")
                        && (SQLITE_CODES.contains(code & 0xff)
                                || String.valueOf(sql.getMessage()).contains("SQLITE_BUSY"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
