package dev.retort;

import static dev.retort.UpgradeDowngradeTest.query;
import static dev.retort.UpgradeDowngradeTest.tables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.graph.MigrationStep;
import dev.retort.runtime.MigrationFailedException;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.RunOptions;
import dev.retort.script.RevisionScript;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.ScriptFixture;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuntimeScenariosTest {
    @TempDir
    Path dir;

    /** Records the order steps ran in. */
    static final class Steps implements MigrationListener {
        final List<String> ran = new ArrayList<>();

        @Override
        public void stepFinished(MigrationStep step, RevisionScript script, Duration took) {
            ran.add((step.direction() == dev.retort.graph.Direction.UPGRADE ? "+" : "-") + script.id());
        }
    }

    private static String table(String name) {
        return "CREATE TABLE " + name + " (id INTEGER PRIMARY KEY);";
    }

    private static String drop(String name) {
        return "DROP TABLE " + name + ";";
    }

    /**
     * base -> a -> (b1 -> b2, c1) -> merge m (b2, c1); d depends on c1 from another base x.
     */
    private ScriptFixture branchy() {
        return new ScriptFixture(dir)
                .sql("base0", "", table("t_base"), drop("t_base"))
                .sql("a1", "base0", table("t_a"), drop("t_a"))
                .sql("b1", "a1", table("t_b1"), drop("t_b1"))
                .sql("b2", "b1", table("t_b2"), drop("t_b2"))
                .sql("c1", "a1", table("t_c1"), drop("t_c1"))
                .sql("m1", "b2, c1", table("t_m"), drop("t_m"))
                .sql("x0", "", "-- branch_labels: other\n", table("t_x"), drop("t_x"), "")
                .sql("d1", "x0", "-- depends_on: c1\n", table("t_d"), drop("t_d"), "");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void mergesMultipleHeadsAndDependenciesRunInAlembicsOrder(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Retort retort = Retort.create(branchy().settings(db));
            Steps steps = new Steps();
            // d1 depends on c1: upgrading the "other" branch alone pulls in c1 and its ancestors first
            retort.upgrade("d1", RunOptions.defaults(), steps);
            assertThat(steps.ran).containsExactly("+base0", "+a1", "+c1", "+x0", "+d1");
            // as in Alembic, the dependency is absorbed: the version table names only d1
            assertThat(retort.current()).containsExactly("d1");

            steps.ran.clear();
            retort.upgrade("heads", RunOptions.defaults(), steps);
            assertThat(steps.ran).containsExactly("+b1", "+b2", "+m1");
            assertThat(retort.current()).containsExactlyInAnyOrder("m1", "d1");
            assertThatThrownBy(() -> retort.upgrade("head", RunOptions.defaults(), MigrationListener.NONE))
                    .isInstanceOf(RetortException.class)
                    .hasMessageContaining("m1")
                    .hasMessageContaining("d1");

            // m1-1 is ambiguous at a merge point (as in Alembic); downgrading out of the merge point to b2
            // leaves c1 implied by d1, which depends on it
            assertThatThrownBy(() -> retort.downgrade("m1-1", RunOptions.defaults(), MigrationListener.NONE))
                    .hasMessageStartingWith("relative revision m1-1 is ambiguous: m1 leads to b2, c1");
            steps.ran.clear();
            retort.downgrade("b2", RunOptions.defaults(), steps);
            assertThat(steps.ran).containsExactly("-m1");
            assertThat(retort.current()).containsExactlyInAnyOrder("b2", "d1");

            // reverting c1 must first revert d1, which depends on it
            steps.ran.clear();
            retort.downgrade("a1", RunOptions.defaults(), steps);
            assertThat(steps.ran).contains("-d1", "-c1", "-b2", "-b1");
            assertThat(steps.ran.indexOf("-d1")).isLessThan(steps.ran.indexOf("-c1"));
            assertThat(retort.current()).containsExactlyInAnyOrder("a1", "x0");

            retort.downgrade("base", RunOptions.defaults(), MigrationListener.NONE);
            assertThat(retort.current()).isEmpty();
            // only Retort's own tables are left (H2 also has its lock table)
            assertThat(tables(db)).contains("retort_version", "retort_history").allMatch(t -> t.startsWith("retort_"));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void stampSetsTheVersionTableWithoutRunningMigrations(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Retort retort = Retort.create(branchy().settings(db));
            retort.stamp(List.of("b2"), false);
            assertThat(retort.current()).containsExactly("b2");
            assertThat(tables(db)).doesNotContain("t_b2", "t_a");
            retort.stamp(List.of("heads"), false);
            assertThat(retort.current()).containsExactlyInAnyOrder("m1", "d1");

            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.execute("INSERT INTO retort_version (version_num) VALUES ('gone00')");
            }
            assertThatThrownBy(() -> retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE))
                    .hasMessageStartingWith("the database is at revision gone00, which is not in the script directory");
            retort.stamp(List.of("a1"), true);
            assertThat(retort.current()).containsExactly("a1");
            retort.stamp(List.of("base"), false);
            assertThat(retort.current()).isEmpty();
        }
    }

    @Test
    void adoptsAnAlembicManagedDatabase() throws Exception {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.SQLITE)) {
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                        + "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))");
                s.execute("INSERT INTO alembic_version VALUES ('a1')");
                s.execute("CREATE TABLE t_base (id INTEGER PRIMARY KEY)");
                s.execute("CREATE TABLE t_a (id INTEGER PRIMARY KEY)");
            }
            ScriptFixture scripts = branchy();
            Settings settings =
                    SettingsLoader.of(scripts.root(), Map.of()).url(db.url()).load();
            Settings alembic = new Settings(
                    settings.configFile(),
                    settings.baseDirectory(),
                    settings.url(),
                    settings.user(),
                    settings.password(),
                    settings.scriptDirectory(),
                    settings.versionLocations(),
                    "alembic_version",
                    settings.versionTableSchema(),
                    settings.arguments());
            Retort retort = Retort.create(alembic);
            assertThat(retort.current()).containsExactly("a1");
            retort.upgrade("b2", RunOptions.defaults(), MigrationListener.NONE);
            assertThat(query(db, "SELECT version_num FROM alembic_version")).containsExactly("b2");
            assertThat(tables(db)).contains("t_b1", "t_b2").doesNotContain("retort_version");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"SQLITE", "POSTGRESQL"})
    void singleTransactionRollsBackTheWholeRun(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            ScriptFixture scripts = new ScriptFixture(dir)
                    .sql("a1", "", table("t_a"), drop("t_a"))
                    .sql("b2", "a1", "INSERT INTO nowhere VALUES (1);", "");
            Retort retort = Retort.create(scripts.settings(db));
            RunOptions single = new RunOptions(Map.of(), true, Duration.ofSeconds(5));
            assertThatThrownBy(() -> retort.upgrade("heads", single, MigrationListener.NONE))
                    .isInstanceOf(MigrationFailedException.class);
            assertThat(retort.current()).isEmpty();
            assertThat(tables(db)).doesNotContain("t_a");
            // one transaction per revision (the default) keeps a1
            assertThatThrownBy(() -> retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE));
            assertThat(retort.current()).containsExactly("a1");
        }
    }

    @Test
    void noTransactionRevisionsRunConcurrentIndexesOnPostgres() throws Exception {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
            ScriptFixture scripts = new ScriptFixture(dir)
                    .sql(
                            "a1",
                            "",
                            "CREATE TABLE \"user\" (id INTEGER PRIMARY KEY, email VARCHAR(100));",
                            "DROP TABLE \"user\";")
                    .sql(
                            "b2",
                            "a1",
                            "",
                            "CREATE INDEX CONCURRENTLY ix_email ON \"user\" (lower(email));",
                            "DROP INDEX CONCURRENTLY ix_email;",
                            "-- +retort no-transaction\n")
                    .java(
                            "c3",
                            "b2",
                            """
                            public void upgrade(Ops op) {
                                op.createIndex("ix_id_email", "user", i -> i.columns("id", "email").concurrently());
                            }
                            public void downgrade(Ops op) {
                                op.dropIndex("ix_id_email", "user", d -> d.concurrently());
                            }""");
            Retort retort = Retort.create(scripts.settings(db));
            retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE);
            assertThat(query(db, "SELECT indexname FROM pg_indexes WHERE tablename = 'user' ORDER BY 1"))
                    .containsExactly("ix_email", "ix_id_email", "user_pkey");
            retort.downgrade("a1", RunOptions.defaults(), MigrationListener.NONE);
            assertThat(query(db, "SELECT indexname FROM pg_indexes WHERE tablename = 'user'"))
                    .containsExactly("user_pkey");
        }
    }

    @Test
    void offlineModeNeedsNoDatabaseAndRefusesMigrationsThatReadData() {
        ScriptFixture scripts = new ScriptFixture(dir)
                .sql("a1", "", table("t_a"), drop("t_a"))
                .java(
                        "b2",
                        "a1",
                        """
                        public void upgrade(Ops op) {
                            try (var s = op.connection().createStatement()) {
                                s.execute("SELECT 1");
                            } catch (java.sql.SQLException e) {
                                throw new RuntimeException(e);
                            }
                        }
                        public void downgrade(Ops op) {}""");
        Settings settings = SettingsLoader.of(scripts.root(), Map.of()).load();
        Retort retort = Retort.create(settings);
        String sql = retort.upgradeSql("a1", "postgresql", RunOptions.defaults());
        assertThat(sql)
                .contains(
                        "CREATE TABLE t_a (id INTEGER PRIMARY KEY);",
                        "INSERT INTO retort_version (version_num) VALUES ('a1');",
                        "BEGIN;",
                        "COMMIT;");
        assertThat(retort.upgradeSql("a1", "mysql", RunOptions.defaults())).doesNotContain("BEGIN;");
        assertThatThrownBy(() -> retort.upgradeSql("heads", "postgresql", RunOptions.defaults()))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("offline");
        assertThat(retort.downgradeSql("a1:base", "sqlite", RunOptions.defaults()))
                .contains("DROP TABLE t_a;", "DELETE FROM retort_version WHERE version_num = 'a1';");
        assertThatThrownBy(() -> retort.downgradeSql("base", "sqlite", RunOptions.defaults()))
                .hasMessageStartingWith("downgrade --sql needs a range START:END");
    }

    @Test
    void downgradeThroughAnIrreversibleSqlRevisionIsRefusedBeforeAnythingRuns() throws Exception {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.SQLITE)) {
            ScriptFixture scripts = new ScriptFixture(dir)
                    .sql("a1", "", table("t_a"), drop("t_a"))
                    .sql("b2", "a1", table("t_b"), null)
                    .sql("c3", "b2", table("t_c"), drop("t_c"));
            Retort retort = Retort.create(scripts.settings(db));
            retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE);
            assertThatThrownBy(() -> retort.downgrade("base", RunOptions.defaults(), MigrationListener.NONE))
                    .isInstanceOf(IrreversibleMigrationException.class)
                    .hasMessage("cannot downgrade through revision b2 (versions/b2_r.sql): it has no downgrade"
                            + " section; nothing was run");
            assertThat(retort.current()).containsExactly("c3");
            assertThat(tables(db)).contains("t_c");
        }
    }

    @Test
    void versionTableNameAndSchemaAreConfigurable() throws Exception {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA migr");
            }
            ScriptFixture scripts = new ScriptFixture(dir).sql("a1", "", table("t_a"), drop("t_a"));
            Settings base = scripts.settings(db);
            Settings custom = new Settings(
                    base.configFile(),
                    base.baseDirectory(),
                    base.url(),
                    base.user(),
                    base.password(),
                    base.scriptDirectory(),
                    base.versionLocations(),
                    "app_versions",
                    java.util.Optional.of("migr"),
                    base.arguments());
            Retort retort = Retort.create(custom);
            retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE);
            assertThat(query(db, "SELECT version_num FROM migr.app_versions")).containsExactly("a1");
            assertThat(query(db, "SELECT revision FROM migr.retort_history")).containsExactly("a1");
            assertThat(query(db, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'retort_version'"))
                    .containsExactly("0");
            assertThat(retort.current()).containsExactly("a1");
        }
    }
}
