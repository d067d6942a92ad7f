package dev.retort.check;

import dev.retort.runtime.HistoryEntry;
import dev.retort.script.RevisionScript;
import java.util.Optional;

/**
 * A revision whose last history row says it was left partly applied: {@code running} (the run
 * died in it) or {@code dirty} (it failed after the database had committed part of it).
 */
record DirtyRevision(HistoryEntry entry, Optional<RevisionScript> script) {
    private static final int DETAIL_LIMIT = 600;

    static boolean isDirty(HistoryEntry entry) {
        return entry.outcome().equals("running") || entry.outcome().equals("dirty");
    }

    String revision() {
        return entry.revision();
    }

    Finding finding() {
        // check does not take the migration lock: a running row may belong to a run in progress
        String message = describe(" (unless a migration is running right now)") + "; " + wayOut();
        return script.map(s -> Finding.inFile("dirty", s, 0, message))
                .orElseGet(() -> Finding.inDatabase("dirty", revision(), message));
    }

    String refusal(String more) {
        // the caller holds the migration lock, so no other run can own a running row
        return describe("") + "; " + wayOut() + "; nothing was run" + more;
    }

    private String describe(String unlessRunning) {
        String subject = "revision " + revision()
                + script.map(s -> " (" + s.origin() + ")").orElse("") + " is dirty: ";
        String what = entry.outcome().equals("running")
                ? "its " + HistoryText.step(entry) + " never finished" + unlessRunning
                        + " (the process or its database connection died in the middle of it)"
                : "its " + HistoryText.step(entry) + " failed after the database had committed part of it";
        return subject
                + what
                + entry.detail()
                        .map(d -> "; recorded: " + shorten(withoutAdvice(d)))
                        .orElse("");
    }

    private String wayOut() {
        String id = revision();
        return "check the schema, then run 'retort repair --applied " + id + "' if all of the revision's "
                + entry.direction()
                + " is in place (finish it by hand first if needed) or 'retort repair --rolled-back " + id
                + "' if none of it is (undo the committed statements first)";
    }

    /** A failure's recorded message ends with what to do then; the refusal says what to do now. */
    private static String withoutAdvice(String detail) {
        for (String advice : new String[] {"; the version table still names", "; the failure could not be recorded"}) {
            int at = detail.indexOf(advice);
            if (at >= 0) {
                detail = detail.substring(0, at);
            }
        }
        return detail;
    }

    private static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= DETAIL_LIMIT ? flat : flat.substring(0, DETAIL_LIMIT) + "...";
    }
}
