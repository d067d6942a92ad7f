package dev.retort.runtime;

import dev.retort.RetortException;

/** A statement Retort issued for its own bookkeeping (version or history table) failed. */
public final class DatabaseException extends RetortException {
    private static final long serialVersionUID = 1L;

    DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
