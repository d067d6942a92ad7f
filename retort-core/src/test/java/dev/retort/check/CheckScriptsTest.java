package dev.retort.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.retort.Retort;
import dev.retort.SettingsLoader;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.RunOptions;
import dev.retort.testing.ScriptFixture;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckScriptsTest {
    @TempDir
    Path dir;

    private Retort retort() {
        return Retort.create(SettingsLoader.of(dir, Map.of()).load());
    }

    private Path file(String name) {
        return dir.resolve("migrations/versions/" + name);
    }

    @Test
    void everyBrokenFileIsReportedWithItsLineAndNothingIsCreated() {
        new ScriptFixture(dir)
                .sql("a1", "", "CREATE TABLE t (id INTEGER);\nINSERT INTO t VALUES ('oops);", "DROP TABLE t;")
                .java("b2", "a1", "public void upgrade(Ops op) { op.noSuchOp(); }\npublic void downgrade(Ops op) {}")
                .java(
                        "c3",
                        "b2",
                        "public void upgrade(Ops op) { op.execute(\"SELECT 1\"); }\n"
                                + "public void downgrade(Ops op) { /* nothing */ }")
                .sql("d4", "c3", "-- no-transaction is missing\nCREATE INDEX CONCURRENTLY ix ON t (id);", null)
                .sql("e5", "d4", "", "DROP TABLE nothing;");
        CheckReport report = retort().check(true);

        assertThat(report.findings())
                .extracting(Finding::code, Finding::file, Finding::line)
                .containsExactly(
                        tuple("sql", java.util.Optional.of(file("a1_r.sql")), 8),
                        tuple("compile", java.util.Optional.of(file("b2_r.java")), 6),
                        tuple("lint:empty-downgrade", java.util.Optional.of(file("c3_r.java")), 7),
                        tuple("lint:no-downgrade", java.util.Optional.of(file("d4_r.sql")), 0),
                        tuple("lint:concurrently-in-transaction", java.util.Optional.of(file("d4_r.sql")), 8),
                        tuple("lint:empty-upgrade", java.util.Optional.of(file("e5_r.sql")), 0));
        assertThat(report.findings().get(0).message()).startsWith("unterminated");
        assertThat(report.findings().get(1).message())
                .isEqualTo("cannot find symbol; symbol: method noSuchOp(); location: variable op of type"
                        + " dev.retort.ops.Ops");
        assertThat(report.findings().get(2).message())
                .isEqualTo("downgrade() is empty but upgrade() is not: reverting would leave the upgrade's changes in"
                        + " place; write the reverse operations, or throw IrreversibleMigrationException to refuse"
                        + " downgrades on purpose");
        assertThat(report.notes())
                .containsExactly("the database " + dir.resolve("retort.db")
                        + " does not exist yet (not created by check): every revision is pending");
        assertThat(report.databaseChecked()).isTrue();
        assertThat(report.pending()).isEqualTo(5);
        assertThat(dir.resolve("retort.db")).doesNotExist();
    }

    @Test
    void appliedRevisionsAreNotLintedAndMergesMayBeEmpty() {
        ScriptFixture fixture = new ScriptFixture(dir)
                .sql("a1", "", "CREATE TABLE t (id INTEGER);", null)
                .sql("b2", "a1", "CREATE TABLE u (id INTEGER);", "DROP TABLE u;")
                .sql("c3", "a1", "CREATE TABLE v (id INTEGER);", "DROP TABLE v;")
                .sql("m4", "b2, c3", "", "");
        retort().upgrade("c3", RunOptions.defaults(), MigrationListener.NONE);
        CheckReport report = retort().check(true);
        assertThat(report.findings()).isEmpty();
        assertThat(report.applied()).isEqualTo(2);
        assertThat(report.pending()).isEqualTo(2);

        fixture.sql("d5", "m4", "", "");
        assertThat(retort().check(true).findings()).extracting(Finding::code).containsExactly("lint:empty-upgrade");
        assertThat(retort().check(false).findings())
                .extracting(Finding::code)
                .containsExactly("lint:no-downgrade", "lint:empty-upgrade");
    }

    @Test
    void aBrokenGraphIsOneFinding() {
        new ScriptFixture(dir)
                .sql("a0", "", "SELECT 1;", "SELECT 1;")
                .sql("a1", "a0, b2", "SELECT 1;", "SELECT 1;")
                .sql("b2", "a1", "SELECT 1;", "SELECT 1;");
        CheckReport report = retort().check(true);
        assertThat(report.findings()).extracting(Finding::code).containsExactly("graph");
        assertThat(report.findings().get(0).message()).contains("cycle");
    }
}
