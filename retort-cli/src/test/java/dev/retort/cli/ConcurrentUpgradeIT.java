package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Eight processes start {@code retort upgrade} on one database at the same moment, as the
 * instances of an application do on deployment: every revision must be applied exactly once and
 * every process must succeed (the late ones finding nothing left to do).
 */
class ConcurrentUpgradeIT {
    private static final int PROCESSES = 8;
    private static final int REVISIONS = 30;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"POSTGRESQL", "MARIADB", "SQLITE"})
    void everyRevisionIsAppliedExactlyOnce(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            FaultScripts.write(dir, kind, REVISIONS, false);
            List<RetortProcess> runs = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                runs.add(RetortProcess.start(dir, "--url", db.url(), "upgrade", "heads", "--lock-timeout", "120"));
            }
            for (RetortProcess run : runs) {
                assertThat(run.finish()).as(run.toString()).isZero();
                assertThat(run.err()).as(run.toString()).doesNotContain("error");
            }

            DatabaseState state = DatabaseState.read(db);
            List<String> expected = new ArrayList<>();
            List<String> upgrades = new ArrayList<>();
            for (int i = 1; i <= REVISIONS; i++) {
                expected.add(FaultScripts.id(i));
                upgrades.add(FaultScripts.id(i) + " upgrade success");
            }
            assertThat(state.versions()).containsExactly(FaultScripts.id(REVISIONS));
            assertThat(state.applied()).contains(expected);
            assertThat(state.tables()).hasSize(REVISIONS - 1);
            assertThat(state.history()).containsExactlyElementsOf(upgrades);
            // the work was shared out: one process applied everything, the others waited and found it done
            long applying = runs.stream()
                    .filter(r -> r.err().contains("Running upgrade"))
                    .count();
            assertThat(applying).as("processes that applied revisions").isEqualTo(1);
        }
    }
}
