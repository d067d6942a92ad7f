package dev.retort;

import static dev.retort.UpgradeDowngradeTest.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.check.DirtyDatabaseException;
import dev.retort.data.Progress;
import dev.retort.dialect.Dialects;
import dev.retort.runtime.CheckpointMismatchException;
import dev.retort.runtime.HistoryEntry;
import dev.retort.runtime.MigrationFailedException;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.RunOptions;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.ScriptFixture;
import dev.retort.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A backfill whose process is killed part-way resumes, when the revision runs again, after its
 * last committed batch: the statements before it are not run twice and every row is processed
 * exactly once.
 */
class BackfillResumeTest {
    private static final int ROWS = 2_000;
    private static final String REVISION =
            """
            public void upgrade(Ops op) {
                op.addColumn("item", Column.of("counter", Types.integer()).notNull().serverDefault(0));
                op.table("item").update().set("note", "NOTE").execute();
                op.backfill("item", b -> b.set("counter", "counter + 1").batchSize(50)
                        .pauseBetweenBatches(java.time.Duration.ofMillis(25)));
                op.createIndex("ix_item_counter", "item", "counter");
            }
            public void downgrade(Ops op) {
                op.dropIndex("ix_item_counter", "item");
                op.dropColumn("item", "counter");
            }""";

    @TempDir
    Path dir;

    private ScriptFixture scripts(String note) {
        return new ScriptFixture(dir)
                .sql("a1", "", "CREATE TABLE item (id INTEGER PRIMARY KEY, note VARCHAR(20));", "DROP TABLE item;")
                .java("b2", "a1", REVISION.replace("NOTE", note));
    }

