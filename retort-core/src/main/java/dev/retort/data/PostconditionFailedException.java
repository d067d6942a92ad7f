package dev.retort.data;

import dev.retort.RetortException;

/**
 * A migration's postcondition does not hold after its changes (rows left unconverted, a row count
 * that changed): the revision fails and its transaction is rolled back. The message carries the
 * offending count.
 */
public final class PostconditionFailedException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message. */
    public PostconditionFailedException(String message) {
        super(message);
    }
}
