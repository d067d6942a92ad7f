package dev.retort.runtime;

import dev.retort.data.Progress;
import dev.retort.graph.MigrationStep;
import dev.retort.script.RevisionScript;
import java.time.Duration;

/**
 * Hears what a run does, step by step: the command line prints it, an application may log it.
 * Library code itself never prints.
 */
public interface MigrationListener {
    /** A listener that ignores everything. */
    MigrationListener NONE = new MigrationListener() {};

    /** A step is about to run. */
    default void stepStarting(MigrationStep step, RevisionScript script) {}

    /** A step committed. */
    default void stepFinished(MigrationStep step, RevisionScript script, Duration took) {}

    /** A step failed; the run stops with its error. */
    default void stepFailed(MigrationStep step, RevisionScript script) {}

    /** A free-form notice (e.g. a comment skipped on a database without comments). */
    default void notice(String message) {}

    /** Long work inside a step (a backfill) reports where it stands, after each batch and when it finishes. */
    default void progress(Progress progress) {}
}
