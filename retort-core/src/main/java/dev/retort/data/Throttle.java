package dev.retort.data;

import java.time.Duration;

/** Sleeps between batches: a fixed pause, and as long as needed to stay under a rate. Not thread-safe. */
final class Throttle {
    private final Duration pause;
    private final long maxRowsPerSecond;

    Throttle(Duration pause, long maxRowsPerSecond) {
        this.pause = pause;
        this.maxRowsPerSecond = maxRowsPerSecond;
    }

    /** Waits after a batch, given the rows this run processed and the time it has run. */
    void pause(long rows, Duration elapsed) {
        long millis = pause.toMillis();
        if (maxRowsPerSecond > 0) {
            long due = rows * 1000 / maxRowsPerSecond;
            millis = Math.max(millis, due - elapsed.toMillis());
        }
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackfillException("backfill interrupted while throttling; committed batches are kept", e);
        }
    }
}
