package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Per-database details: lock files, in-memory databases, busy timeouts, logs, passwords. */
@SuppressWarnings("try") // locks held for the scope of a try block, unused inside it
class MigrationLockDetailsTest {
    private static final String KEY = MigrationLocksTest.KEY;

    @Test
    void sqliteLockFileNamesItsHolderWhileHeldAndStaysBehindEmpty() throws Exception {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.SQLITE);
                Connection c = db.connect()) {
            Path file = Path.of(Expected.sqliteFile(db) + ".retort-lock");
            try (MigrationLock lock = MigrationLocks.acquire(c, db.url(), KEY, Duration.ofSeconds(1))) {
                assertThat(Files.readString(file))
                        .matches("process " + ProcessHandle.current().pid()
                                + "@\\S+ since \\d{4}-\\d\\d-\\d\\dT\\S+Z\n");
            }
            // never deleted: another process may be waiting on this very file
            assertThat(file).exists().isEmptyFile();
        }
    }

    @Test
    void sqliteWritersWaitAsLongAsTheLockTimeout() throws Exception {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.SQLITE);
                Connection c = db.connect()) {
            try (MigrationLock lock = MigrationLocks.acquire(c, db.url(), KEY, Duration.ofSeconds(45))) {
                assertThat(single(c, "PRAGMA busy_timeout")).isEqualTo(45_000);
            }
            try (MigrationLock lock = MigrationLocks.acquire(c, db.url(), KEY, Duration.ofMillis(10))) {
                assertThat(single(c, "PRAGMA busy_timeout")).isEqualTo(45_000); // never lowered
            }
        }
    }

    @Test
    void privateInMemoryDatabasesNeedNoLock() throws Exception {
        for (String url : new String[] {"jdbc:sqlite::memory:", "jdbc:h2:mem:"}) {
            try (Connection first = DriverManager.getConnection(url);
                    Connection second = DriverManager.getConnection(url);
                    MigrationLock one = MigrationLocks.acquire(first, url, KEY, Duration.ZERO);
                    MigrationLock two = MigrationLocks.acquire(second, url, KEY, Duration.ZERO)) {
                assertThat(one).isInstanceOf(NoLock.class);
                assertThat(two).isInstanceOf(NoLock.class);
            }
        }
    }

    @Test
    void namedH2MemoryDatabasesAreLockedWithinTheProcess() throws Exception {
        String url = "jdbc:h2:mem:retort_lock_test;DB_CLOSE_DELAY=-1";
        try (Connection first = DriverManager.getConnection(url);
                Connection second = DriverManager.getConnection(url)) {
            try (MigrationLock held = MigrationLocks.acquire(first, url, KEY, Duration.ZERO)) {
                assertThatThrownBy(() -> MigrationLocks.acquire(second, url, KEY, Duration.ZERO))
                        .isInstanceOf(LockTimeoutException.class)
                        .hasMessageContaining("(this process)");
            }
            // the holder's mark was never committed: nothing stale to find afterwards
            try (Statement s = first.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(holder) FROM retort_lock")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getInt(2)).isZero();
            }
            first.createStatement().execute("SHUTDOWN");
        }
    }

    @Test
    void aWaitOfMoreThanASecondIsLoggedWithTheHolder() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        try (TestDatabase db = TestDatabase.create(DatabaseKind.SQLITE);
                Connection first = db.connect();
                Connection second = db.connect()) {
            MigrationLock held = MigrationLocks.acquire(first, db.url(), KEY, Duration.ZERO);
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            CompletableFuture<MigrationLock> waiting = CompletableFuture.supplyAsync(
                    () -> MigrationLocks.acquire(second, db.url(), KEY, Duration.ofSeconds(10)));
            Thread.sleep(1_400);
            held.close();
            waiting.get(10, TimeUnit.SECONDS).close();
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .containsPattern(
                        "INFO dev.retort.runtime.MigrationLocks - waiting for the migration lock on jdbc:sqlite:"
                                + "\\S+ \\(lock file \\S+\\.retort-lock\\) held by process \\d+@\\S+ \\(this process\\) for \\d+ s;"
                                + " giving up after 10 s");
    }

    @Test
    void messagesNeverShowThePassword() throws Exception {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
            String url = db.url() + "&password=s3cret"; // trust auth ignores it
            try (Connection first = DriverManager.getConnection(url);
                    Connection second = DriverManager.getConnection(url);
                    MigrationLock held = MigrationLocks.acquire(first, url, KEY, Duration.ZERO)) {
                assertThatThrownBy(() -> MigrationLocks.acquire(second, url, KEY, Duration.ZERO))
                        .hasMessageContaining("&password=**** (key retort:public.retort_version)")
                        .hasMessageNotContaining("s3cret");
            }
        }
    }

    @Test
    void aNegativeTimeoutIsAProgrammingError() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            assertThatThrownBy(() -> MigrationLocks.acquire(c, "jdbc:sqlite::memory:", KEY, Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("lock timeout must not be negative: PT-1S");
        }
    }

    private static int single(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
