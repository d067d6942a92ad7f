package dev.retort.runtime;

import static dev.retort.runtime.BackfillIntegrationTest.counters;
import static dev.retort.runtime.BackfillIntegrationTest.createItems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.data.Backfill;
import dev.retort.data.BackfillResult;
import dev.retort.data.Progress;
import dev.retort.testing.DatabaseKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A backfill while another connection inserts rows and updates others: every row, old or new, is
 * processed exactly once (its counter is 1), and none of the concurrent updates is lost.
 */
class BackfillConcurrencyTest {
    private static final int ROWS = 2_000;

    /** Inserts rows beyond the current keys and bumps {@code touched} of random rows until stopped. */
    private static final class Writer implements Runnable {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicBoolean done = new AtomicBoolean();
        final AtomicInteger inserted = new AtomicInteger();
        final AtomicLong updates = new AtomicLong();
        final AtomicLong updated = new AtomicLong();
        private final Connection connection;
        private volatile Throwable failure;

        Writer(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void run() {
            try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO item (id, old_field, counter, touched) VALUES (?, 'inserted', 0, 0)");
                    PreparedStatement update =
                            connection.prepareStatement("UPDATE item SET touched = touched + 1 WHERE id = ?")) {
                while (!stop.get()) {
                    int id = ROWS + inserted.get() + 1;
                    if (retrying(() -> {
                        insert.setInt(1, id);
                        insert.executeUpdate();
                    })) {
                        inserted.incrementAndGet();
                    }
                    int target = 1 + ThreadLocalRandom.current().nextInt(ROWS + inserted.get());
                    long[] changed = {0};
                    if (retrying(() -> {
                        update.setInt(1, target);
                        changed[0] = update.executeUpdate();
                    })) {
                        updates.incrementAndGet();
                        updated.addAndGet(changed[0]);
                    }
                    Thread.sleep(1);
                }
            } catch (Throwable t) {
                failure = t;
            } finally {
                done.set(true);
            }
        }

        private interface Work {
            void run() throws SQLException;
        }

        /** Runs a statement, retrying while SQLite reports the database busy; false when stopped first. */
        private boolean retrying(Work work) throws SQLException, InterruptedException {
            while (true) {
                try {
                    work.run();
                    return true;
                } catch (SQLException e) {
                    if (!String.valueOf(e.getMessage()).contains("SQLITE_BUSY") || stop.get()) {
                        throw e;
                    }
                    Thread.sleep(2);
                }
            }
        }
    }

    private static void run(DatabaseKind kind, Consumer<Backfill> definition) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind);
                Connection other = db.database.connect()) {
            createItems(db, "id INTEGER NOT NULL", ROWS);
            db.sql("ALTER TABLE item ADD COLUMN touched INTEGER DEFAULT 0 NOT NULL");
            Writer writer = new Writer(other);
            Thread thread = new Thread(writer, "concurrent-writer");
            thread.start();
            while (writer.inserted.get() < 5 && thread.isAlive()) {
                Thread.sleep(1);
            }
            // the writer stops half-way, so that the rows it inserted lie ahead of the walk
            ExecutingOps op = new ExecutingOps(
                    db.dialect, new JdbcSqlSink(db.connection), Map.of(), ResumeJournal.none(new MigrationListener() {
                        @Override
                        public void progress(Progress progress) {
                            if (progress.done() >= ROWS / 2 && !writer.stop.getAndSet(true)) {
                                // let an insert already under way finish, so that it lands ahead of the
                                // walk rather than after its end (bounded: the walk may hold a lock)
                                long until = System.nanoTime() + 2_000_000_000L;
                                while (!writer.done.get() && System.nanoTime() < until) {
                                    Thread.onSpinWait();
                                }
                            }
                        }
                    }));
            BackfillResult result = op.backfill("item", definition);
            writer.stop.set(true);
            thread.join();
            assertThat(writer.failure).isNull();
            assertThat(writer.inserted.get())
                    .as("rows inserted during the backfill")
                    .isGreaterThan(5);
            assertThat(writer.updates.get()).as("updates during the backfill").isGreaterThan(5);

            int total = ROWS + writer.inserted.get();
            assertThat(result.rows()).isEqualTo(total);
            assertThat(counters(db)).hasSize(total).containsOnly(1L);
            assertThat(sumOfTouched(db)).as("no concurrent update was lost").isEqualTo(writer.updated.get());
        }
    }

    private static long sumOfTouched(LiveDatabase db) throws SQLException {
        try (Statement s = db.connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT SUM(touched) FROM item")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSetBasedBackfillProcessesEveryRowOnceUnderConcurrentWrites(DatabaseKind kind) throws Exception {
        run(kind, b -> b.set("counter", "counter + 1")
                .batchSize(100)
                .pauseBetweenBatches(java.time.Duration.ofMillis(3)));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aJavaTransformProcessesEveryRowOnceUnderConcurrentWrites(DatabaseKind kind) throws Exception {
        run(kind, b -> b.read("counter")
                .transform(row -> row.set("counter", row.getLong("counter") + 1))
                .batchSize(100)
                .pauseBetweenBatches(java.time.Duration.ofMillis(3)));
    }
}
