package dev.retort.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged command line ({@code target/retort.jar}) run as a separate JVM, so that it can be
 * killed with SIGKILL ({@link Process#destroyForcibly()}) like a container being evicted.
 */
final class RetortProcess {
    private static final Path JAR = Path.of(System.getProperty("retort.jar", "target/retort.jar"));
    private static int counter;

    private final Process process;
    private final Path out;
    private final Path err;

    private RetortProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code retort args...} in {@code dir}, its output going to files in {@code dir}. */
    static RetortProcess start(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:CICompilerCount=1",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "-Xmx128m",
                "-jar",
                JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        int n;
        synchronized (RetortProcess.class) {
            n = ++counter;
        }
        Path out = dir.resolve(".out-" + n);
        Path err = dir.resolve(".err-" + n);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("RETORT_URL");
        builder.environment().remove("RETORT_PASSWORD");
        builder.environment().put("XDG_CACHE_HOME", dir.resolve(".cache").toString());
        try {
            return new RetortProcess(
                    builder.redirectOutput(out.toFile())
                            .redirectError(err.toFile())
                            .start(),
                    out,
                    err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits up to {@code millis}; true if the process ended by itself. */
    boolean waitFor(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    /** SIGKILL, then waits for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    int exitCode() {
        return process.exitValue();
    }

    String out() {
        return read(out);
    }

    String err() {
        return read(err);
    }

    /** Runs to the end (at most two minutes) and returns the exit code. */
    int finish() throws InterruptedException {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("retort did not finish in two minutes: " + err());
        }
        return process.exitValue();
    }

    @Override
    public String toString() {
        return "exit " + (process.isAlive() ? "(running)" : process.exitValue()) + "\n--- stdout\n" + out()
                + "--- stderr\n" + err();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
