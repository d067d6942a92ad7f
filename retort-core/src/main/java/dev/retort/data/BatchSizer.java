package dev.retort.data;

import java.time.Duration;

/**
 * Chooses how many rows the next batch takes: a fixed number, or a number that adapts so that each
 * batch takes about a target time. Big batches approach the throughput of one whole-table update;
 * short ones keep row locks brief. Adapting moves at most a factor of two per batch, so that one
 * slow or fast batch (a cold cache, a pause of the server) does not swing it. Not thread-safe.
 */
final class BatchSizer {
    static final int INITIAL = 1_000;
    static final int MIN = 100;
    static final int MAX = 100_000;

    private final boolean adaptive;
    private final long targetNanos;
    private int size;

    private BatchSizer(boolean adaptive, int size, Duration target) {
        this.adaptive = adaptive;
        this.size = size;
        this.targetNanos = target.toNanos();
    }

    static BatchSizer fixed(int size) {
        return new BatchSizer(false, size, Backfill.DEFAULT_TARGET);
    }

    static BatchSizer adaptive(Duration target) {
        return new BatchSizer(true, INITIAL, target);
    }

    int size() {
        return size;
    }

    /** Adapts to a batch of {@code rows} rows that took {@code took}. */
    void completed(long rows, Duration took) {
        // a short final batch says nothing about the size
        if (!adaptive || rows < size / 2) {
            return;
        }
        double ratio = (double) targetNanos / Math.max(1, took.toNanos());
        double factor = Math.max(0.5, Math.min(2.0, ratio));
        size = (int) Math.max(MIN, Math.min(MAX, Math.round(size * factor)));
    }

    /** Halves the size after a batch failed on a lock or timeout (adaptive only). */
    void failed() {
        if (adaptive) {
            size = Math.max(MIN, size / 2);
        }
    }
}
