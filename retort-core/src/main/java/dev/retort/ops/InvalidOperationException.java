package dev.retort.ops;

import dev.retort.RetortException;

/** An operation was described incompletely or inconsistently (no columns, an empty name, ...). */
public final class InvalidOperationException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message naming the operation and the fault. */
    public InvalidOperationException(String message) {
        super(message);
    }
}
