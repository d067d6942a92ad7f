package dev.retort.runtime;

import static dev.retort.runtime.BackfillIntegrationTest.counters;
import static dev.retort.runtime.BackfillIntegrationTest.createItems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.data.BackfillException;
import dev.retort.data.BackfillResult;
import dev.retort.testing.DatabaseKind;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A batch that meets a row lock gives up after the lock timeout and is retried, or fails when out of retries. */
class BackfillLockTest {
    /** Holds a row lock on item 5 from another connection for {@code millis}. */
    private static Thread holdLock(LiveDatabase db, long millis) throws Exception {
        Connection other = db.database.connect();
        other.setAutoCommit(false);
        try (Statement s = other.createStatement()) {
            s.executeUpdate("UPDATE item SET old_field = 'locked' WHERE id = 5");
        }
        Thread release = new Thread(() -> {
            try (other) {
                Thread.sleep(millis);
                other.commit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        release.start();
        return release;
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"POSTGRESQL", "MARIADB"})
    void aLockedBatchIsRetriedUntilTheLockIsGone(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            createItems(db, "id INTEGER NOT NULL", 100);
            Thread release = holdLock(db, 2_500);
            long start = System.nanoTime();
            BackfillResult result = db.op.backfill(
                    "item", b -> b.set("counter", "counter + 1").batchSize(10).lockTimeout(Duration.ofMillis(300)));
            release.join();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(1_500));
            assertThat(result.rows()).isEqualTo(100);
            assertThat(counters(db)).containsOnly(1L);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"POSTGRESQL", "MARIADB"})
    void withoutRetriesTheLockTimeoutFailsTheBackfillAndKeepsEarlierBatches(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            createItems(db, "id INTEGER NOT NULL", 100);
            Thread release = holdLock(db, 3_000);
            assertThatThrownBy(() -> db.op.backfill("item", b -> b.set("counter", "counter + 1")
                            .key("id")
                            .batchSize(4)
                            .lockTimeout(Duration.ofMillis(300))
                            .retries(0)))
                    .isInstanceOf(BackfillException.class)
                    .hasMessageStartingWith("backfill item failed after 4 rows: ")
                    .hasMessageEndingWith("; the batches before it are committed");
            release.join();
            assertThat(counters(db)).filteredOn(c -> c == 1L).hasSize(4);
        }
    }
}
