package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.ScriptFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    private Cli.Result run(String... args) {
        return new Cli(dir).run(args);
    }

    private ScriptFixture scripts() {
        return new ScriptFixture(dir)
                .sql("a1", "", "CREATE TABLE t_a (id INTEGER PRIMARY KEY);", "DROP TABLE t_a;")
                .sql("b2", "a1", "CREATE TABLE t_b (id INTEGER PRIMARY KEY);", "DROP TABLE t_b;");
    }

    @Test
    void aCleanDirectoryPassesWithoutCreatingTheDatabase() {
        scripts();
        Cli.Result check = run("check");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).isEqualTo("No problems found: 2 revisions, 0 applied, 2 pending\n");
        assertThat(check.err()).isEmpty();
        assertThat(dir.resolve("retort.db")).doesNotExist();

        assertThat(run("check", "--verbose").out())
                .isEqualTo("note: the database " + dir.resolve("retort.db")
                        + " does not exist yet (not created by check): every revision is pending\n"
                        + "No problems found: 2 revisions, 0 applied, 2 pending\n");
        assertThat(run("check", "--no-database").out())
                .isEqualTo("No problems found: 2 revisions, database not read\n");
    }

    @Test
    void aChangedFileFailsCheckAndUpgradeUntilAccepted() throws Exception {
        scripts();
        assertThat(run("upgrade").exitCode()).isZero();
        Path b2 = dir.resolve("migrations/versions/b2_r.sql");
        Files.writeString(b2, Files.readString(b2).replace("(id INTEGER", "(id BIGINT"));

        Cli.Result check = run("check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out())
                .startsWith("migrations/versions/b2_r.sql: revision b2 changed after it was applied: checksum ")
                .endsWith(" now; restore the file, or accept the change with 'retort repair --accept b2'\n");
        assertThat(check.err()).isEqualTo("error: check found 1 problem (2 revisions, 2 applied, 0 pending)\n");

        Cli.Result json = run("check", "--json");
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out())
                .startsWith("{\"ok\":false,\"revisions\":2,\"database_checked\":true,\"applied\":2,\"pending\":0,"
                        + "\"findings\":[{\"code\":\"drift\",\"revision\":\"b2\",\"file\":\"migrations/versions/b2_r.sql\","
                        + "\"line\":null,\"message\":\"revision b2 changed after it was applied: checksum ")
                .endsWith("\"notes\":[]}\n");

        Cli.Result upgrade = run("upgrade");
        assertThat(upgrade.exitCode()).isEqualTo(1);
        assertThat(upgrade.err())
                .startsWith("error: revision b2 (versions/b2_r.sql) changed after it was applied (checksum ")
                .endsWith("; nothing was run\n");
        assertThat(upgrade.err().lines()).hasSize(1);

        Cli.Result repair = run("repair", "--accept", "b2");
        assertThat(repair.exitCode()).as(repair.toString()).isZero();
        assertThat(repair.err()).startsWith("Accepted the changed file of revision b2: checksum ");
        assertThat(run("check").exitCode()).isZero();
        assertThat(run("check", "--json").out())
                .isEqualTo("{\"ok\":true,\"revisions\":2,\"database_checked\":true,\"applied\":2,\"pending\":0,"
                        + "\"findings\":[],\"notes\":[]}\n");
    }

    @Test
    void repairNeedsExactlyOneAction() {
        scripts();
        Cli.Result none = run("repair", "b2");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err())
                .startsWith("error: Missing required argument (specify one of these):"
                        + " (--accept | --applied | --rolled-back | --forget)");
        Cli.Result two = run("repair", "--accept", "--forget", "b2");
        assertThat(two.exitCode()).isEqualTo(2);
        assertThat(two.err()).startsWith("error: --accept, --forget are mutually exclusive");
        Cli.Result notDirty = run("repair", "--applied", "b2");
        assertThat(notDirty.exitCode()).isEqualTo(1);
        assertThat(notDirty.err())
                .isEqualTo("error: revision b2 is not dirty: nothing to repair ('retort check' lists dirty"
                        + " revisions)\n");
    }
}
