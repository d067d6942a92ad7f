package dev.retort.runtime;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** A {@link JdbcSqlSink} that also records each statement it runs, for asserting what a batch did. */
final class StatementCapturingSink implements SqlSink {
    private final JdbcSqlSink delegate;
    final List<String> statements = new ArrayList<>();

    StatementCapturingSink(Connection connection) {
        this.delegate = new JdbcSqlSink(connection);
    }

    @Override
    public void execute(String sql) {
        statements.add(sql);
        delegate.execute(sql);
    }

    @Override
    public void execute(String sql, List<?> params) {
        statements.add(sql);
        delegate.execute(sql, params);
    }

    @Override
    public Connection connection() {
        return delegate.connection();
    }

    @Override
    public boolean offline() {
        return false;
    }

    @Override
    public void autocommit(Runnable block) {
        delegate.autocommit(block);
    }

    /** Whether a statement starting with {@code prefix} ran. */
    boolean ran(String prefix) {
        return statements.stream().anyMatch(s -> s.startsWith(prefix));
    }
}
