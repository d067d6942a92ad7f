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
