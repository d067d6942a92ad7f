package dev.retort.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RepairAction;
import dev.retort.Retort;
import dev.retort.runtime.MigrationFailedException;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.RunOptions;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.ScriptFixture;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A run that dies in the middle of a revision: simulated in process by an Error thrown from the
 * migration after its first statement (nothing catches it, as nothing would catch a SIGKILL).
 */
class DirtyRevisionTest {
    private static final String CRASH =
            """
            public void upgrade(Ops op) {
                op.execute("CREATE TABLE t_c1 (id INTEGER)");
                op.execute("CREATE TABLE t_c2 (id INTEGER)");
                if (op.x("crash").isEmpty()) {
                    throw new AssertionError("simulated crash");
                }
            }
            public void downgrade(Ops op) {
                op.execute("DROP TABLE t_c2");
                op.execute("DROP TABLE t_c1");
            }""";

    @TempDir
    Path dir;

    private ScriptFixture scripts() {
        return new ScriptFixture(dir)
                .sql("a1", "", "CREATE TABLE t_a (id INTEGER PRIMARY KEY);", "DROP TABLE t_a;")
                .java("b2", "a1", CRASH)
                .sql("c3", "b2", "CREATE TABLE t_d (id INTEGER PRIMARY KEY);", "DROP TABLE t_d;");
    }

    private static boolean transactional(DatabaseKind kind) {
        return kind == DatabaseKind.SQLITE || kind == DatabaseKind.POSTGRESQL;
    }

