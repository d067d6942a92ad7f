package dev.retort.runtime;

import java.sql.Connection;
import java.util.List;

/**
 * Where rendered SQL goes: a live connection ({@link JdbcSqlSink}) or an offline script ({@link
 * ScriptSqlSink}). The runtime wraps these with transaction and version-table handling.
 */
public interface SqlSink {
    /** Runs (or writes) one statement. */
    void execute(String sql);

    /**
     * Runs one statement with {@code ?} placeholders bound to {@code params}; offline, writes it
     * with the values rendered as literals. Values are never logged.
     */
    void execute(String sql, List<?> params);

    /**
     * Runs one statement that changes data, with bound parameters, and returns the rows it changed;
     * -1 where that is not known (offline).
     */
    default long executeUpdate(String sql, List<?> params) {
        execute(sql, params);
        return -1;
    }

    /** Writes a comment line into an offline script; a live sink ignores it. */
    default void comment(String text) {}

    /**
     * The live connection.
     *
     * @throws OfflineException in offline mode
     */
    Connection connection();

    /** Whether statements are written out rather than run. */
    boolean offline();

    /**
     * Runs {@code block} outside the current transaction: commits it, switches to autocommit, runs
     * the block, and switches back, which begins a new transaction. Offline, writes {@code COMMIT}
     * before the block's statements and {@code BEGIN} after them.
     */
    void autocommit(Runnable block);
}
