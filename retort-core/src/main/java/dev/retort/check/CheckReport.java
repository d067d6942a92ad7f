package dev.retort.check;

import java.util.List;

/**
 * What {@code retort check} found.
 *
 * @param findings the problems, in the order checked (scripts, database, lint); empty means all is well
 * @param notes what was not checked and why, or checked with less to go on (for {@code --verbose})
 * @param revisions how many revision files the script directory holds
 * @param databaseChecked whether the database was read (it is not created just to be checked)
 * @param applied how many revisions the database has applied (0 when not checked)
 */
public record CheckReport(
        List<Finding> findings, List<String> notes, int revisions, boolean databaseChecked, int applied) {
    /** Copies the lists. */
    public CheckReport {
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    /** Whether nothing was found. */
    public boolean ok() {
        return findings.isEmpty();
    }

    /** How many revisions are not applied yet (all of them when the database was not checked). */
    public int pending() {
        return revisions - applied;
    }
}
