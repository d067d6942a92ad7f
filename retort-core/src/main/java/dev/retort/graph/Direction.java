package dev.retort.graph;

/** Which way a migration step moves: applying a revision or reverting it. */
public enum Direction {
    /** Applies the revision's upgrade. */
    UPGRADE,
    /** Applies the revision's downgrade. */
    DOWNGRADE
}
