package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCommandsTest {
    @TempDir
    Path dir;

    private Cli cli() {
        return new Cli(dir);
    }

    private String newRevision(String... args) {
        Cli.Result r = cli().run(args);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Matcher m = Pattern.compile("Generating migrations/versions/([0-9a-z_]+?)_.*\\.(java|sql) \\.\\.\\. done")
                .matcher(r.out());
        assertThat(m.find()).as(r.toString()).isTrue();
        return m.group(1);
    }

    @Test
    void initCreatesTheScriptDirectoryAndACommentedConfig() throws Exception {
        Cli.Result r = cli().run("init");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(dir.resolve("migrations/versions")).isDirectory();
        assertThat(dir.resolve("migrations/templates/revision.java.tmpl")).isRegularFile();
        assertThat(dir.resolve("migrations/templates/revision.sql.tmpl")).isRegularFile();
        assertThat(Files.readString(dir.resolve("retort.toml")))
                .contains("[database]", "# url = \"jdbc:postgresql://", "dir = \"migrations\"");
        assertThat(r.out()).contains("Generating retort.toml ... done");

        Cli.Result again = cli().run("init");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).startsWith("error: ").contains("migrations");
    }

    @Test
    void threeRevisionsMakeALinearHistory() {
        cli().run("init");
        String a = newRevision("revision", "-m", "create account table");
        String b = newRevision("revision", "-m", "add a column");
        String c = newRevision("revision", "-m", "add email", "--sql");
        assertThat(a).matches("[0-9a-f]{12}");

        Cli.Result history = cli().run("history");
        assertThat(history.exitCode()).isZero();
        assertThat(history.out())
                .isEqualTo(String.join(
                        "\n",
                        b + " -> " + c + " (head), add email",
                        a + " -> " + b + ", add a column",
                        "<base> -> " + a + ", create account table",
                        ""));

        Cli.Result heads = cli().run("heads");
        assertThat(heads.out()).isEqualTo(c + " (head)\n");
        assertThat(cli().run("show", c.substring(0, 6)).out())
                .startsWith("Rev: " + c + " (head)\nParent: " + b + "\n")
                .contains("Path: migrations/versions/" + c + "_add_email.sql");
        assertThat(cli().run("history", "-r", a + ":" + b).out())
                .isEqualTo(String.join(
                        "\n", a + " -> " + b + ", add a column", "<base> -> " + a + ", create account table", ""));
    }

    @Test
    void refusesToCreateASecondHeadSilentlyAndMerges() {
        cli().run("init");
        String a = newRevision("revision", "-m", "base");
        String b = newRevision("revision", "-m", "one");
        Cli.Result notHead = cli().run("revision", "-m", "two", "--head", a);
        assertThat(notHead.exitCode()).isEqualTo(1);
        assertThat(notHead.err())
                .isEqualTo("error: revision " + a + " is not a head: pass --splice to start a new"
                        + " branch from it, or --head with a head (" + b + ")\n");

        String c = newRevision("revision", "-m", "two", "--head", a, "--splice", "--branch-label", "feature");
        Cli.Result two = cli().run("revision", "-m", "three");
        assertThat(two.exitCode()).isEqualTo(1);
        assertThat(two.err()).startsWith("error: multiple heads are present (").contains(b, c);

        assertThat(cli().run("branches").out()).startsWith(a + " (branchpoint)\n");
        String m = newRevision("merge", "-m", "merge them", "heads");
        assertThat(cli().run("heads").out()).isEqualTo(m + " (head)\n");
        assertThat(cli().run("show", m).out()).contains("Rev: " + m + " (head) (mergepoint)\nMerges: ");
        assertThat(cli().run("history").out().lines().findFirst().orElseThrow())
                .matches(".*" + m + " \\(head\\) \\(mergepoint\\), merge them");
        String d = newRevision("revision", "-m", "on feature", "--head", "feature@head", "--splice");
        assertThat(cli().run("show", "feature@head").out()).startsWith("Rev: " + d);
    }

    @Test
    void jsonOutputs() {
        cli().run("init");
        String a = newRevision("revision", "-m", "first");
        Cli.Result heads = cli().run("heads", "--json");
        assertThat(heads.out()).startsWith("[{\"revision\":\"" + a + "\",\"revises\":[],\"branch_labels\":[]");
        assertThat(cli().run("--json", "history").out()).contains("\"message\":\"first\"", "\"head\":true");
    }

    @Test
    void errorsAreOneLineWithExitCodes() throws Exception {
        cli().run("init");
        newRevision("revision", "-m", "first", "--rev-id", "aaaa1111");
        newRevision("revision", "-m", "second", "--rev-id", "aaaa2222");
        Cli.Result ambiguous = cli().run("show", "aaaa");
        assertThat(ambiguous.exitCode()).isEqualTo(1);
        assertThat(ambiguous.err()).startsWith("error: ").contains("aaaa1111", "aaaa2222");
        assertThat(ambiguous.err().lines().count()).isEqualTo(1);

        Cli.Result unknown = cli().run("show", "zzzz");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("error: ").contains("zzzz");

        Cli.Result usage = cli().run("show");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).startsWith("error: Missing required parameter");

        Cli.Result duplicateId = cli().run("revision", "-m", "again", "--rev-id", "aaaa1111");
        assertThat(duplicateId.err())
                .isEqualTo("error: revision id 'aaaa1111' is already used by versions/aaaa1111_first.java\n");

        Files.writeString(dir.resolve("retort.toml"), "[scripts]\ndir = \"migrations\"\nbogus = 1\n");
        Cli.Result badConfig = cli().run("heads");
        assertThat(badConfig.exitCode()).isEqualTo(1);
        assertThat(badConfig.err())
                .isEqualTo("error: " + dir.resolve("retort.toml")
                        + ":3: unknown key 'scripts.bogus' (known in [scripts]: dir, version_locations)\n");
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheCommand() {
        cli().run("init", "db");
        Cli.Result before = cli().run("-d", "db", "revision", "-m", "x");
        Cli.Result after = cli().run("revision", "-m", "y", "-d", "db");
        assertThat(before.exitCode()).as(before.toString()).isZero();
        assertThat(after.exitCode()).as(after.toString()).isZero();
        assertThat(cli().run("history", "-d", "db").out().lines().toList()).hasSize(2);
        assertThat(List.of(before.out(), after.out())).allMatch(s -> s.contains("db/versions/"));
    }
}
