package dev.retort.runtime;

import dev.retort.data.BackfillException;
import dev.retort.data.BackfillJournal;
import dev.retort.data.Progress;
import dev.retort.script.ScriptChecksum;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What one revision step did, for resuming it: the statements it ran (as a hash chain) and its
 * backfills, kept in {@code retort_checkpoint}.
 *
 * <p>A backfill commits the statements before it together with a checkpoint row naming how many
 * there were and their hash. When a step is run again after being interrupted, its statements up
 * to that count are skipped (they were committed) and checked against the hash when the backfill
 * is reached, which then resumes after its last committed batch; backfills that had completed are
 * skipped. If the code now runs other statements first, the step stops before running any. Not
 * thread-safe.
 */
final class ResumeJournal {
    /** How a backfill starts: skipped (completed by the interrupted run) or run with a journal. */
    record Start(boolean skip, BackfillJournal journal) {}

    private final CheckpointTable table;
    private final Connection connection;
    private final String revision;
    private final String direction;
    private final boolean singleTransaction;
    private final MigrationListener listener;
    private final Optional<Checkpoint> interrupted;
    private boolean replaying;
    private boolean complete;
    private boolean checkpointed;
    private boolean batchesKept;
    private String chain = "";
    private int statements;
    private int committedStatements;
    private int backfills;
    private long processed;
    private boolean counted;
    private Runnable beforeCheckpointCommit = () -> {};

    private ResumeJournal(
            CheckpointTable table,
            Connection connection,
            String revision,
            String direction,
            boolean singleTransaction,
            MigrationListener listener,
            Optional<Checkpoint> interrupted) {
        this.table = table;
        this.connection = connection;
        this.revision = revision;
        this.direction = direction;
        this.singleTransaction = singleTransaction;
        this.listener = listener;
        this.interrupted = interrupted;
        this.replaying = interrupted.isPresent();
        this.checkpointed = interrupted.isPresent();
        this.batchesKept = interrupted.isPresent();
        this.processed = interrupted.map(Checkpoint::rowsBefore).orElse(0L);
        this.counted = interrupted.isPresent();
    }

    /** The journal of a step run by the migrator, picking up the checkpoint of an interrupted run. */
    static ResumeJournal open(
            CheckpointTable table,
            Connection connection,
            String revision,
            String direction,
            boolean singleTransaction,
            MigrationListener listener)
            throws SQLException {
        Optional<Checkpoint> found = table.find(connection, revision, direction);
        return new ResumeJournal(table, connection, revision, direction, singleTransaction, listener, found);
    }

    /** A journal without checkpoints (operations used outside the migrator, offline scripts). */
    static ResumeJournal none(MigrationListener listener) {
        return new ResumeJournal(null, null, null, null, false, listener, Optional.empty());
    }

    /** The sink that runs {@code target}'s statements through this journal. */
    SqlSink wrap(SqlSink target) {
        return new ResumingSink(target, this);
    }

    /**
     * Records a statement with its bound values (which must therefore be the same on a rerun); false
     * when it must be skipped, committed by the interrupted run.
     */
    boolean admit(String sql, List<?> params) {
        if (complete) {
            return true; // the step's bookkeeping: no backfill follows it, so nothing to chain
        }
        statements++;
        StringBuilder text = new StringBuilder(chain).append('\n').append(sql);
        params.forEach(p -> text.append('\u0000')
                .append(p instanceof byte[] b ? HexFormat.of().formatHex(b) : p));
        chain = hash(text.toString());
        if (!replaying) {
            return true;
        }
        Checkpoint checkpoint = interrupted.orElseThrow();
        if (statements > checkpoint.prefixStatements()) {
            throw mismatch("runs more statements before that backfill");
        }
        return false;
    }

    boolean replaying() {
        return replaying;
    }

    /** Runs {@code hook} when a backfill's checkpoint is about to commit (the history row follows it). */
    void onCheckpoint(Runnable hook) {
        this.beforeCheckpointCommit = hook;
    }

