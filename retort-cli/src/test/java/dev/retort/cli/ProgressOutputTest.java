package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.ScriptFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backfill's progress on the command line when stderr is not a terminal, and with --quiet. */
class ProgressOutputTest {
    @TempDir
    Path dir;

    private void scripts() {
        new ScriptFixture(dir)
                .sql(
                        "a1",
                        "",
                        "CREATE TABLE item (id INTEGER PRIMARY KEY, n INTEGER);\n"
                                + "INSERT INTO item (id, n) VALUES (1, 0), (2, 0), (3, 0);",
                        "DROP TABLE item;")
                .java(
                        "b2",
                        "a1",
                        """
                        public void upgrade(Ops op) { op.backfill("item", b -> b.set("n", "n + 1").batchSize(2)); }
                        public void downgrade(Ops op) { op.execute("UPDATE item SET n = 0"); }""");
    }

    @Test
    void plainModePrintsTheFinalLineBetweenTheStepLines() {
        scripts();
        Cli.Result r = new Cli(dir).run("upgrade");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err())
                .matches("Running upgrade  -> a1, revision a1\n"
                        + "Running upgrade a1 -> b2, java b2\n"
                        + "  backfill item: 3/3 rows \\(100\\.0%\\), \\d+ rows/s, done\n"
                        + "Now at b2 \\(head\\)\n");
        assertThat(r.err()).doesNotContain("\r");
    }

    @Test
    void aFailedStepEndsItsLineBeforeTheError() {
        scripts();
        new ScriptFixture(dir)
                .java(
                        "c3",
                        "b2",
                        """
                        public void upgrade(Ops op) { op.backfill("item", b -> b.set("n", "no_such_column + 1")); }
                        public void downgrade(Ops op) { op.noop("nothing"); }""");
        Cli.Result r = new Cli(dir).run("upgrade");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err())
                .contains("Running upgrade b2 -> c3, java c3\nerror: revision c3 (versions/c3_r.java:6): ")
                .contains("no_such_column")
                .endsWith("; rolled back, the database is still at the previous revision\n");
    }

    @Test
    void quietPrintsNothing() {
        scripts();
        Cli.Result r = new Cli(dir).run("upgrade", "--quiet");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
    }
}
