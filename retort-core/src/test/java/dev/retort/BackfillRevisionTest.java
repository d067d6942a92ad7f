package dev.retort;

import static dev.retort.UpgradeDowngradeTest.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.data.BackfillException;
import dev.retort.data.OfflineDataException;
import dev.retort.runtime.MigrationFailedException;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.RunOptions;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.ScriptFixture;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Backfills inside revisions: transactions around them, checkpoints cleaned up, offline mode. */
class BackfillRevisionTest {
    @TempDir
    Path dir;

    private ScriptFixture scripts(String upgrade) {
        return new ScriptFixture(dir)
                .sql(
                        "a1",
                        "",
                        "CREATE TABLE item (id INTEGER PRIMARY KEY, old_field VARCHAR(20), new_field VARCHAR(20));\n"
                                + "INSERT INTO item (id, old_field) VALUES (1, 'a');\n"
                                + "INSERT INTO item (id, old_field) VALUES (2, 'b');\n"
                                + "INSERT INTO item (id, old_field) VALUES (3, NULL);",
                        "DROP TABLE item;")
                .java(
                        "b2",
                        "a1",
                        "public void upgrade(Ops op) {" + upgrade + "}\n"
                                + "public void downgrade(Ops op) { op.execute(\"UPDATE item SET new_field = NULL\"); }");
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"SQLITE", "POSTGRESQL", "MARIADB", "H2"})
    void twoBackfillsInOneRevisionCompleteAndLeaveNoCheckpoint(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Retort retort = Retort.create(scripts(
                            """
                    op.backfill("item", b -> b.set("new_field", "upper(old_field)").batchSize(1));
                    op.execute("INSERT INTO item (id, old_field) VALUES (4, 'd')");
                    op.backfill("item", b -> b.set("new_field", "lower(new_field)").where("new_field IS NOT NULL"));
                    """)
                    .settings(db));
            retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE);
            assertThat(retort.current()).containsExactly("b2");
            assertThat(query(db, "SELECT COALESCE(new_field, '-') FROM item ORDER BY id"))
                    .containsExactly("a", "b", "-", "-");
            assertThat(query(db, "SELECT COUNT(*) FROM retort_checkpoint")).containsExactly("0");
            assertThat(query(db, "SELECT rows_processed FROM retort_history WHERE revision = 'b2'"))
                    .containsExactly("5");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aFailureAfterTheBackfillKeepsItsBatchesAndTheRerunFinishes(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            String check = "op.checkNone(\"item\", \"new_field IS NULL\", \"have no new value\");";
            Retort retort = Retort.create(
                    scripts("op.backfill(\"item\", b -> b.set(\"new_field\", \"upper(old_field)\"));" + check)
                            .settings(db));
            assertThatThrownBy(() -> retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageStartingWith(
                            "revision b2 (versions/b2_r.java:6): postcondition failed: 1 row of item has no new value")
                    .hasMessageEndingWith("; batches a backfill committed are kept: run the migration again to resume"
                            + " from its checkpoint");
            assertThat(retort.current()).containsExactly("a1");
            assertThat(query(db, "SELECT COUNT(*) FROM item WHERE new_field IS NOT NULL"))
                    .containsExactly("2");

            Retort fixed =
                    Retort.create(scripts("op.backfill(\"item\", b -> b.set(\"new_field\", \"upper(old_field)\"));"
                                    + check.replace("new_field IS NULL", "new_field IS NULL AND old_field IS NOT NULL"))
                            .settings(db));
            fixed.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE);
            assertThat(fixed.current()).containsExactly("b2");
            assertThat(query(db, "SELECT COUNT(*) FROM retort_checkpoint")).containsExactly("0");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aBackfillThatFailsBeforeCommittingAnythingLeavesNothingToResume(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Retort retort =
                    Retort.create(scripts("op.backfill(\"item\", b -> b.set(\"new_field\", \"no_such_column\"));")
                            .settings(db));
            assertThatThrownBy(() -> retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("no_such_column");
            assertThat(query(db, "SELECT outcome FROM retort_history WHERE revision = 'b2'"))
                    .containsExactly("failed");
            assertThat(query(db, "SELECT COUNT(*) FROM retort_checkpoint")).containsExactly("0");
            retort.downgrade("base", RunOptions.defaults(), MigrationListener.NONE);
            assertThat(retort.current()).isEmpty();
        }
    }

    @Test
    void aBackfillIsRefusedInASingleTransaction() throws Exception {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.SQLITE)) {
            Retort retort = Retort.create(scripts("op.backfill(\"item\", b -> b.set(\"new_field\", \"old_field\"));")
                    .settings(db));
            assertThatThrownBy(() -> retort.upgrade(
                            "heads", new RunOptions(Map.of(), true, Duration.ofSeconds(5)), MigrationListener.NONE))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasCauseInstanceOf(BackfillException.class)
                    .hasMessageContaining("op.backfill(\"item\") commits batch by batch, which --single-transaction"
                            + " rules out; run without it");
            assertThat(retort.current()).isEmpty();
        }
    }

    @Test
    void offlineASetBasedBackfillIsOneUpdateAndATransformIsRefused() {
        ScriptFixture scripts =
                scripts("op.backfill(\"item\", b -> b.set(\"new_field\", \"upper(old_field)\").where(\"id > ?\", 1));");
        Retort retort =
                Retort.create(SettingsLoader.of(scripts.root(), Map.of()).load());
        assertThat(retort.upgradeSql("a1:b2", "postgresql", RunOptions.defaults()))
                .contains("-- backfill of item as one UPDATE: an offline script cannot batch, throttle or resume it\n\n"
                        + "UPDATE item SET new_field = upper(old_field) WHERE id > 1;\n");

        ScriptFixture transform = scripts(
                "op.backfill(\"item\", b -> b.transform(row -> row.set(\"new_field\", row.getString(\"old_field\"))));");
        Retort refused =
                Retort.create(SettingsLoader.of(transform.root(), Map.of()).load());
        assertThatThrownBy(() -> refused.upgradeSql("a1:b2", "postgresql", RunOptions.defaults()))
                .isInstanceOf(OfflineDataException.class)
                .hasMessage("op.backfill(\"item\") runs a Java transform on rows it reads, which offline --sql mode"
                        + " cannot do: use a set-based backfill, b.set(column, expression), or run the revision"
                        + " against the database");
    }
}
