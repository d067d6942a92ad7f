package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.runtime.MigrationFailedException;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.RunOptions;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.ScriptFixture;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UpgradeDowngradeTest {
    @TempDir
    Path dir;

    private ScriptFixture linear() {
        return new ScriptFixture(dir)
                .sql(
                        "a1",
                        "",
                        "CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);",
                        "DROP TABLE account;")
                .java(
                        "b2",
                        "a1",
                        """
                        public void upgrade(Ops op) {
                            op.addColumn("account", Column.of("email", Types.string(100)));
                            op.execute("INSERT INTO account (id, name, email) VALUES (?, ?, ?)", 1, "ann", "a@x.org");
                        }
                        public void downgrade(Ops op) {
                            op.execute("DELETE FROM account");
                            op.dropColumn("account", "email");
                        }""")
                .sql("c3", "b2", "CREATE TABLE audit (id INTEGER PRIMARY KEY, note TEXT);", "DROP TABLE audit;");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void upgradesToHeadAndDowngradesToBase(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Retort retort = Retort.create(linear().settings(db));
            assertThat(retort.current()).isEmpty();

            retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE);
            assertThat(retort.current()).containsExactly("c3");
            assertThat(tables(db)).contains("account", "audit", "retort_version", "retort_history");
            assertThat(query(db, "SELECT email FROM account")).containsExactly("a@x.org");

            retort.downgrade("-1", RunOptions.defaults(), MigrationListener.NONE);
            assertThat(retort.current()).containsExactly("b2");
            assertThat(tables(db)).doesNotContain("audit");

            retort.downgrade("base", RunOptions.defaults(), MigrationListener.NONE);
            assertThat(retort.current()).isEmpty();
            assertThat(tables(db)).doesNotContain("account", "audit");
            assertThat(query(
                            db,
                            "SELECT revision || ':' || direction || ':' || outcome FROM retort_history ORDER BY id"
                                    .replace(
                                            "revision || ':' || direction || ':' || outcome",
                                            kind == DatabaseKind.MARIADB
                                                    ? "CONCAT(revision, ':', direction, ':', outcome)"
                                                    : "revision || ':' || direction || ':' || outcome")))
                    .containsExactly(
                            "a1:upgrade:success",
                            "b2:upgrade:success",
                            "c3:upgrade:success",
                            "c3:downgrade:success",
                            "b2:downgrade:success",
                            "a1:downgrade:success");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aFailingRevisionLeavesTheDatabaseAtThePreviousRevision(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            ScriptFixture scripts = linear().sql(
                            "d4",
                            "c3",
                            "",
                            "CREATE TABLE t1 (id INTEGER PRIMARY KEY);\nCREATE TABLE t2 (id INTEGER PRIMARY KEY);\n"
                                    + "INSERT INTO no_such_table VALUES (1);",
                            "DROP TABLE t2;\nDROP TABLE t1;",
                            "");
            Retort retort = Retort.create(scripts.settings(db));
            boolean transactionalDdl = kind == DatabaseKind.SQLITE || kind == DatabaseKind.POSTGRESQL;
            var failure = assertThatThrownBy(
                            () -> retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageStartingWith("revision d4 (versions/d4_r.sql:")
                    .hasMessageContaining("; statement: INSERT INTO no_such_table VALUES (1)");
            assertThat(retort.current()).containsExactly("c3");
            if (transactionalDdl) {
                failure.hasMessageEndingWith("; rolled back, the database is still at the previous revision");
                assertThat(tables(db)).doesNotContain("t1", "t2");
            } else {
                // DDL commits implicitly (MariaDB, H2): the error names what was applied; the version table
                // does not claim the revision
                failure.hasMessageContaining("; the database had already committed 2 statements of this revision"
                        + " (DDL is not transactional here): 1) CREATE TABLE t1 (id INTEGER PRIMARY KEY)"
                        + " | 2) CREATE TABLE t2 (id INTEGER PRIMARY KEY); the version table still names the"
                        + " previous revision");
                assertThat(tables(db)).contains("t1", "t2");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void offlineScriptBuildsTheSameSchemaAsAnOnlineRun(DatabaseKind kind) throws Exception {
        try (TestDatabase online = TestDatabase.create(kind);
                TestDatabase offline = TestDatabase.create(kind)) {
            ScriptFixture scripts = new ScriptFixture(dir)
                    .sql(
                            "a1",
                            "",
                            "CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);",
                            "DROP TABLE account;")
                    .java(
                            "b2",
                            "a1",
                            """
                            public void upgrade(Ops op) {
                                op.addColumn("account", Column.of("email", Types.string(100)));
                                op.createIndex("ix_account_email", "account", "email");
                            }
                            public void downgrade(Ops op) {
                                op.dropIndex("ix_account_email", "account");
                                op.dropColumn("account", "email");
                            }""");
            Retort.create(scripts.settings(online)).upgrade("heads", RunOptions.defaults(), MigrationListener.NONE);
            String sql = Retort.create(scripts.settings(offline)).upgradeSql("heads", null, RunOptions.defaults());
            assertThat(sql).contains("-- Running upgrade  -> a1", "-- Running upgrade a1 -> b2");
            try (Connection c = offline.connect();
                    Statement s = c.createStatement()) {
                for (String statement : sql.split(";\n")) {
                    String stripped = statement.replaceAll("(?m)^--.*$", "").strip();
                    if (!stripped.isEmpty()) {
                        s.execute(stripped);
                    }
                }
            }
            assertThat(Retort.create(scripts.settings(offline)).current()).containsExactly("b2");
            assertThat(columns(offline, "account")).isEqualTo(columns(online, "account"));
        }
    }

    static List<String> tables(TestDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect();
                ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    static List<String> columns(TestDatabase db, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect()) {
            String name = db.kind() == DatabaseKind.H2 ? table.toUpperCase(Locale.ROOT) : table;
            try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), name, "%")) {
                while (rs.next()) {
                    names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " " + rs.getString("TYPE_NAME")
                            + " " + rs.getString("IS_NULLABLE"));
                }
            }
        }
        return names;
    }

    static List<String> query(TestDatabase db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    static Set<String> none() {
        return Set.of();
    }
}
