package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Two or more sessions contending for the migration lock on each database. */
@SuppressWarnings("try") // locks held for the scope of a try block, unused inside it
class MigrationLocksTest {
    static final String KEY = "public.retort_version";
    static final Duration SHORT = Duration.ofMillis(200);
    static final Duration LONG = Duration.ofSeconds(20);

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void secondRunWaitsUntilTheFirstReleases(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection first = db.connect();
                Connection second = db.connect()) {
            MigrationLock held = MigrationLocks.acquire(first, db.url(), KEY, LONG);
            CompletableFuture<MigrationLock> waiting =
                    CompletableFuture.supplyAsync(() -> MigrationLocks.acquire(second, db.url(), KEY, LONG));
            Thread.sleep(300);
            assertThat(waiting).isNotDone();

            held.close();
            try (MigrationLock taken = waiting.get(10, TimeUnit.SECONDS)) {
                assertThatThrownBy(() -> MigrationLocks.acquire(first, db.url(), KEY, Duration.ZERO))
                        .isInstanceOf(LockTimeoutException.class);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void timeoutNamesTheHolder(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection first = db.connect();
                Connection second = db.connect();
                MigrationLock held = MigrationLocks.acquire(first, db.url(), KEY, LONG)) {
            assertThatThrownBy(() -> MigrationLocks.acquire(second, db.url(), KEY, SHORT))
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessageMatching(Expected.timeout(db, first, KEY, "0.2 s"));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void lockVanishesWhenTheHoldersConnectionCloses(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection second = db.connect()) {
            Connection first = db.connect();
            MigrationLocks.acquire(first, db.url(), KEY, LONG); // never closed
            first.close();
            try (MigrationLock taken = MigrationLocks.acquire(second, db.url(), KEY, Duration.ofSeconds(5))) {
                assertThat(taken).isNotNull();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void eightRunsIncrementACounterOneAtATime(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE counter (n INT)");
                s.execute("INSERT INTO counter VALUES (0)");
            }
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger mostInside = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    runs.add(pool.submit(() -> incrementUnderLock(db, inside, mostInside)));
                }
                for (Future<?> run : runs) {
                    run.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(counter(db)).isEqualTo(8);
            assertThat(mostInside).hasValue(1);
        }
    }

    private static Void incrementUnderLock(TestDatabase db, AtomicInteger inside, AtomicInteger mostInside)
            throws Exception {
        try (Connection c = db.connect();
                MigrationLock lock = MigrationLocks.acquire(c, db.url(), KEY, LONG);
                Statement s = c.createStatement()) {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            int n;
            try (ResultSet rs = s.executeQuery("SELECT n FROM counter")) {
                rs.next();
                n = rs.getInt(1);
            }
            Thread.sleep(20);
            s.executeUpdate("UPDATE counter SET n = " + (n + 1));
            inside.decrementAndGet();
        }
        return null;
    }

    private static int counter(TestDatabase db) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT n FROM counter")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void closeIsIdempotentAndFreesTheLockAtOnce(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection first = db.connect();
                Connection second = db.connect()) {
            MigrationLock lock = MigrationLocks.acquire(first, db.url(), KEY, LONG);
            lock.close();
            lock.close();
            try (MigrationLock taken = MigrationLocks.acquire(second, db.url(), KEY, Duration.ZERO)) {
                lock.close(); // a stale handle must not release someone else's lock
                assertThatThrownBy(() -> MigrationLocks.acquire(first, db.url(), KEY, Duration.ZERO))
                        .isInstanceOf(LockTimeoutException.class);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void keysWithQuotesAndUnicodeAreBoundNotSpliced(DatabaseKind kind) throws Exception {
        String key = "it's \"odd\"; DROP TABLE counter; -- ünïcødé ✓";
        try (TestDatabase db = TestDatabase.create(kind);
                Connection first = db.connect();
                Connection second = db.connect();
                MigrationLock held = MigrationLocks.acquire(first, db.url(), key, LONG)) {
            assertThatThrownBy(() -> MigrationLocks.acquire(second, db.url(), key, Duration.ZERO))
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessageMatching(Expected.timeout(db, first, key, "0 s"));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"H2", "POSTGRESQL", "MARIADB"})
    void differentKeysDoNotContend(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection first = db.connect();
                Connection second = db.connect();
                MigrationLock one = MigrationLocks.acquire(first, db.url(), "a.retort_version", LONG);
                MigrationLock other = MigrationLocks.acquire(second, db.url(), "b.retort_version", Duration.ZERO)) {
            assertThat(other).isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void interruptingTheWaiterEndsTheWait(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection first = db.connect();
                Connection second = db.connect();
                MigrationLock held = MigrationLocks.acquire(first, db.url(), KEY, LONG)) {
            CompletableFuture<Throwable> failure = new CompletableFuture<>();
            Thread waiter = new Thread(() -> {
                try {
                    MigrationLocks.acquire(second, db.url(), KEY, LONG).close();
                    failure.complete(null);
                } catch (RuntimeException e) {
                    failure.complete(Thread.currentThread().isInterrupted() ? e : new AssertionError("flag lost", e));
                }
            });
            waiter.start();
            Thread.sleep(300);
            waiter.interrupt();
            assertThat(failure.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(LockInterruptedException.class)
                    .hasMessageMatching(Pattern.quote("interrupted after ") + "0\\.\\d s"
                            + Pattern.quote(" waiting for the migration lock on ") + ".+; this run did not start");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void holderKeepsTheLockAcrossCommitsAndRollbacks(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection first = db.connect();
                Connection second = db.connect();
                MigrationLock held = MigrationLocks.acquire(first, db.url(), KEY, LONG)) {
            first.setAutoCommit(false);
            try (Statement s = first.createStatement()) {
                s.execute("CREATE TABLE t (id INT)");
            }
            first.commit();
            first.rollback();
            first.setAutoCommit(true);
            assertThatThrownBy(() -> MigrationLocks.acquire(second, db.url(), KEY, Duration.ZERO))
                    .isInstanceOf(LockTimeoutException.class);
        }
    }
}
