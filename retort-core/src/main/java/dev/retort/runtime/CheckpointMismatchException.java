package dev.retort.runtime;

import dev.retort.RetortException;

/**
 * A revision step was interrupted during a backfill, and on the rerun its code no longer runs the
 * same statements before that backfill: Retort cannot tell which of them already ran, so it stops
 * before running any.
 */
public final class CheckpointMismatchException extends RetortException {
    private static final long serialVersionUID = 1L;

    CheckpointMismatchException(Checkpoint checkpoint, String what, String table) {
        super("it was interrupted during backfill " + (checkpoint.backfill() + 1) + " (of " + checkpoint.table()
                + ", " + checkpoint.rowsDone() + " rows done, after " + checkpoint.prefixStatements()
                + " statements) and now " + what + ", so Retort cannot tell which statements already ran; restore the"
                + " revision as it was, or finish it by hand and delete its checkpoint: DELETE FROM " + table
                + " WHERE revision = '" + checkpoint.revision() + "' AND direction = '" + checkpoint.direction() + "'");
    }
}
