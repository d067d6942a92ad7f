package dev.retort.bench;

import dev.retort.script.ScriptKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 2's whole-process target: {@code retort heads} and {@code retort history} on a generated
 * directory of 10,000 revisions (1% branch points, 1% merges), including JVM start, against
 * {@code retort --version} (JVM start and the command line parser) measured in the same run.
 *
 * <pre>bench/run.sh graph-commands [REPETITIONS] [COUNT]</pre>
 */
public final class GraphCommandsBenchmark {
    private GraphCommandsBenchmark() {}

    /** Arguments: repetitions (default 10), revision count (default 10,000). */
    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Launch launch = Launch.fromEnvironment();
        Path work = Files.createTempDirectory("retort-bench-graph-");
        Path java = work.resolve("java");
        Path sql = work.resolve("sql");
        ScriptGenerator.graph(java, count, 0.01, 0.01, ScriptKind.JAVA, 1);
        ScriptGenerator.graph(sql, count, 0.01, 0.01, ScriptKind.SQL, 1);

        List<Variant> variants = new ArrayList<>();
        Variant floor = Variant.of("retort --version (floor)", launch.retort(work, "--version"));
        variants.add(floor);
        variants.add(Variant.of("java -jar retort.jar --version", launch.retortJar(work, "--version")));
        variants.add(Variant.of("retort heads (.java)", launch.retort(work, "-d", "java", "heads")));
        variants.add(Variant.of("retort history (.java)", launch.retort(work, "-d", "java", "history")));
        variants.add(Variant.of("retort heads (.sql)", launch.retort(work, "-d", "sql", "heads")));
        variants.add(Variant.of("retort history (.sql)", launch.retort(work, "-d", "sql", "history")));
        variants.add(
                Variant.of("java -jar retort.jar history (.java)", launch.retortJar(work, "-d", "java", "history")));
        List<Timing> timings = new ProcessTimer(repetitions).measure(variants);
        Report.print("retort heads / history, " + count + " revisions, whole process", timings, timings.get(0));
        MigrationBenchmark.delete(work);
    }
}
