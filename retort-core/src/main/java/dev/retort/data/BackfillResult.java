package dev.retort.data;

import java.time.Duration;

/**
 * What a backfill did.
 *
 * @param rows rows processed, including those of an interrupted run this one resumed
 * @param batches batches committed by this run
 * @param duration how long this run took
 * @param longestBatch the longest batch of this run, from its first statement to its commit: the
 *     longest time it held row locks
 */
public record BackfillResult(long rows, long batches, Duration duration, Duration longestBatch) {
    /** A backfill that had nothing to do (done by an interrupted run, or rendered offline). */
    public static BackfillResult none() {
        return new BackfillResult(0, 0, Duration.ZERO, Duration.ZERO);
    }
}
