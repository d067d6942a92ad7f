package dev.retort.runtime;

import java.sql.Connection;
import java.util.List;

/**
 * A sink that hands everything to another: the base of the wrappers that watch a step's
 * statements ({@link RecordingSink}, {@link ResumingSink}, {@link StepJournalSink}), which override
 * only what they watch.
 */
abstract class ForwardingSqlSink implements SqlSink {
    protected final SqlSink target;

    ForwardingSqlSink(SqlSink target) {
        this.target = target;
    }

    @Override
    public void execute(String sql) {
        target.execute(sql);
    }

    @Override
    public void execute(String sql, List<?> params) {
        target.execute(sql, params);
    }

    @Override
    public long executeUpdate(String sql, List<?> params) {
        return target.executeUpdate(sql, params);
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
}
