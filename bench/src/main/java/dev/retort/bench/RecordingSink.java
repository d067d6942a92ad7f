package dev.retort.bench;

import dev.retort.runtime.JdbcSqlSink;
import dev.retort.runtime.SqlSink;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** Runs statements through a {@link JdbcSqlSink} and keeps them, so that the CLI can run the same SQL. */
final class RecordingSink implements SqlSink {
    private final JdbcSqlSink delegate;
    private final List<String> statements = new ArrayList<>();

    RecordingSink(Connection connection) {
        this.delegate = new JdbcSqlSink(connection);
    }

    List<String> statements() {
        return statements;
    }

    @Override
    public void execute(String sql) {
        statements.add(sql);
        delegate.execute(sql);
    }

    @Override
    public void execute(String sql, List<?> params) {
        throw new UnsupportedOperationException("the rebuild binds no parameters");
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
}
