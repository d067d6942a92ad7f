package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus ({@link BadInputCorpus}): every case exits 1 (2 for usage errors) with one
 * exact {@code error:} line on stderr, no stack trace, no password anywhere in the output, and the
 * database as it was.
 */
class BadInputTest {
    /** The password every case that passes one uses; it must never be printed. */
    static final String PASSWORD = "hunter2-Secret";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.retort.cli.BadInputCorpus#cases")
    void failsWithOneClearLineAndChangesNothing(BadInput c) throws Exception {
        try (TestDatabase db = c.database == null ? null : TestDatabase.create(c.database)) {
            Sandbox sandbox = new Sandbox(dir, db);
            c.setup.accept(sandbox);
            List<String> before = sandbox.snapshot();
            Cli cli = new Cli(dir);
            sandbox.env().forEach(cli::env);
            CompletableFuture<Void> during = c.during == null
                    ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(() -> c.during.accept(sandbox));
            Cli.Result result = runCapturingLogs(cli, c.args.apply(sandbox).toArray(String[]::new));
            during.get(30, TimeUnit.SECONDS);

            String expected = c.expected.apply(sandbox);
            // progress lines ("Running upgrade A -> B, message", one whole line before each step) are
            // output, not errors: the error has a line of its own
            List<String> progress =
                    result.err().lines().filter(l -> l.startsWith("Running ")).toList();
            assertThat(progress).allMatch(l -> l.matches("Running (upgrade|downgrade) .* -> .*"));
            List<String> lines =
                    result.err().lines().filter(l -> !l.startsWith("Running ")).toList();
            String first = lines.isEmpty() ? "" : lines.get(0);
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(c.exit);
            if (expected != null && expected.startsWith("~")) {
                assertThat(first).as(result.toString()).matches(expected.substring(1));
            } else if (c.exit == 2) {
                // a usage error ends with where to find the usage, on the same line
                assertThat(first)
                        .as(result.toString())
                        .startsWith(expected)
                        .matches(".* \\(see 'retort( [a-z]+)? --help'\\)");
            } else {
                assertThat(first).as(result.toString()).isEqualTo(expected);
            }
            assertThat(lines).as(result.toString()).hasSize(1);
            assertThat(result.out() + result.err()).doesNotContain(PASSWORD);
            assertThat(sandbox.snapshot()).as("the database is untouched").isEqualTo(before);
        }
    }

    /** Runs the command with logging (which goes to System.err) counted as its stderr too. */
    private static Cli.Result runCapturingLogs(Cli cli, String[] args) {
        PrintStream original = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        Cli.Result result;
        try {
            result = cli.run(args);
        } finally {
            System.setErr(original);
        }
        return new Cli.Result(result.exitCode(), result.out(), logs.toString(StandardCharsets.UTF_8) + result.err());
    }
}
