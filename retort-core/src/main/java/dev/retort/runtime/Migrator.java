package dev.retort.runtime;

import dev.retort.Migration;
import dev.retort.Redaction;
import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.graph.Direction;
import dev.retort.graph.MigrationStep;
import dev.retort.graph.VersionChange;
import dev.retort.script.RevisionScript;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies migration steps to a live database.
 *
 * <p>Where the database has transactional DDL (PostgreSQL, SQLite, H2) each revision runs in its
 * own transaction together with its version-table update and history row, so a failure leaves the
 * database exactly at the previous revision; {@link RunOptions#singleTransaction()} wraps the
 * whole run in one. Where DDL commits implicitly (MySQL, MariaDB) the version table is only
 * updated after every statement of the revision succeeded, so it never claims a revision that did
 * not complete, and a failure names the statements that had already been applied. Not
 * thread-safe: one migrator per connection.
 */
public final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    private final Connection connection;
    private final Dialect dialect;
    private final VersionTable versions;
    private final HistoryTable history;
    private final CheckpointTable checkpoints;
    private final RunOptions options;
    private final MigrationListener listener;

    /** A migrator over an open connection; it does not close it. */
    public Migrator(
            Connection connection,
            Dialect dialect,
            Optional<String> schema,
            String versionTable,
            RunOptions options,
            MigrationListener listener) {
        this.connection = connection;
        this.dialect = dialect;
        this.versions = new VersionTable(dialect, schema, versionTable);
        this.history = new HistoryTable(dialect, schema);
        this.checkpoints = new CheckpointTable(dialect, schema);
        this.options = options;
        this.listener = listener;
    }

    /** The revisions the database is at (empty at base or when nothing was ever applied). */
    public Set<String> currentHeads() {
        return versions.read(connection);
    }

    /** The history log, oldest first. */
    public List<HistoryEntry> history() {
        return history.read(connection);
    }

    /** Runs the steps in order; stops at the first failure, leaving the steps before it applied. */
    public void run(List<MigrationStep> steps, Function<String, RevisionScript> scripts, MigrationLoader loader) {
        if (steps.isEmpty()) {
            return;
        }
        // compile every Java revision before touching the database: a compile error must not leave
        // the database half-way between the current revision and the target
        loader.prepare(steps.stream().map(s -> scripts.apply(s.revision().id())).toList());
        try {
            runPrepared(steps, scripts, loader);
        } finally {
            loader.finish();
        }
    }

    private void runPrepared(
            List<MigrationStep> steps, Function<String, RevisionScript> scripts, MigrationLoader loader) {
        ensureTables();
        boolean single = options.singleTransaction() && dialect.transactionalDdl();
        try {
            if (single) {
                connection.setAutoCommit(false);
            }
            for (MigrationStep step : steps) {
                RevisionScript script = scripts.apply(step.revision().id());
                runStep(step, script, loader.load(script), single);
            }
            if (single) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new DatabaseException("transaction failed: " + e.getMessage(), e);
        } finally {
            restoreAutoCommit();
        }
    }

    /** Rewrites the version table without running migrations ({@code stamp}). */
    public void stamp(List<VersionChange> changes, boolean purge) {
        ensureTables();
        inTransaction(sink -> {
            if (purge) {
                versions.purge(sink);
            }
            versions.apply(sink, changes);
            for (VersionChange change : changes) {
                String revision = change instanceof VersionChange.Insert i
                        ? i.revision()
                        : change instanceof VersionChange.Update u ? u.to() : null;
                if (revision != null) {
                    history.record(sink, entry(revision, "stamp", null, Instant.now(), "success", null));
                }
            }
        });
    }

    /** Creates the version and history tables if they are missing. */
    public void ensureTables() {
        inTransaction(sink -> {
            versions.create(sink);
            history.create(sink);
        });
    }

    private void runStep(MigrationStep step, RevisionScript script, Migration migration, boolean single)
            throws SQLException {
        listener.stepStarting(step, script);
        boolean transactional = dialect.transactionalDdl() && script.transactional();
        Instant started = Instant.now();
        // two journals: the running history row that marks a step whose statements commit before its
        // bookkeeping (dirty if the process dies), and the checkpoint a backfill resumes from
        ResumeJournal resume =
                ResumeJournal.open(checkpoints, connection, script.id(), direction(step), single, listener);
        StepJournal journal = new StepJournal(
                connection,
                history,
                entry(script.id(), direction(step), script.checksum(), started, "running", null),
                !dialect.transactionalDdl(),
                resume.resuming());
        resume.onCheckpoint(journal::checkpointing);
        if (!single) {
            connection.setAutoCommit(true);
            if (!transactional) {
                // statements commit before the bookkeeping from here on: a crash must leave a trace
                journal.open();
            }
            // data changes run in a transaction on every database, so that a failed check rolls them
            // back; where DDL commits implicitly (MySQL, MariaDB, H2) it still does so as it runs
            connection.setAutoCommit(!script.transactional());
        }
        // the resume journal is outermost: statements a resumed step skips never reach the database
        // nor the running row
        RecordingSink sink = new RecordingSink(resume.wrap(new StepJournalSink(new JdbcSqlSink(connection), journal)));
        ExecutingOps ops = new ExecutingOps(dialect, sink, options.arguments(), resume);
        try {
            ops.run(migration, step.direction(), script.kind());
            resume.complete();
            if (!transactional && !single) {
                // the bookkeeping of a step that committed as it went is atomic
                connection.setAutoCommit(false);
            }
            versions.apply(sink, step.versionChanges());
            resume.clear();
            Duration took = Duration.between(started, Instant.now());
            journal.finish(sink, "success", took, null, resume.rowsProcessed());
            if (!single) {
                connection.commit();
            }
            listener.stepFinished(step, script, took);
        } catch (RuntimeException | SQLException | LinkageError | StackOverflowError e) {
            // LinkageError: the revision's code failed to link or initialise (a class it needs is
            // missing, its static initialiser threw); StackOverflowError: it recursed without end.
            // Both leave the JVM sound once unwound: a failure of the revision like any other
            throw failed(step, script, sink, journal, resume, transactional || single, started, e);
        }
    }

    private RetortException failed(
            MigrationStep step,
            RevisionScript script,
            RecordingSink sink,
            StepJournal journal,
            ResumeJournal resume,
            boolean rolledBack,
            Instant started,
            Throwable e) {
        rollbackQuietly();
        listener.stepFailed(step, script);
        // once the journal is open it knows exactly what the database committed (commit points included)
        List<String> applied = journal.isOpen()
                ? journal.committed()
                : rolledBack ? List.of() : script.transactional() ? sink.implicitlyCommitted() : sink.completed();
        String message = Failures.describe(
                        script,
                        sink.failedStatement(),
                        e,
                        applied,
                        applied.isEmpty(),
                        step.direction() == Direction.UPGRADE)
                + resume.resumeNote().map(note -> "; " + note).orElse("");
        // committed work a backfill checkpoint accounts for can be finished by a rerun
        boolean resumable = journal.resumable() && !resume.committedNothing();
        String outcome = resumable ? "resumable" : applied.isEmpty() ? "failed" : "dirty";
        try {
            connection.setAutoCommit(true);
            if (journal.resumable() && !resumable) {
                resume.clear(); // a checkpoint with nothing behind it
            }
            journal.finish(
                    new JdbcSqlSink(connection),
                    outcome,
                    Duration.between(started, Instant.now()),
                    message,
                    resume.rowsProcessed());
        } catch (RuntimeException | SQLException logFailure) {
            LOG.debug(
                    "could not record the failure of revision {} in {}: {}",
                    script.id(),
                    HistoryTable.NAME,
                    logFailure.getMessage());
            if (journal.isOpen()) {
                // the row stays "running": the next run will call the revision dirty, so say so now
                message += "; the failure could not be recorded in " + HistoryTable.NAME + ", so the revision stays"
                        + " marked as running and the next run will refuse it as dirty: once the schema is checked,"
                        + " run 'retort repair --rolled-back " + script.id() + "' (or --applied)";
            }
        }
        return new MigrationFailedException(
                message, script.id(), script.file().toString(), sink.failedStatement(), applied, e);
    }

    private HistoryEntry entry(
            String revision, String direction, String checksum, Instant started, String outcome, String detail) {
        return new HistoryEntry(
                revision,
                direction,
                checksum,
                started,
                Duration.between(started, Instant.now()),
                AppliedBy.current(),
                outcome,
                Optional.ofNullable(detail),
                Optional.empty());
    }

    private static String direction(MigrationStep step) {
        return step.direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
    }

    private void inTransaction(java.util.function.Consumer<SqlSink> work) {
        try {
            connection.setAutoCommit(!dialect.transactionalDdl());
            work.accept(new JdbcSqlSink(connection));
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            if (e instanceof RetortException r) {
                throw r;
            }
            throw new DatabaseException(Redaction.redact(e.getMessage(), null), e);
        } finally {
            restoreAutoCommit();
        }
    }

    private void rollbackQuietly() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.debug("rollback failed: {}", e.getMessage());
        }
    }

    private void restoreAutoCommit() {
        // switching autocommit back on commits an open transaction: after an Error skipped the
        // rollback (a StackOverflowError in a migration, say) that would commit half a revision
        rollbackQuietly();
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.debug("could not restore autocommit: {}", e.getMessage());
        }
    }

    /** The options of this run. */
    public RunOptions options() {
        return options;
    }
}