    private static void upgrade(Retort retort, String... crash) {
        RunOptions options = RunOptions.defaults();
        if (crash.length > 0) {
            options = options.withArguments(java.util.Map.of("crash", crash[0]));
        }
        retort.upgrade("heads", options, MigrationListener.NONE);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRunThatDiesMidRevisionLeavesTheTruth(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            ScriptFixture fixture = scripts();
            assertThatThrownBy(() -> upgrade(Retort.create(fixture.settings(db))))
                    .isInstanceOf(AssertionError.class);
            Retort retort = Retort.create(fixture.settings(db));
            assertThat(retort.current()).containsExactly("a1");
            if (transactional(kind)) {
                // the revision's transaction never committed: nothing of it, no trace, nothing to repair
                assertThat(tables(db)).doesNotContain("t_c1", "t_c2");
                assertThat(outcomes(db)).containsExactly("a1:upgrade:success");
                upgrade(retort, "no");
                assertThat(retort.current()).containsExactly("c3");
                return;
            }
            assertThat(tables(db)).contains("t_c1", "t_c2");
            assertThat(outcomes(db)).containsExactly("a1:upgrade:success", "b2:upgrade:running");
            String recorded = "recorded: 2 statements committed: 1) CREATE TABLE t_c1 (id INTEGER) | 2) CREATE TABLE"
                    + " t_c2 (id INTEGER); check the schema, then run 'retort repair --applied b2' if all of the"
                    + " revision's upgrade is in place (finish it by hand first if needed) or 'retort repair"
                    + " --rolled-back b2' if none of it is (undo the committed statements first)";
            for (Runnable refused : List.<Runnable>of(
                    () -> upgrade(Retort.create(fixture.settings(db))),
                    () -> Retort.create(fixture.settings(db))
                            .downgrade("base", RunOptions.defaults(), MigrationListener.NONE),
                    () -> Retort.create(fixture.settings(db)).stamp(List.of("c3"), false))) {
                assertThatThrownBy(refused::run)
                        .isInstanceOf(DirtyDatabaseException.class)
                        .hasMessageMatching(
                                "revision b2 \\(versions/b2_r.java\\) is dirty: its upgrade at \\d{4}-\\d\\d-\\d\\d"
                                        + " \\d\\d:\\d\\d:\\d\\d UTC by \\S+ never finished \\(the process or its database connection"
                                        + " died in the middle of it\\); \\Q" + recorded + "; nothing was run\\E");
            }
            List<Finding> findings = retort.check(true).findings();
            assertThat(findings).extracting(Finding::code).containsExactly("dirty");
            assertThat(findings.get(0).message())
                    .contains("never finished (unless a migration is running right now) (the process or");

            // the operator finishes the revision's work by hand (nothing left here) and says so
            assertThat(retort.repair(RepairAction.APPLIED, List.of("b2")))
                    .containsExactly("Marked the upgrade of revision b2 as applied; the database is now at b2");
            assertThat(outcomes(db)).endsWith("b2:upgrade:running", "b2:upgrade:success");
            assertThat(Retort.create(fixture.settings(db)).check(true).findings())
                    .isEmpty();
            upgrade(Retort.create(fixture.settings(db)));
            assertThat(retort.current()).containsExactly("c3");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"MARIADB", "H2"})
    void aDirtyRevisionRolledBackByHandRunsAgain(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            ScriptFixture fixture = scripts();
            assertThatThrownBy(() -> upgrade(Retort.create(fixture.settings(db))))
                    .isInstanceOf(AssertionError.class);
            Retort retort = Retort.create(fixture.settings(db));
            assertThatThrownBy(() -> retort.repair(RepairAction.ROLLED_BACK, List.of("c3")))
                    .hasMessage("revision c3 is not dirty: nothing to repair ('retort check' lists dirty revisions)");
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.execute("DROP TABLE t_c2");
                s.execute("DROP TABLE t_c1");
            }
            assertThat(retort.repair(RepairAction.ROLLED_BACK, List.of("b2")))
                    .containsExactly("Marked the upgrade of revision b2 as rolled back; the database stays at a1");
            assertThat(outcomes(db)).endsWith("b2:upgrade:running", "b2:repair:rolled-back");
            upgrade(Retort.create(fixture.settings(db)), "no");
            assertThat(retort.current()).containsExactly("c3");
            assertThat(outcomes(db)).endsWith("b2:upgrade:success", "c3:upgrade:success");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"MARIADB", "H2"})
    void aFailureAfterCommittedStatementsIsDirtyAndAFailureBeforeIsNot(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            ScriptFixture fixture = new ScriptFixture(dir)
                    .sql("a1", "", "INSERT INTO nowhere VALUES (1);", "SELECT 1;")
                    .sql(
                            "b2",
                            "",
                            "CREATE TABLE t_b (id INTEGER);\nINSERT INTO nowhere VALUES (1);",
                            "DROP TABLE t_b;");
            assertThatThrownBy(() -> Retort.create(fixture.settings(db))
                            .upgrade("a1", RunOptions.defaults(), MigrationListener.NONE))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageEndingWith("; rolled back, the database is still at the previous revision");
            assertThat(outcomes(db)).containsExactly("a1:upgrade:failed");
            assertThatThrownBy(() -> Retort.create(fixture.settings(db))
                            .upgrade("b2", RunOptions.defaults(), MigrationListener.NONE))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageEndingWith(
                            "; the database had already committed 1 statement of this revision (DDL is not"
                                    + " transactional here): 1) CREATE TABLE t_b (id INTEGER); the version table still names the"
                                    + " previous revision and the revision is marked dirty: check the schema, then undo those"
                                    + " statements and run 'retort repair --rolled-back b2', or complete the revision by hand and"
                                    + " run 'retort repair --applied b2'");
            assertThat(outcomes(db)).containsExactly("a1:upgrade:failed", "b2:upgrade:dirty");
            assertThatThrownBy(() -> Retort.create(fixture.settings(db))
                            .upgrade("a1", RunOptions.defaults(), MigrationListener.NONE))
                    .isInstanceOf(DirtyDatabaseException.class)
                    .hasMessageContaining("revision b2 (versions/b2_r.sql) is dirty: its upgrade at ")
                    .hasMessageContaining(" failed after the database had committed part of it; recorded: revision b2");
        }
    }

    static List<String> outcomes(TestDatabase db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT revision, direction, outcome FROM retort_history ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getString(3));
            }
        }
        return rows;
    }

    static List<String> tables(TestDatabase db) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect();
                ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
