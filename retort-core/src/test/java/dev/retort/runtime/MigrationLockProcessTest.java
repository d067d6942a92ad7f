package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A run that dies while holding the lock leaves nothing behind: the next run proceeds at once. */
class MigrationLockProcessTest {
    private static final String KEY = MigrationLocksTest.KEY;

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void lockVanishesWhenTheHoldingProcessIsKilled(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection connection = db.connect()) {
            Process holder = startHolder(db);
            try {
                assertThatThrownBy(() -> MigrationLocks.acquire(connection, db.url(), KEY, Duration.ZERO))
                        .isInstanceOf(LockTimeoutException.class)
                        .hasMessageContaining(
                                kind == DatabaseKind.SQLITE ? "held by process " + holder.pid() + "@" : "held by ")
                        .hasMessageNotContaining("this process");
            } finally {
                holder.destroyForcibly();
                assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            try (MigrationLock lock = MigrationLocks.acquire(connection, db.url(), KEY, Duration.ofSeconds(5))) {
                assertThat(lock).isNotNull();
            }
        }
    }

    private static Process startHolder(TestDatabase db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolderProcess.class.getName(),
                        db.url(),
                        KEY)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!LockHolderProcess.LOCKED.equals(line)) {
            process.destroyForcibly();
            throw new AssertionError("the lock-holding process did not take the lock; it said: " + line);
        }
        return process;
    }
}
