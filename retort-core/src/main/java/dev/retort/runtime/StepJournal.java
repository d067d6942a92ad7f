package dev.retort.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code running} history row of a step whose statements commit before its bookkeeping does:
 * every step on MySQL/MariaDB and H2 (DDL commits implicitly), a {@code no-transaction} revision,
 * and a transactional revision once it leaves its transaction ({@link SqlSink#autocommit}). The
 * row is committed before the first such statement and names, as the step goes on, the statements
 * committed so far; the step's bookkeeping turns it into the final row in the same transaction as
 * the version-table change. A process that dies in between leaves the row {@code running}: the
 * revision is dirty and runs refuse until it is repaired. Steps that commit all at once never
 * write the row.
 *
 * <p>A backfill is the exception: it commits the statements before it together with its
 * checkpoint ({@link ResumeJournal}), and then its batches with the checkpoint's position, so a
 * process that dies there leaves a state a rerun can finish. From that commit until the step
 * commits anything else the row is {@code resumable}, not {@code running}: runs that resume the
 * step go ahead, others are refused. Not thread-safe.
 */
final class StepJournal {
    private final Connection connection;
    private final HistoryTable history;
    private final HistoryEntry start;
    private final List<String> completed = new ArrayList<>();
    private final List<String> committed = new ArrayList<>();
    private final boolean ddlCommitsImplicitly;
    private long id = -1;
    private boolean resumable;
    private boolean checkpointCommit;

    /**
     * A journal for one step. {@code ddlCommitsImplicitly} is true where DDL commits (MySQL,
     * MariaDB, H2): there a step's data changes run in a transaction, and each schema change
     * commits it together with everything before it.
     */
    StepJournal(Connection connection, HistoryTable history, HistoryEntry start, boolean ddlCommitsImplicitly) {
        this(connection, history, start, ddlCommitsImplicitly, false);
    }

    /**
     * A journal for one step; {@code resuming} when the step resumes an interrupted backfill, whose
     * committed work the checkpoint accounts for until this run commits something of its own.
     */
    StepJournal(
            Connection connection,
            HistoryTable history,
            HistoryEntry start,
            boolean ddlCommitsImplicitly,
            boolean resuming) {
        this.connection = connection;
        this.history = history;
        this.start = start;
        this.ddlCommitsImplicitly = ddlCommitsImplicitly;
        this.resumable = resuming;
    }

    /**
     * The next commit point is a backfill's start, committing its checkpoint: the row is written
     * (or turned) {@code resumable} in that same transaction.
     */
    void checkpointing() {
        checkpointCommit = true;
    }

    /** Whether what the step committed so far is exactly what a backfill checkpoint accounts for. */
    boolean resumable() {
        return resumable;
    }

    /**
     * Writes the running row, if not written yet. Called in autocommit mode it commits at once;
     * called just before a commit point it commits with the statements before it.
     */
    void open() {
        boolean backfill = checkpointCommit;
        checkpointCommit = false;
        if (id < 0) {
            committed.addAll(completed); // a commit point is about to commit what ran in the transaction
            resumable |= backfill;
            id = history.insertRunning(
                    new JdbcSqlSink(connection), start, progress(null), resumable ? "resumable" : "running");
        } else {
            outcome(backfill);
        }
    }

    /** Keeps the row's outcome in step with what is about to commit. */
    private void outcome(boolean checkpointed) {
        if (checkpointed != resumable) {
            resumable = checkpointed;
            history.updateOutcome(new JdbcSqlSink(connection), id, resumable ? "resumable" : "running");
        }
    }

    boolean isOpen() {
        return id >= 0;
    }

    /** A statement of the step is about to run: record what is committed and what runs next. */
    void starting(String sql) {
        if (isOpen() && commitsNow(sql)) {
            // committing here commits nothing the statement would not commit itself a moment later
            outcome(false);
            history.updateDetail(new JdbcSqlSink(connection), id, progress(sql));
            commitIfInTransaction();
        }
    }

    /** A statement of the step completed: once committed, the row says so at once. */
    void completed(String sql) {
        completed.add(sql);
        if (isOpen() && commitsNow(sql)) {
            // what ran before it in the open transaction committed with it
            outcome(false);
            committed.clear();
            committed.addAll(completed);
            // one more round trip per statement, so that a crash between statements leaves an exact list
            history.updateDetail(new JdbcSqlSink(connection), id, progress(null));
            commitIfInTransaction();
        }
    }

    /** The statements of the step the database has committed (only known once the row is open). */
    List<String> committed() {
        return List.copyOf(committed);
    }

    /** Writes the step's final row: updates the running row if there is one, else inserts it. */
    void finish(SqlSink sink, String outcome, Duration took, String detail, java.util.Optional<Long> rows) {
        if (isOpen()) {
            history.finish(sink, id, outcome, took, detail, rows);
        } else {
            history.record(
                    sink,
                    new HistoryEntry(
                            start.revision(),
                            start.direction(),
                            start.checksum(),
                            start.startedAt(),
                            took,
                            start.appliedBy(),
                            outcome,
                            java.util.Optional.ofNullable(detail),
                            rows));
        }
    }

    /** Whether {@code sql} commits as soon as it ran: autocommit, or DDL where DDL commits implicitly. */
    private boolean commitsNow(String sql) {
        return autocommit() || (ddlCommitsImplicitly && !DataStatements.isData(sql));
    }

    private void commitIfInTransaction() {
        try {
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot record progress in " + HistoryTable.NAME + ": " + e.getMessage(), e);
        }
    }

    private boolean autocommit() {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            return false;
        }
    }

    private String progress(String next) {
        return JournalText.progress(committed, next);
    }
}
