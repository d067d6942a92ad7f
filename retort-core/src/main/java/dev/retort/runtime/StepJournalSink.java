package dev.retort.runtime;

import java.util.List;

/** Tells a {@link StepJournal} about each statement of a step and about the step's commit points. */
final class StepJournalSink extends ForwardingSqlSink {
    private final StepJournal journal;

    StepJournalSink(SqlSink target, StepJournal journal) {
        super(target);
        this.journal = journal;
    }

    @Override
    public void execute(String sql) {
        journal.starting(sql);
        target.execute(sql);
        journal.completed(sql);
    }

    @Override
    public void execute(String sql, List<?> params) {
        journal.starting(sql);
        target.execute(sql, params);
        journal.completed(sql);
    }

    @Override
    public long executeUpdate(String sql, List<?> params) {
        journal.starting(sql);
        long rows = target.executeUpdate(sql, params);
        journal.completed(sql);
        return rows;
    }

    @Override
    public void autocommit(Runnable block) {
        // leaving the transaction commits the step's work so far: the running row must commit with it
        journal.open();
        target.autocommit(block);
    }
}
