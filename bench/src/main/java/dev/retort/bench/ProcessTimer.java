package dev.retort.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times whole processes: a discarded warm-up round, then {@code repetitions} rounds that run every
 * variant once each, in an order rotated per round so that a noisy moment on a shared machine does
 * not always hit the same variant, with dirty pages written out before each. Output goes to a file, not a pipe, so the child never waits on us.
 */
final class ProcessTimer {
    private final int repetitions;
    private final Path log;

    ProcessTimer(int repetitions) throws IOException {
        this.repetitions = repetitions;
        this.log = Files.createTempFile("retort-bench-", ".log");
        log.toFile().deleteOnExit();
    }

    List<Timing> measure(List<Variant> variants) throws Exception {
        Map<Variant, List<Double>> times = new LinkedHashMap<>();
        variants.forEach(v -> times.put(v, new ArrayList<>()));
        for (int round = 0; round <= repetitions; round++) {
            for (int i = 0; i < variants.size(); i++) {
                Variant variant = variants.get((i + round) % variants.size());
                double seconds = once(variant);
                if (round > 0) {
                    times.get(variant).add(seconds);
                }
            }
            System.err.printf(
                    Locale.ROOT, "round %d of %d done%s%n", round, repetitions, round == 0 ? " (warm-up)" : "");
        }
        List<Timing> result = new ArrayList<>();
        times.forEach((v, s) -> result.add(new Timing(v.name(), s)));
        return result;
    }

    private double once(Variant variant) throws Exception {
        Command command = variant.setUp();
        try {
            settleDisk();
            return run(command);
        } finally {
            variant.tearDown();
        }
    }

    /**
     * Writes out what earlier runs left dirty ({@code sync}, not timed): otherwise the first commits
     * of the next run, whose fsync makes the file system commit its journal, pay for the previous
     * run's writes (a thousand class files, a deleted database) and the penalty lands on whichever
     * variant follows a heavy writer.
     */
    private static void settleDisk() throws IOException, InterruptedException {
        new ProcessBuilder("sync").inheritIO().start().waitFor();
    }

    /** Runs {@code command} to completion and returns its wall time; fails on a non-zero exit. */
    double run(Command command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command.argv())
                .directory(command.directory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().remove("RETORT_JAVA_OPTS");
        builder.environment().putAll(command.environment());
        long start = System.nanoTime();
        Process process = builder.start();
        int exit = process.waitFor();
        long end = System.nanoTime();
        if (exit != 0) {
            String output = Files.readString(log, StandardCharsets.UTF_8);
            throw new IllegalStateException("exit " + exit + " from " + String.join(" ", command.argv()) + ":\n"
                    + output.substring(Math.max(0, output.length() - 2000)));
        }
        return (end - start) / 1e9;
    }
}
