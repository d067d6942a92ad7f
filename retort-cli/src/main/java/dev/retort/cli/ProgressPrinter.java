package dev.retort.cli;

import dev.retort.data.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows the progress of long work inside a step. On a terminal: one live bar, redrawn in place with
 * carriage returns (at most ten times a second) and left on screen when the work finishes. Else
 * (a log, a pipe): a plain line every few seconds and one when the work finishes. Not thread-safe.
 */
final class ProgressPrinter {
    static final Duration PLAIN_INTERVAL = Duration.ofSeconds(5);
    private static final long BAR_INTERVAL_NANOS = Duration.ofMillis(100).toNanos();
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private final long intervalNanos;
    private final LongSupplier clock;
    private long last = Long.MIN_VALUE;
    private int width;

    ProgressPrinter(PrintWriter err, boolean terminal, Duration plainInterval, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.intervalNanos = terminal ? BAR_INTERVAL_NANOS : plainInterval.toNanos();
        this.clock = clock;
    }

    /** Whether this process writes to a terminal. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    /** A step began: its work's first report starts afresh. */
    void stepStarting() {
        last = Long.MIN_VALUE;
        width = 0;
    }

    /** Ends a bar left open by work that failed. */
    void interrupted() {
        if (terminal && width > 0) {
            err.println();
            width = 0;
        }
    }

    void progress(Progress progress) {
        long now = clock.getAsLong();
        boolean first = last == Long.MIN_VALUE;
        if (!progress.finished() && !first && now - last < intervalNanos) {
            return;
        }
        if (!progress.finished() && first && !terminal) {
            // plain mode prints after an interval: short work shows only its final line
            last = now;
            return;
        }
        last = now;
        if (terminal) {
            String bar = bar(progress);
            err.print("\r" + bar + " ".repeat(Math.max(0, width - bar.length())));
            width = bar.length();
            if (progress.finished()) {
                err.println();
                width = 0;
            }
        } else {
            err.println(plain(progress));
        }
        err.flush();
    }

    static String bar(Progress p) {
        int filled = (int) Math.round(p.percent() / 100 * BAR_WIDTH);
        return String.format(
                Locale.ROOT,
                "  %s [%s%s] %5.1f%%  %,d/%,d rows  %,.0f rows/s  %s",
                p.task(),
                "#".repeat(filled),
                "-".repeat(BAR_WIDTH - filled),
                p.percent(),
                p.done(),
                p.total(),
                p.rowsPerSecond(),
                p.finished()
                        ? "done"
                        : "ETA " + p.eta().map(ProgressPrinter::clock).orElse("?"));
    }

    static String plain(Progress p) {
        return String.format(
                Locale.ROOT,
                "  %s: %d/%d rows (%.1f%%), %.0f rows/s, %s",
                p.task(),
                p.done(),
                p.total(),
                p.percent(),
                p.rowsPerSecond(),
                p.finished()
                        ? "done"
                        : "ETA " + p.eta().map(ProgressPrinter::clock).orElse("?"));
    }

    /** {@code 0:27}, {@code 1:02:03}. */
    static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
