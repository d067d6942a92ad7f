package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged command line through the {@code ./retort} launcher, as a user does. */
class LauncherIT {
    private static final Path LAUNCHER = Path.of(System.getProperty("retort.launcher", "../retort"));

    @TempDir
    Path dir;

    /**
     * Lets the launcher make this build's class-data archive before the tests look at output: the
     * first command after a build says that it does so.
     */
    @BeforeAll
    static void prepareTheArchive(@TempDir Path scratch) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        LAUNCHER.toAbsolutePath().normalize().toString(), "--version")
                .directory(scratch.toFile())
                .redirectOutput(scratch.resolve(".out").toFile())
                .redirectError(scratch.resolve(".err").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(scratch.resolve(".err")))
                .isZero();
    }

    record Run(int exitCode, String out, String err) {}

    private Run retort(String... args) throws IOException, InterruptedException {
        return retort(Map.of(), args);
    }

    private Run retort(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toAbsolutePath().normalize().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve(".cache").toString());
        builder.environment().remove("RETORT_URL");
        builder.environment().remove("RETORT_JAVA_OPTS");
        builder.environment().remove("RETORT_CDS");
        builder.environment().putAll(environment);
        Path out = dir.resolve(".out");
        Path err = dir.resolve(".err");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("retort finished in time")
                .isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private String generated(Run run) {
        Matcher m = Pattern.compile("versions/([0-9a-f]{12})_").matcher(run.out());
        assertThat(m.find()).as(run.out() + run.err()).isTrue();
        return m.group(1);
    }

    @Test
    void aNewUserInitsWritesRevisionsAndMigratesTheEmbeddedDatabase() throws Exception {
        assertThat(retort("init").exitCode()).isZero();
        String a = generated(retort("revision", "-m", "create account table", "--sql"));
        Path file = Files.list(dir.resolve("migrations/versions")).findFirst().orElseThrow();
        Files.writeString(
                file,
                Files.readString(file)
                        .replace(
                                "-- +retort upgrade\n",
                                "-- +retort upgrade\nCREATE TABLE account (id INTEGER PRIMARY KEY);\n")
                        .replace("-- +retort downgrade\n", "-- +retort downgrade\nDROP TABLE account;\n"));
        String b = generated(retort("revision", "-m", "add a column"));
        String c = generated(retort("revision", "-m", "add email"));

        Run history = retort("history");
        assertThat(history.exitCode()).isZero();
        assertThat(history.out())
                .isEqualTo(b + " -> " + c + " (head), add email\n" + a + " -> " + b + ", add a column\n<base> -> " + a
                        + ", create account table\n");

        Run upgrade = retort("upgrade");
        assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
        assertThat(upgrade.err()).contains("Running upgrade  -> " + a + ", create account table\n");
        assertThat(dir.resolve("retort.db")).exists();
        assertThat(retort("current").out()).isEqualTo(c + " (head)\n");

        // the generated downgrade() is empty: it must say that there is nothing to undo
        Run empty = retort("downgrade", "-1");
        assertThat(empty.exitCode()).isEqualTo(1);
        assertThat(empty.err()).contains("downgrade() issued no operation");
        Path revisionC = Files.list(dir.resolve("migrations/versions"))
                .filter(p -> p.getFileName().toString().startsWith(c))
                .findFirst()
                .orElseThrow();
        Files.writeString(
                revisionC,
                Files.readString(revisionC)
                        .replace(
                                "An empty downgrade fails.\n",
                                "An empty downgrade fails.\n        op.noop(\"empty\");\n"));
        assertThat(retort("downgrade", "-1").exitCode()).isZero();
        assertThat(retort("current", "--json").out()).startsWith("[{\"revision\":\"" + b + "\"");

        Run sql = retort("upgrade", "--sql", "--dialect", "postgresql", "base:head");
        assertThat(sql.exitCode()).as(sql.err()).isZero();
        assertThat(sql.out()).contains("CREATE TABLE account (id INTEGER PRIMARY KEY);", "BEGIN;", "COMMIT;");
    }

    @Test
    void commandsStartFromTheClassDataArchiveWithPicocliInIt() throws Exception {
        // the launcher's own flags, plus a log of where each class came from
        Run logged = retort(
                Map.of(
                        "RETORT_JAVA_OPTS",
                        "-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xshare:auto"
                                + " -Xlog:class+load=info"),
                "--version");
        assertThat(logged.exitCode()).isZero();
        // a dynamic archive cannot hold picocli's classes (class-file version 49); the static one does
        assertThat(logged.out())
                .contains("dev.retort.cli.RetortCommand source: shared objects file")
                .contains("picocli.CommandLine source: shared objects file");
    }

    @Test
    void usageErrorsExitTwoAndFailuresExitOneWithOneLine() throws Exception {
        Run usage = retort("upgrade", "--no-such-option");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).startsWith("error: Unknown option: '--no-such-option'");

        Run missing = retort("heads");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("error: script directory ").doesNotContain("\tat ");
        assertThat(missing.err().lines().count()).isEqualTo(1);

        Run verbose = retort("heads", "--verbose");
        assertThat(verbose.exitCode()).isEqualTo(1);
        assertThat(verbose.err()).contains("\tat dev.retort.");

        Run secret = retort("--url", "jdbc:postgresql://127.0.0.1:1/x?password=hunter2&connectTimeout=1", "current");
        assertThat(secret.exitCode()).isEqualTo(1);
        assertThat(secret.err()).contains("password=****").doesNotContain("hunter2");
    }
}
