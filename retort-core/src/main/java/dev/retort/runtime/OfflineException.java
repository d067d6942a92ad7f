package dev.retort.runtime;

import dev.retort.RetortException;

/** A revision needs the live database (its connection) but is being rendered offline ({@code --sql}). */
public final class OfflineException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message. */
    public OfflineException(String message) {
        super(message);
    }

    /** Creates the exception with a one-line message and its cause. */
    public OfflineException(String message, Throwable cause) {
        super(message, cause);
    }
}
