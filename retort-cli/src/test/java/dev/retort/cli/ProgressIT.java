package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.ScriptFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live progress bar, seen as a user sees it: the packaged command line runs under a
 * pseudo-terminal made by util-linux {@code script}, which records everything written to it.
 */
class ProgressIT {
    private static final Path LAUNCHER = Path.of(System.getProperty("retort.launcher", "../retort"));

    @TempDir
    Path dir;

    @Test
    void aBackfillShowsALiveBarOnATerminal() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is installed");
        new ScriptFixture(dir)
                .sql(
                        "a1",
                        "",
                        "CREATE TABLE item (id INTEGER PRIMARY KEY, n INTEGER);\n"
                                + "WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < 300)"
                                + " INSERT INTO item (id, n) SELECT i, 0 FROM seq;",
                        "DROP TABLE item;")
                .java(
                        "b2",
                        "a1",
                        """
                        public void upgrade(Ops op) {
                            op.backfill("item", b -> b.set("n", "n + 1").batchSize(20)
                                    .pauseBetweenBatches(java.time.Duration.ofMillis(80)));
                        }
                        public void downgrade(Ops op) { op.execute("UPDATE item SET n = 0"); }""");
        String launcher = LAUNCHER.toAbsolutePath().normalize().toString();
        Path typescript = dir.resolve("typescript");
        ProcessBuilder builder = new ProcessBuilder(
                        List.of("/usr/bin/script", "-qec", launcher + " upgrade", typescript.toString()))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(".out").toFile());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve(".cache").toString());
        builder.environment().remove("RETORT_URL");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String screen = Files.readString(typescript, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(screen).isZero();

        assertThat(screen).contains("Running upgrade a1 -> b2, java b2\r\n");
        // redrawn in place: several frames, each starting with a carriage return
        assertThat(screen.split("\r  backfill item \\[", -1).length - 1).isGreaterThanOrEqualTo(3);
        assertThat(screen)
                .containsPattern("\r  backfill item \\[#{24}\\] 100\\.0%  300/300 rows  [\\d,]+ rows/s  done *\r\n")
                .contains("Now at b2 (head)");
    }
}
