package dev.retort.graph;

import java.util.List;
import java.util.Objects;

/**
 * One step of an upgrade or downgrade plan: the revision to run, the direction, and the changes to the
 * version table that record it (applied after the revision's own statements).
 *
 * @param revision the revision whose upgrade or downgrade runs
 * @param direction upgrade or downgrade
 * @param versionChanges the version-table rows to insert, delete or update, in order
 */
public record MigrationStep(RevisionNode revision, Direction direction, List<VersionChange> versionChanges) {

    /** Checks for nulls and copies the changes. */
    public MigrationStep {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(direction, "direction");
        versionChanges = List.copyOf(versionChanges);
    }
}
