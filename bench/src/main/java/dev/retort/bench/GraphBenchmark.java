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
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GraphBenchmark {
    private List<RevisionNode> nodes100k;
    private List<RevisionNode> nodes10k;
    private RevisionGraph graph10k;
    private Path directory;

    /** Generates the graphs and a script directory of 10,000 {@code .java} and one of {@code .sql} files. */
    @Setup(Level.Trial)
    public void generate() throws IOException {
        nodes100k = GraphGenerator.generate(100_000, 0.01, 0.01, 1);
        nodes10k = GraphGenerator.generate(10_000, 0.01, 0.01, 1);
        graph10k = RevisionGraph.of(nodes10k);
        directory = Files.createTempDirectory("retort-jmh-");
        ScriptGenerator.graph(directory.resolve("java"), 10_000, 0.01, 0.01, ScriptKind.JAVA, 1);
        ScriptGenerator.graph(directory.resolve("sql"), 10_000, 0.01, 0.01, ScriptKind.SQL, 1);
    }

    /** Removes the script directories. */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        MigrationBenchmark.delete(directory);
    }

    /** Build, validate and sort 100,000 revisions. */
    @Benchmark
    public List<RevisionNode> buildAndSort100k() {
        return RevisionGraph.of(nodes100k).topologicalOrder();
    }

    /** The same, once in a fresh JVM (no warm-up): what a single command pays. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(value = 10, jvmArgsAppend = "-Xmx2g")
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public List<RevisionNode> buildAndSort100kCold() {
        return RevisionGraph.of(nodes100k).topologicalOrder();
    }

    /** Build 10,000 revisions and list the heads, as {@code retort heads} does after reading the files. */
    @Benchmark
    public List<RevisionNode> heads10k() {
        return RevisionGraph.of(nodes10k).heads();
    }

    /** Build 10,000 revisions and list them newest first, as {@code retort history} does. */
    @Benchmark
    public List<RevisionNode> history10k() {
        return RevisionGraph.of(nodes10k).history(null, Set.of());
    }

    /** {@code history} alone, on a graph already built. */
    @Benchmark
    public List<RevisionNode> historyOnBuiltGraph10k() {
        return graph10k.history(null, Set.of());
    }

    /** Read the metadata of 10,000 {@code .java} revision files. */
    @Benchmark
    public List<RevisionScript> readJavaScripts10k() {
        return ScriptDirectory.open(directory.resolve("java")).scripts();
    }

    /** Read the metadata of 10,000 {@code .sql} revision files. */
    @Benchmark
    public List<RevisionScript> readSqlScripts10k() {
        return ScriptDirectory.open(directory.resolve("sql")).scripts();
    }
}
