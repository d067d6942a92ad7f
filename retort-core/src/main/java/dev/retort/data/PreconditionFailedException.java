package dev.retort.data;

import dev.retort.RetortException;

/**
 * A migration's precondition does not hold (for example, rows that the migration cannot handle
 * exist): the migration refuses to go on. The message carries the offending count.
 */
public final class PreconditionFailedException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message. */
    public PreconditionFailedException(String message) {
        super(message);
    }
}
