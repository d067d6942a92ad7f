package dev.retort;

import static dev.retort.UpgradeDowngradeTest.tables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.runtime.EmptyDowngradeException;
import dev.retort.runtime.MigrationFailedException;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.RunOptions;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.ScriptFixture;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Downgrades that cannot be done are refused by name; downgrades that do nothing must say so. */
class IrreversibilityTest {
    @TempDir
    Path dir;

    private ScriptFixture base() {
        return new ScriptFixture(dir).sql("a1", "", "CREATE TABLE t_a (id INTEGER PRIMARY KEY);", "DROP TABLE t_a;");
    }

    private static String java(String id, String upgrade, String downgrade) {
        return "public void upgrade(Ops op) {" + upgrade + "}\npublic void downgrade(Ops op) {" + downgrade + "}";
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aDowngradeThroughAnIrreversibleRevisionIsRefusedBeforeAnythingRuns(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            ScriptFixture scripts = base().write(
                            "b2_r.java",
                            """
                            import dev.retort.*;
                            import dev.retort.ops.*;

                            @Irreversible("upper-cased names cannot be lowered back")
                            @Revision(id = "b2", revises = "a1")
                            final class Rb2 implements Migration {
                                public void upgrade(Ops op) { op.execute("CREATE TABLE t_b (id INTEGER PRIMARY KEY)"); }
                                public void downgrade(Ops op) { op.execute("DROP TABLE t_b"); }
                            }
                            """)
                    .sql("c3", "b2", "CREATE TABLE t_c (id INTEGER PRIMARY KEY);", "DROP TABLE t_c;");
            Retort retort = Retort.create(scripts.settings(db));
            retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE);

            assertThatThrownBy(() -> retort.downgrade("base", RunOptions.defaults(), MigrationListener.NONE))
                    .isInstanceOf(IrreversibleMigrationException.class)
                    .hasMessage("cannot downgrade through revision b2 (versions/b2_r.java): it is marked"
                            + " @Irreversible(\"upper-cased names cannot be lowered back\"); nothing was run");
            assertThat(retort.current()).containsExactly("c3");
            assertThat(tables(db)).contains("t_a", "t_b", "t_c");

            retort.downgrade("b2", RunOptions.defaults(), MigrationListener.NONE);
            assertThat(retort.current()).containsExactly("b2");
            assertThat(tables(db)).doesNotContain("t_c");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void anEmptyDowngradeFailsAndLeavesTheVersionTableAlone(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            ScriptFixture scripts =
                    base().java("b2", "a1", java("b2", "op.execute(\"INSERT INTO t_a VALUES (1)\");", ""));
            Retort retort = Retort.create(scripts.settings(db));
            retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE);

            assertThatThrownBy(() -> retort.downgrade("a1", RunOptions.defaults(), MigrationListener.NONE))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasCauseInstanceOf(EmptyDowngradeException.class)
                    .hasMessageStartingWith("revision b2 (versions/b2_r.java): downgrade() issued no operation: write"
                            + " the statements that undo upgrade(), call op.noop(\"why\") if there is nothing to undo,"
                            + " or annotate the class @Irreversible(\"why\") if it cannot be undone");
            assertThat(retort.current()).containsExactly("b2");
        }
    }

    @Test
    void aDeclaredNoopDowngradeMovesTheVersionTableBack() throws Exception {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.SQLITE)) {
            ScriptFixture scripts = base().java(
                            "b2",
                            "a1",
                            java("b2", "op.execute(\"ANALYZE\");", "op.noop(\"ANALYZE has nothing to undo\");"));
            Retort retort = Retort.create(scripts.settings(db));
            retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE);
            retort.downgrade("a1", RunOptions.defaults(), MigrationListener.NONE);
            assertThat(retort.current()).containsExactly("a1");
            assertThat(retort.downgradeSql("b2:a1", "postgresql", RunOptions.defaults()))
                    .contains("-- nothing to do: ANALYZE has nothing to undo\n");
        }
    }

    @Test
    void opIrreversibleRefusesTheDowngradeAtRunTimeWithItsReason() throws Exception {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.SQLITE)) {
            ScriptFixture scripts = base().java(
                            "b2",
                            "a1",
                            java(
                                    "b2",
                                    "op.execute(\"INSERT INTO t_a VALUES (1)\");",
                                    "op.execute(\"DELETE FROM t_a\"); op.irreversible(\"rows were merged\");"));
            Retort retort = Retort.create(scripts.settings(db));
            retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE);
            assertThatThrownBy(() -> retort.downgrade("a1", RunOptions.defaults(), MigrationListener.NONE))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasCauseInstanceOf(IrreversibleMigrationException.class)
                    .hasMessage(
                            "revision b2 (versions/b2_r.java:7): this revision cannot be downgraded: rows were merged;"
                                    + " annotate the class @Irreversible(\"...\") to refuse before anything runs; rolled back,"
                                    + " the database is still at the previous revision");
            assertThat(UpgradeDowngradeTest.query(db, "SELECT COUNT(*) FROM t_a"))
                    .containsExactly("1");
        }
    }

    @Test
    void theOfflineDowngradeOfAnEmptyBodyFailsToo() {
        ScriptFixture scripts = base().java("b2", "a1", java("b2", "op.execute(\"SELECT 1\");", ""));
        Retort retort = Retort.create(
                SettingsLoader.of(scripts.root(), java.util.Map.of()).load());
        assertThatThrownBy(() -> retort.downgradeSql("b2:a1", "postgresql", RunOptions.defaults()))
                .isInstanceOf(EmptyDowngradeException.class);
    }
}
