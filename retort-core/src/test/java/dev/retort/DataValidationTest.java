package dev.retort;

import static dev.retort.UpgradeDowngradeTest.columns;
import static dev.retort.UpgradeDowngradeTest.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.data.PostconditionFailedException;
import dev.retort.data.PreconditionFailedException;
import dev.retort.runtime.MigrationFailedException;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.RunOptions;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.ScriptFixture;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Preconditions, postconditions and row-count guards: a failed check leaves the data as it was. */
class DataValidationTest {
    private static final String ROWS = "SELECT id || ':' || COALESCE(email, '-') || ':' || COALESCE(normalized, '-')"
            + " FROM account ORDER BY id";

    @TempDir
    Path dir;

    private ScriptFixture accounts(String body) {
        return new ScriptFixture(dir)
                .sql(
                        "a1",
                        "",
                        "CREATE TABLE account (id INTEGER PRIMARY KEY, email VARCHAR(100), normalized VARCHAR(100));\n"
                                + "INSERT INTO account (id, email) VALUES (1, ' Ann@X.io');\n"
                                + "INSERT INTO account (id, email) VALUES (2, '');\n"
                                + "INSERT INTO account (id, email) VALUES (3, NULL);",
                        "DROP TABLE account;")
                .java("b2", "a1", body);
    }

    private static List<String> rows(TestDatabase db) throws Exception {
        String sql = db.kind() == DatabaseKind.MARIADB
                ? "SELECT CONCAT(id, ':', COALESCE(email, '-'), ':', COALESCE(normalized, '-')) FROM account ORDER BY id"
                : ROWS;
        return query(db, sql);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aPreconditionRefusesWithTheOffendingCountBeforeAnythingChanges(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Retort retort = Retort.create(accounts(
                            """
                    public void upgrade(Ops op) {
                        op.requireNone("account", "email IS NULL OR email = ''", "have an empty email");
                        op.addColumn("account", "flag", Types.integer());
                        op.execute("UPDATE account SET normalized = lower(trim(email))");
                    }
                    public void downgrade(Ops op) { op.dropColumn("account", "flag"); }""")
                    .settings(db));
            retort.upgrade("a1", RunOptions.defaults(), MigrationListener.NONE);
            List<String> before = rows(db);

            assertThatThrownBy(() -> retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageStartingWith("revision b2 (versions/b2_r.java:7): precondition failed: 2 rows of account"
                            + " have an empty email")
                    .hasCauseInstanceOf(PreconditionFailedException.class);
            assertThat(retort.current()).containsExactly("a1");
            assertThat(rows(db)).isEqualTo(before);
            assertThat(columns(db, "account")).noneMatch(c -> c.startsWith("flag"));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aFailedPostconditionRollsTheDataChangesBack(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Retort retort = Retort.create(accounts(
                            """
                    public void upgrade(Ops op) {
                        var account = op.table("account", "id", "email", "normalized");
                        account.update().setSql("normalized", "lower(trim(email))")
                                .where(account.column("email").ne("")).execute();
                        op.checkNone("account", "email IS NOT NULL AND normalized IS NULL", "have no normalized email");
                        op.checkNone("account", account.column("normalized").eq(""), "have an empty normalized email");
                    }
                    public void downgrade(Ops op) { op.execute("UPDATE account SET normalized = NULL"); }""")
                    .settings(db));
            retort.upgrade("a1", RunOptions.defaults(), MigrationListener.NONE);
            List<String> before = rows(db);

            assertThatThrownBy(() -> retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageStartingWith(
                            "revision b2 (versions/b2_r.java:10): postcondition failed: 1 row of account"
                                    + " has no normalized email")
                    .hasCauseInstanceOf(PostconditionFailedException.class);
            assertThat(retort.current()).containsExactly("a1");
            assertThat(rows(db)).isEqualTo(before).containsExactly("1: Ann@X.io:-", "2::-", "3:-:-");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRowCountGuardFailsTheRevisionWhenRowsWentMissing(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Retort retort = Retort.create(accounts(
                            """
                    public void upgrade(Ops op) {
                        op.expectUnchangedRowCount("account");
                        op.table("account").delete().where("email = ?", "").execute();
                    }
                    public void downgrade(Ops op) { op.noop("test"); }""")
                    .settings(db));
            retort.upgrade("a1", RunOptions.defaults(), MigrationListener.NONE);

            assertThatThrownBy(() -> retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageStartingWith("revision b2 (versions/b2_r.java): postcondition failed: table account had"
                            + " 3 rows before this revision and has 2 after it");
            assertThat(retort.current()).containsExactly("a1");
            assertThat(rows(db)).hasSize(3);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theGuidesValidatedMigrationPassesItsChecks(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Retort retort = Retort.create(accounts(
                            """
                    public void upgrade(Ops op) {
                        op.execute("DELETE FROM account WHERE email IS NULL OR email = ''");
                        op.requireNone("account", "email IS NULL OR email = ''", "have an empty email");
                        op.expectUnchangedRowCount("account");
                        op.execute("UPDATE account SET normalized = LOWER(TRIM(email)) WHERE email IS NOT NULL");
                        op.checkNone("account", "email IS NOT NULL AND normalized IS NULL", "have no normalized email");
                    }
                    public void downgrade(Ops op) { op.execute("UPDATE account SET normalized = NULL"); }""")
                    .settings(db));
            retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE);
            assertThat(retort.current()).containsExactly("b2");
            assertThat(rows(db)).containsExactly("1: Ann@X.io:ann@x.io");
        }
    }
}
