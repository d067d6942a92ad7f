package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.runtime.DatabaseConnectException;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.RunOptions;
import dev.retort.script.RevisionFileException;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.ScriptFixture;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code current} and the run commands read the script directory while they connect: errors stay as they were. */
class ScriptsReadMeanwhileTest {
    @TempDir
    Path dir;

    private ScriptFixture broken() {
        return new ScriptFixture(dir)
                .sql("a1", "", "CREATE TABLE account (id INTEGER PRIMARY KEY);", "DROP TABLE account;")
                .write("b2_broken.sql", "-- no header at all\nSELECT 1;\n");
    }

    @Test
    void currentReadsOnlyTheDatabaseAndTheBrokenFileIsReportedByTheGraph() {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.SQLITE)) {
            Retort retort = Retort.create(broken().settings(db));
            assertThat(retort.current()).isEmpty();
            assertThatThrownBy(retort::graph)
                    .isInstanceOf(RevisionFileException.class)
                    .hasMessageContaining("b2_broken.sql");
        }
    }

    @Test
    void anUnreachableDatabaseIsReportedBeforeABrokenFile() {
        ScriptFixture scripts = broken();
        try (TestDatabase db = TestDatabase.create(DatabaseKind.SQLITE)) {
            Settings good = scripts.settings(db);
            Settings unreachable = new Settings(
                    good.configFile(),
                    good.baseDirectory(),
                    java.util.Optional.of("jdbc:postgresql://127.0.0.1:1/none"),
                    good.user(),
                    good.password(),
                    good.scriptDirectory(),
                    good.versionLocations(),
                    good.versionTable(),
                    good.versionTableSchema(),
                    good.arguments());
            Retort retort = Retort.create(unreachable);
            assertThatThrownBy(() -> retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE))
                    .isInstanceOf(DatabaseConnectException.class);
            assertThatThrownBy(retort::current).isInstanceOf(DatabaseConnectException.class);
        }
    }

    @Test
    void aBrokenFileStopsAnUpgradeBeforeAnythingRuns() {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.SQLITE)) {
            Retort retort = Retort.create(broken().settings(db));
            assertThatThrownBy(() -> retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE))
                    .isInstanceOf(RevisionFileException.class)
                    .hasMessageContaining("b2_broken.sql");
            assertThat(retort.current()).isEmpty();
        }
    }
}
