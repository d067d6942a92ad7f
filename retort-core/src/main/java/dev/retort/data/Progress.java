package dev.retort.data;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a long-running piece of work stands, reported after each batch of a backfill.
 *
 * @param task what is running: {@code backfill large_table}
 * @param done rows processed so far, including those of an interrupted run this one resumes
 * @param total the rows expected: counted when the work started and raised when rows inserted
 *     since make {@code done} pass it
 * @param rowsPerSecond the rate of this run so far
 * @param eta the time left at that rate, when there is a rate
 * @param finished whether this is the last report of the task
 */
public record Progress(
        String task, long done, long total, double rowsPerSecond, Optional<Duration> eta, boolean finished) {
    /** Checks the components. */
    public Progress {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(eta, "eta");
    }

    /** Done as a percentage of total (100 when total is 0). */
    public double percent() {
        return total <= 0 ? 100.0 : Math.min(100.0, 100.0 * done / total);
    }
}
