package dev.retort.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One backfill run: batch after batch over the key windows {@code (lo, hi]}, each in its own
 * transaction with its checkpoint. Every row whose key exists when its window is processed is
 * processed once; rows inserted beyond the current key are reached when the walk gets there.
 * Batches failing on a lock, deadlock or timeout are rolled back and retried. Not thread-safe.
 */
final class KeysetWalk {
    private static final Logger LOG = LoggerFactory.getLogger(KeysetWalk.class);

    private record Outcome(List<Object> hi, long rows, Duration took) {}

    private final DataSession session;
    private final Backfill backfill;
    private final BackfillJournal journal;
    private final Connection connection;
    private final BatchSettings settings;
    private final String dialect;

    KeysetWalk(
            DataSession session,
            Backfill backfill,
            BackfillJournal journal,
            Connection connection,
            BatchSettings settings) {
        this.session = session;
        this.backfill = backfill;
        this.journal = journal;
        this.connection = connection;
        this.settings = settings;
        this.dialect = session.dialect();
    }

    BackfillResult run() throws SQLException {
        List<String> key = backfill.keyColumns().isEmpty()
                ? KeyColumns.primaryKey(connection, dialect, backfill.table())
                : backfill.keyColumns();
        Keyset keyset = new Keyset(session, backfill.table(), key, backfill.filter());
        BatchWork work = backfill.rowTransform()
                .<BatchWork>map(t -> new TransformBatch(keyset, backfill.table(), backfill.readColumns(), t, dialect))
                .orElseGet(() -> new SetBatch(keyset, backfill.assignments()));
        List<Object> lo = journal.lastKey().map(KeyCodec::decode).orElse(null);
        long remaining = count(keyset.count(lo));
        connection.commit();
        ProgressMeter meter = new ProgressMeter(
                backfill.task(), journal.rowsDone(), journal.rowsDone() + remaining, session::progress);
        meter.started();
        BatchSizer sizer = backfill.fixedBatchSize() > 0
                ? BatchSizer.fixed(backfill.fixedBatchSize())
                : BatchSizer.adaptive(backfill.target());
        Throttle throttle = new Throttle(backfill.pause(), backfill.maxRate());
        long batches = 0;
        Duration longest = Duration.ZERO;
        for (Outcome batch = attempt(keyset, work, lo, sizer, meter.done());
                batch != null;
                batch = attempt(keyset, work, lo, sizer, meter.done())) {
            lo = batch.hi();
            batches++;
            longest = batch.took().compareTo(longest) > 0 ? batch.took() : longest;
            meter.advance(batch.rows());
            sizer.completed(batch.rows(), batch.took());
            throttle.pause(meter.done() - journal.rowsDone(), meter.elapsed());
        }
        meter.finish();
        LOG.info(
                "{}: {} rows in {} ms, {} batches, the longest {} ms",
                backfill.task(),
                meter.done(),
                meter.elapsed().toMillis(),
                batches,
                longest.toMillis());
        return new BackfillResult(meter.done(), batches, meter.elapsed(), longest);
    }

    /** One batch, retried after transient failures; null when no rows are left. */
    private Outcome attempt(Keyset keyset, BatchWork work, List<Object> lo, BatchSizer sizer, long done)
            throws SQLException {
        for (int attempt = 0; ; attempt++) {
            try {
                return batch(keyset, work, lo, sizer.size(), done);
            } catch (SQLException e) {
                connection.rollback();
                if (attempt >= backfill.retryLimit() || !TransientFailures.isTransient(e, dialect)) {
                    throw failure(e, done);
                }
                sizer.failed();
                LOG.info(
                        "{}: batch rolled back ({}); retry {} of {}",
                        backfill.task(),
                        e.getMessage(),
                        attempt + 1,
                        backfill.retryLimit());
                backoff(attempt);
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private Outcome batch(Keyset keyset, BatchWork work, List<Object> lo, int size, long done) throws SQLException {
        long start = System.nanoTime();
        settings.beginBatch();
        if (dialect.equals("sqlite")) {
            try (PreparedStatement claim =
                    connection.prepareStatement(keyset.claimWriteLock().sql())) {
                claim.executeUpdate();
            }
        }
        List<Object> hi = key(keyset.boundary(lo, size));
        if (hi == null) {
            hi = key(keyset.last(lo));
        }
        if (hi == null) {
            connection.commit();
            return null;
        }
        long rows = work.run(connection, lo, hi);
        if (journal.keepsCheckpoints()) {
            journal.advance(KeyCodec.encode(hi), done + rows);
        }
        connection.commit();
        return new Outcome(hi, rows, Duration.ofNanos(System.nanoTime() - start));
    }

    private List<Object> key(SqlText query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            Queries.bind(statement, query.params());
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                List<Object> key = new ArrayList<>();
                for (int i = 1; i <= keysetWidth(rs); i++) {
                    key.add(rs.getObject(i));
                }
                return key;
            }
        }
    }

    private static int keysetWidth(ResultSet rs) throws SQLException {
        return rs.getMetaData().getColumnCount();
    }

    private long count(SqlText query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            Queries.bind(statement, query.params());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private BackfillException failure(SQLException e, long done) {
        String message =
                String.valueOf(e.getMessage()).strip().lines().findFirst().orElse("");
        // the database may quote a row's values in its message: they must not reach logs or output
        message = message.replaceAll("'(?:[^']|'')*'", "'?'");
        return new BackfillException(
                backfill.task() + " failed after " + done + " rows: " + message
                        + (journal.keepsCheckpoints()
                                ? "; the batches before it are committed: run the migration again to resume after them"
                                : "; the batches before it are committed"),
                e);
    }

    private static void backoff(int attempt) {
        long millis = Math.min(2_000, 50L << Math.min(attempt, 6)) + (long) (Math.random() * 50);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackfillException("backfill interrupted while waiting to retry a batch", e);
        }
    }
}
