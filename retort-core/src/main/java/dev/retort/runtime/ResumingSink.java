package dev.retort.runtime;

import java.util.List;

/**
 * Passes statements through a {@link ResumeJournal}: each is counted into the step's hash chain, and
 * when the step resumes an interrupted run, the statements that run committed are skipped. Not
 * thread-safe.
 */
final class ResumingSink extends ForwardingSqlSink {
    private final ResumeJournal journal;

    ResumingSink(SqlSink target, ResumeJournal journal) {
        super(target);
        this.journal = journal;
    }

    @Override
    public void execute(String sql) {
        if (journal.admit(sql, List.of())) {
            target.execute(sql);
        }
    }

    @Override
    public void execute(String sql, List<?> params) {
        if (journal.admit(sql, params)) {
            target.execute(sql, params);
        }
    }

    @Override
    public long executeUpdate(String sql, List<?> params) {
        return journal.admit(sql, params) ? target.executeUpdate(sql, params) : 0;
    }

    @Override
    public void autocommit(Runnable block) {
        if (journal.replaying()) {
            // the block's statements are being skipped; there is nothing to commit around them
            block.run();
        } else {
            target.autocommit(block);
        }
    }
}
