package dev.retort.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Passes statements on to another sink and remembers them, so that a failure can name the
 * statement at fault and, on databases without transactional DDL, the statements already applied.
 * Not thread-safe.
 */
final class RecordingSink extends ForwardingSqlSink {
    private final List<String> completed = new ArrayList<>();
    private int committed;
    private String current;

    RecordingSink(SqlSink target) {
        super(target);
    }

    @Override
    public void execute(String sql) {
        current = sql;
        target.execute(sql);
        done(sql);
    }

    @Override
    public void execute(String sql, List<?> parameters) {
        current = sql;
        target.execute(sql, parameters);
        done(sql);
    }

    @Override
    public long executeUpdate(String sql, List<?> parameters) {
        current = sql;
        long rows = target.executeUpdate(sql, parameters);
        done(sql);
        return rows;
    }

    @Override
    public void autocommit(Runnable block) {
        target.autocommit(block);
        committed = completed.size();
    }

    /** The statement that was running when an exception escaped, if one was. */
    Optional<String> failedStatement() {
        return Optional.ofNullable(current);
    }

    private void done(String sql) {
        completed.add(sql);
        current = null;
        if (!DataStatements.isData(sql)) {
            // DDL commits implicitly where it is not transactional, and with it everything before it
            committed = completed.size();
        }
    }

    /**
     * The statements that completed and were committed in a transaction that is otherwise still
     * open: up to the last one that is not a data change (DDL commits implicitly on MySQL, MariaDB
     * and H2), or to the last explicit commit.
     */
    List<String> implicitlyCommitted() {
        return List.copyOf(completed.subList(0, committed));
    }

    /** The statements that completed. */
    List<String> completed() {
        return List.copyOf(completed);
    }
}
