package dev.retort.bench;

import dev.retort.Retort;
import dev.retort.SettingsLoader;
import dev.retort.graph.MigrationStep;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.RunOptions;
import dev.retort.script.RevisionScript;
import dev.retort.testing.ScriptFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A backfill run the way users run it: a Java revision applied with {@code Retort.upgrade}, its
 * batches checkpointed in {@code retort_checkpoint}. The step's duration is timed (the revision is
 * compiled before it starts); the revision hands out its {@code BackfillResult} through system
 * properties, since it runs in this JVM.
 */
final class RetortBackfill {
    /** The outcome of one run. */
    record Outcome(Duration took, long batches, Duration longestBatch) {}

    private RetortBackfill() {}

    static Outcome run(Path work, String url, String definition) throws Exception {
        Path dir = Files.createTempDirectory(work, "scripts-");
        new ScriptFixture(dir)
                .java(
                        "b1",
                        "",
                        """
                        public void upgrade(Ops op) {
                            var result = op.backfill("large_table", b -> b%s);
                            System.setProperty("bench.batches", String.valueOf(result.batches()));
                            System.setProperty("bench.longestMs", String.valueOf(result.longestBatch().toMillis()));
                        }
                        public void downgrade(Ops op) { op.noop("benchmark"); }"""
                                .formatted(definition));
        Duration[] took = new Duration[1];
        Retort retort = Retort.create(SettingsLoader.of(dir, Map.of()).url(url).load());
        retort.upgrade("heads", RunOptions.defaults(), new MigrationListener() {
            @Override
            public void stepFinished(MigrationStep step, RevisionScript script, Duration duration) {
                took[0] = duration;
            }
        });
        return new Outcome(
                took[0],
                Long.parseLong(System.getProperty("bench.batches")),
                Duration.ofMillis(Long.parseLong(System.getProperty("bench.longestMs"))));
    }
}
