package dev.retort.check;

import dev.retort.graph.MigrationStep;
import dev.retort.runtime.HistoryEntry;
import dev.retort.script.RevisionScript;
import java.util.List;
import java.util.Optional;

/**
 * A revision whose last history row is {@code resumable}: its run stopped during a backfill (or
 * failed after one), and what it committed is what the backfill's checkpoint in {@code
 * retort_checkpoint} accounts for. Running the same step again resumes it; any other run would
 * leave it half done, so runs that do not include it are refused.
 */
record InterruptedBackfill(HistoryEntry entry, Optional<RevisionScript> script) {
    static boolean isInterrupted(HistoryEntry entry) {
        return entry.outcome().equals("resumable");
    }

    String revision() {
        return entry.revision();
    }

    /** Whether {@code steps} run the interrupted step again (same revision, same direction). */
    boolean resumedBy(List<MigrationStep> steps) {
        return steps.stream()
                .anyMatch(s -> s.revision().id().equals(revision())
                        && s.direction().name().equalsIgnoreCase(entry.direction()));
    }

    Finding finding() {
        String message =
                describe() + "; run 'retort " + entry.direction() + "' to a target that includes it to" + " resume";
        return script.map(s -> Finding.inFile("interrupted", s, 0, message))
                .orElseGet(() -> Finding.inDatabase("interrupted", revision(), message));
    }

    String refusal() {
        return describe() + "; run 'retort " + entry.direction() + "' to a target that includes it to resume it"
                + " first, or undo its committed statements by hand and run 'retort repair --rolled-back "
                + revision() + "'; nothing was run";
    }

    private String describe() {
        return "revision " + revision()
                + script.map(s -> " (" + s.origin() + ")").orElse("") + " was interrupted in" + " a backfill of its "
                + entry.direction() + " (its committed batches and checkpoint are kept)";
    }
}
