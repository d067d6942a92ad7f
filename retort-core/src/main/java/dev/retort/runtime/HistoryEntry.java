package dev.retort.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One row of {@code retort_history}: a step that was applied, reverted, stamped or failed.
 *
 * @param revision the revision's id
 * @param direction {@code upgrade}, {@code downgrade} or {@code stamp}
 * @param checksum the checksum of the revision file when it ran
 * @param startedAt when the step started
 * @param duration how long it took
 * @param appliedBy who ran it: operating-system user and host
 * @param outcome {@code success}, {@code failed} (rolled back) or {@code dirty} (partly applied)
 * @param detail the error, for a step that did not succeed (never a password or bound value)
 * @param rowsProcessed rows a data migration processed, when it counted them
 */
public record HistoryEntry(
        String revision,
        String direction,
        String checksum,
        Instant startedAt,
        Duration duration,
        String appliedBy,
        String outcome,
        Optional<String> detail,
        Optional<Long> rowsProcessed) {

    /** This entry with the rows a data migration processed. */
    public HistoryEntry withRows(Optional<Long> rows) {
        return new HistoryEntry(revision, direction, checksum, startedAt, duration, appliedBy, outcome, detail, rows);
    }
}