    /** Whether an interrupted run left a checkpoint this step resumes from. */
    boolean resuming() {
        return interrupted.isPresent();
    }

    /** A backfill of {@code backfillTable} begins: checks or writes the checkpoint (uncommitted). */
    Start startBackfill(String backfillTable) {
        if (singleTransaction) {
            throw new BackfillException("op.backfill(\"" + backfillTable + "\") commits batch by batch, which"
                    + " --single-transaction rules out; run without it");
        }
        int ordinal = backfills++;
        String prefix = chain;
        chain = hash(chain + "\nbackfill " + backfillTable);
        if (table == null) {
            return new Start(false, BackfillJournal.NONE);
        }
        if (replaying) {
            Checkpoint checkpoint = interrupted.orElseThrow();
            if (ordinal < checkpoint.backfill()) {
                return new Start(true, BackfillJournal.NONE);
            }
            if (ordinal > checkpoint.backfill()
                    || statements != checkpoint.prefixStatements()
                    || !prefix.equals(checkpoint.prefixHash())
                    || !backfillTable.equals(checkpoint.table())) {
                throw mismatch("runs different statements before that backfill");
            }
            replaying = false;
            beforeCheckpointCommit.run();
            return new Start(false, journal(checkpoint.lastKey(), checkpoint.rowsDone()));
        }
        try {
            table.start(
                    connection,
                    new Checkpoint(
                            revision,
                            direction,
                            statements,
                            prefix,
                            ordinal,
                            backfillTable,
                            Optional.empty(),
                            0,
                            processed),
                    checkpointed);
        } catch (SQLException e) {
            throw new DatabaseException(
                    "cannot write the backfill checkpoint to " + table.qualifiedName() + ": " + e.getMessage(), e);
        }
        checkpointed = true;
        committedStatements = statements;
        beforeCheckpointCommit.run();
        return new Start(false, journal(Optional.empty(), 0));
    }

    private BackfillJournal journal(Optional<String> lastKey, long rowsDone) {
        return new BackfillJournal() {
            @Override
            public Optional<String> lastKey() {
                return lastKey;
            }

            @Override
            public long rowsDone() {
                return rowsDone;
            }

            @Override
            public void advance(String key, long rows) throws SQLException {
                table.advance(connection, revision, direction, key, rows);
                batchesKept = true;
            }
        };
    }

    /** Counts rows a data operation processed, for the history. */
    void rows(long count) {
        if (count > 0) {
            processed += count;
        }
        counted = true;
    }

    void progress(Progress progress) {
        listener.progress(progress);
    }

    /** The step's body finished: it must have reached the backfill an interrupted run stopped in. */
    void complete() {
        if (replaying) {
            throw mismatch("does not reach that backfill");
        }
        complete = true;
    }

    /**
     * Whether the backfill's checkpoint is all this step committed: no statement before it, no
     * batch, no interrupted run. A failure then leaves nothing to resume.
     */
    boolean committedNothing() {
        return interrupted.isEmpty() && checkpointed && committedStatements == 0 && !batchesKept;
    }

    /** Deletes the step's checkpoint, in the transaction that records the step as applied. */
    void clear() throws SQLException {
        if (checkpointed) {
            table.delete(connection, revision, direction);
        }
    }

    /** Rows the step's data operations processed (including an interrupted run's), if any counted. */
    Optional<Long> rowsProcessed() {
        return counted ? Optional.of(processed) : Optional.empty();
    }

    /** What a failure message adds when a backfill's committed batches outlive the rollback. */
    Optional<String> resumeNote() {
        return batchesKept
                ? Optional.of("batches a backfill committed are kept: run the migration again to resume from its"
                        + " checkpoint")
                : Optional.empty();
    }

    private CheckpointMismatchException mismatch(String what) {
        return new CheckpointMismatchException(interrupted.orElseThrow(), what, table.qualifiedName());
    }

    private static String hash(String text) {
        return ScriptChecksum.sha256(text);
    }
}
