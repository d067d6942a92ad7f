package dev.retort.bench;

import dev.retort.graph.GraphGenerator;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionNode;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 2's in-process targets: building, validating and topologically sorting 100,000 revisions
 * ({@code RevisionGraph.of} + {@code topologicalOrder}), and {@code heads} / {@code history} over
 * 10,000, all with 1% branch points and 1% merges from {@link GraphGenerator}. Also what the
 * commands do before that: reading a script directory of 10,000 files. The {@code cold} variants
 * run once per fresh JVM ({@code SingleShotTime}), the figure a command line sees.
 *
 * <pre>bench/run.sh graph-jmh</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GraphBenchmark {
    /** The generated graphs. */
    @State(Scope.Benchmark)
    public static class Graphs {
        List<RevisionNode> nodes100k;
        List<RevisionNode> nodes10k;
        RevisionGraph graph10k;

        /** Generates 100,000 and 10,000 revisions with 1% branch points and 1% merges. */
        @Setup(Level.Trial)
        public void generate() {
            nodes100k = GraphGenerator.generate(100_000, 0.01, 0.01, 1);
            nodes10k = GraphGenerator.generate(10_000, 0.01, 0.01, 1);
            graph10k = RevisionGraph.of(nodes10k);
        }
    }

    /** Script directories of 10,000 generated {@code .java} and {@code .sql} revisions. */
    @State(Scope.Benchmark)
    public static class Directories {
        Path root;

        /** Writes the directories. */
        @Setup(Level.Trial)
        public void generate() throws IOException {
            root = Files.createTempDirectory("retort-jmh-");
            ScriptGenerator.graph(root.resolve("java"), 10_000, 0.01, 0.01, ScriptKind.JAVA, 1);
            ScriptGenerator.graph(root.resolve("sql"), 10_000, 0.01, 0.01, ScriptKind.SQL, 1);
        }

        /** Removes them. */
        @TearDown(Level.Trial)
        public void delete() throws IOException {
            MigrationBenchmark.delete(root);
        }
    }

    /** Build, validate and sort 100,000 revisions. */
    @Benchmark
    public List<RevisionNode> buildAndSort100k(Graphs g) {
        return RevisionGraph.of(g.nodes100k).topologicalOrder();
    }

    /** The same, once in a fresh JVM (no warm-up): what a single command pays. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(value = 10, jvmArgsAppend = "-Xmx2g")
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public List<RevisionNode> buildAndSort100kCold(Graphs g) {
        return RevisionGraph.of(g.nodes100k).topologicalOrder();
    }

    /** The same, once in a fresh JVM with the command line's flags (C1 only, serial collector). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(
            value = 10,
            jvmArgsAppend = {"-Xmx2g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public List<RevisionNode> buildAndSort100kColdCliFlags(Graphs g) {
        return RevisionGraph.of(g.nodes100k).topologicalOrder();
    }

    /** Build 10,000 revisions and list the heads, as {@code retort heads} does after reading the files. */
    @Benchmark
    public List<RevisionNode> heads10k(Graphs g) {
        return RevisionGraph.of(g.nodes10k).heads();
    }

    /** Build 10,000 revisions and list them newest first, as {@code retort history} does. */
    @Benchmark
    public List<RevisionNode> history10k(Graphs g) {
        return RevisionGraph.of(g.nodes10k).history(null, Set.of());
    }

    /** {@code history} alone, on a graph already built. */
    @Benchmark
    public List<RevisionNode> historyOnBuiltGraph10k(Graphs g) {
        return g.graph10k.history(null, Set.of());
    }

    /** Read the metadata of 10,000 {@code .java} revision files. */
    @Benchmark
    public List<RevisionScript> readJavaScripts10k(Directories d) {
        return ScriptDirectory.open(d.root.resolve("java")).scripts();
    }

    /** Read the metadata of 10,000 {@code .sql} revision files. */
    @Benchmark
    public List<RevisionScript> readSqlScripts10k(Directories d) {
        return ScriptDirectory.open(d.root.resolve("sql")).scripts();
    }
}