    /** Upgrades to a1, fills the table, and kills a child process upgrading to b2 mid-backfill. */
    private Retort interrupted(TestDatabase db) throws Exception {
        ScriptFixture scripts = scripts("prepared");
        Retort retort = Retort.create(scripts.settings(db));
        retort.upgrade("a1", RunOptions.defaults(), MigrationListener.NONE);
        try (Connection c = db.connect();
                PreparedStatement insert = c.prepareStatement("INSERT INTO item (id) VALUES (?)")) {
            c.setAutoCommit(false);
            for (int i = 1; i <= ROWS; i++) {
                insert.setInt(1, i);
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
        }
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        BackfillProcess.class.getName(),
                        scripts.root().toString(),
                        db.url())
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); ; line = out.readLine()) {
                if (line == null || line.equals("DONE")) {
                    throw new AssertionError("the child finished before it was killed: " + line + "\n"
                            + Files.readString(dir.resolve("child.err")));
                }
                if (line.startsWith("PROGRESS ") && Long.parseLong(line.substring(9)) >= 500) {
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        return retort;
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aKilledBackfillResumesFromItsCheckpointAndProcessesEveryRowOnce(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Retort retort = interrupted(db);
            assertThat(retort.current()).containsExactly("a1");
            long done = Long.parseLong(query(db, "SELECT rows_done FROM retort_checkpoint WHERE revision = 'b2'")
                    .get(0));
            assertThat(done).isBetween(500L, ROWS - 50L);
            assertThat(query(db, "SELECT COUNT(*) FROM item WHERE counter = 1")).containsExactly(String.valueOf(done));
            assertThat(query(db, "SELECT COUNT(*) FROM item WHERE counter = 0"))
                    .containsExactly(String.valueOf(ROWS - done));
            assertThat(query(db, "SELECT COUNT(*) FROM item WHERE note = 'prepared'"))
                    .containsExactly(String.valueOf(ROWS));

            List<Progress> reports = new ArrayList<>();
            retort.upgrade("heads", RunOptions.defaults(), new MigrationListener() {
                @Override
                public void progress(Progress progress) {
                    reports.add(progress);
                }
            });
            assertThat(retort.current()).containsExactly("b2");
            assertThat(reports.get(0).done()).as("resumed, not restarted").isEqualTo(done);
            assertThat(reports.get(reports.size() - 1).done()).isEqualTo(ROWS);
            assertThat(query(db, "SELECT COUNT(*) FROM item WHERE counter = 1")).containsExactly(String.valueOf(ROWS));
            assertThat(query(db, "SELECT COUNT(*) FROM retort_checkpoint")).containsExactly("0");
            List<HistoryEntry> history = history(retort, db);
            HistoryEntry last = history.get(history.size() - 1);
            assertThat(last.revision()).isEqualTo("b2");
            assertThat(last.outcome()).isEqualTo("success");
            // the rows the prefix's UPDATE changed in the killed run, and the backfill's
            assertThat(last.rowsProcessed()).contains(2L * ROWS);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"SQLITE", "POSTGRESQL"})
    void aRerunWhoseStatementsBeforeTheBackfillChangedIsRefusedBeforeRunningAny(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Retort interrupted = interrupted(db);
            long done = Long.parseLong(query(db, "SELECT rows_done FROM retort_checkpoint WHERE revision = 'b2'")
                    .get(0));
            Retort changed = Retort.create(scripts("changed").settings(db));
            assertThatThrownBy(() -> changed.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasCauseInstanceOf(CheckpointMismatchException.class)
                    .hasMessageStartingWith("revision b2 (versions/b2_r.java:9): it was interrupted during backfill 1"
                            + " (of item, " + done + " rows done, after 2 statements) and now runs different"
                            + " statements before that backfill, so Retort cannot tell which statements already"
                            + " ran; restore the revision as it was, or finish it by hand and delete its checkpoint:"
                            + " DELETE FROM retort_checkpoint WHERE revision = 'b2' AND direction = 'upgrade'");
            assertThat(interrupted.current()).containsExactly("a1");
            assertThat(query(db, "SELECT COUNT(*) FROM item WHERE note = 'prepared'"))
                    .containsExactly(String.valueOf(ROWS));
            assertThat(query(db, "SELECT COUNT(*) FROM item WHERE counter = 1")).containsExactly(String.valueOf(done));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void anInterruptedBackfillMustBeResumedOrRepairedBeforeAnyOtherRun(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Retort retort = interrupted(db);
            List<HistoryEntry> history = history(retort, db);
            assertThat(history.get(history.size() - 1).outcome()).isEqualTo("resumable");
            assertThat(retort.check(true).findings()).anySatisfy(f -> assertThat(f.message())
                    .startsWith("revision b2 (versions/b2_r.java) was interrupted in a backfill of its upgrade"));
            assertThatThrownBy(() -> retort.downgrade("base", RunOptions.defaults(), MigrationListener.NONE))
                    .isInstanceOf(DirtyDatabaseException.class)
                    .hasMessage("revision b2 (versions/b2_r.java) was interrupted in a backfill of its upgrade (its"
                            + " committed batches and checkpoint are kept); run 'retort upgrade' to a target that"
                            + " includes it to resume it first, or undo its committed statements by hand and run"
                            + " 'retort repair --rolled-back b2'; nothing was run");
            assertThatThrownBy(() -> retort.stamp(List.of("b2"), false)).isInstanceOf(DirtyDatabaseException.class);
            assertThat(retort.current()).containsExactly("a1");

            // undone by hand, then repaired: the checkpoint goes, and the next upgrade starts afresh
            try (Connection c = db.connect();
                    java.sql.Statement s = c.createStatement()) {
                s.execute("ALTER TABLE item DROP COLUMN counter");
                s.execute("UPDATE item SET note = NULL");
            }
            retort.repair(RepairAction.ROLLED_BACK, List.of("b2"));
            assertThat(query(db, "SELECT COUNT(*) FROM retort_checkpoint")).containsExactly("0");
            retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE);
            assertThat(query(db, "SELECT COUNT(*) FROM item WHERE counter = 1 AND note = 'prepared'"))
                    .containsExactly(String.valueOf(ROWS));
        }
    }

    private static List<HistoryEntry> history(Retort retort, TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return new Migrator(
                            c,
                            Dialects.forUrl(db.url()),
                            Optional.empty(),
                            "retort_version",
                            RunOptions.defaults(),
                            MigrationListener.NONE)
                    .history();
        }
    }
}
