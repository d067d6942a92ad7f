package dev.retort.data;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/** Turns batches into {@link Progress} reports: rows done, total, rate and time left. Not thread-safe. */
final class ProgressMeter {
    private final String task;
    private final Consumer<Progress> listener;
    private final long startDone;
    private final long startNanos = System.nanoTime();
    private long done;
    private long total;

    ProgressMeter(String task, long done, long total, Consumer<Progress> listener) {
        this.task = task;
        this.startDone = done;
        this.done = done;
        this.total = Math.max(total, done);
        this.listener = listener;
    }

    void started() {
        listener.accept(report(false));
    }

    void advance(long rows) {
        done += rows;
        total = Math.max(total, done);
        listener.accept(report(false));
    }

    void finish() {
        total = done;
        listener.accept(report(true));
    }

    long done() {
        return done;
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private Progress report(boolean finished) {
        double seconds = elapsed().toNanos() / 1e9;
        double rate = seconds > 0 ? (done - startDone) / seconds : 0;
        Optional<Duration> eta =
                rate > 0 ? Optional.of(Duration.ofMillis((long) ((total - done) / rate * 1000))) : Optional.empty();
        return new Progress(task, done, total, rate, finished ? Optional.of(Duration.ZERO) : eta, finished);
    }
}
