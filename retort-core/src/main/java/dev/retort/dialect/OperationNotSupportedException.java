package dev.retort.dialect;

import dev.retort.RetortException;

/** The database cannot perform an operation (in place); the message names the operation and a way out. */
public final class OperationNotSupportedException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message. */
    public OperationNotSupportedException(String message) {
        super(message);
    }
}
