package dev.retort.ops;

import dev.retort.RetortException;

/** {@link Operation#reverse()} was asked of an operation that does not carry what its reverse needs. */
public final class IrreversibleOperationException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message naming the operation and what is missing. */
    public IrreversibleOperationException(String message) {
        super(message);
    }
}
