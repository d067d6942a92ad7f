package dev.retort.runtime;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Passes statements on to another sink and remembers them, so that a failure can name the
 * statement at fault and, on databases without transactional DDL, the statements already applied.
 * Not thread-safe.
 */
final class RecordingSink implements SqlSink {
    private final SqlSink target;
    private final List<String> completed = new ArrayList<>();
    private String current;

    RecordingSink(SqlSink target) {
        this.target = target;
    }

    @Override
    public void execute(String sql) {
        current = sql;
        target.execute(sql);
        completed.add(sql);
        current = null;
    }

    @Override
    public void execute(String sql, List<?> parameters) {
        current = sql;
        target.execute(sql, parameters);
        completed.add(sql);
        current = null;
    }

    @Override
    public long executeUpdate(String sql, List<?> parameters) {
        current = sql;
        long rows = target.executeUpdate(sql, parameters);
        completed.add(sql);
        current = null;
        return rows;
    }

    @Override
    public void comment(String text) {
        target.comment(text);
    }

    @Override
    public Connection connection() {
        return target.connection();
    }

    @Override
    public boolean offline() {
        return target.offline();
    }

    @Override
    public void autocommit(Runnable block) {
        target.autocommit(block);
    }

    /** The statement that was running when an exception escaped, if one was. */
    Optional<String> failedStatement() {
        return Optional.ofNullable(current);
    }

    /** The statements that completed. */
    List<String> completed() {
        return List.copyOf(completed);
    }
}
