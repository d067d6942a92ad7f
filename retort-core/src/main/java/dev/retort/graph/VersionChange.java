package dev.retort.graph;

import java.util.Objects;
import java.util.Set;

/**
 * A change to the version table, which holds one row per current head.
 *
 * <p>Applying a plan's changes in order to the rows the plan started from gives the rows the database
 * must hold afterwards; {@link #applyTo(Set)} does exactly that in memory.
 */
public sealed interface VersionChange permits VersionChange.Insert, VersionChange.Delete, VersionChange.Update {

    /**
     * Applies this change to an in-memory copy of the version table's rows.
     *
     * @throws IllegalStateException if the rows do not hold what the change expects (a bug in the plan)
     */
    void applyTo(Set<String> rows);

    /** Adds a row: a new branch head. */
    record Insert(String revision) implements VersionChange {
        /** Checks for null. */
        public Insert {
            Objects.requireNonNull(revision, "revision");
        }

        @Override
        public void applyTo(Set<String> rows) {
            if (!rows.add(revision)) {
                throw new IllegalStateException("cannot insert " + revision + ": already in " + rows);
            }
        }
    }

    /** Removes a row: a branch head that is gone. */
    record Delete(String revision) implements VersionChange {
        /** Checks for null. */
        public Delete {
            Objects.requireNonNull(revision, "revision");
        }

        @Override
        public void applyTo(Set<String> rows) {
            if (!rows.remove(revision)) {
                throw new IllegalStateException("cannot delete " + revision + ": not in " + rows);
            }
        }
    }

    /** Moves a row from one revision to another. */
    record Update(String from, String to) implements VersionChange {
        /** Checks for nulls. */
        public Update {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public void applyTo(Set<String> rows) {
            if (rows.contains(to) || !rows.remove(from)) {
                throw new IllegalStateException("cannot update " + from + " to " + to + " in " + rows);
            }
            rows.add(to);
        }
    }
}
