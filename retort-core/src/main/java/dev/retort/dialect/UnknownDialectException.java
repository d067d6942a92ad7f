package dev.retort.dialect;

import dev.retort.RetortException;

/** No dialect serves a JDBC URL or answers to a name; the message lists the known ones. */
public final class UnknownDialectException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message. */
    public UnknownDialectException(String message) {
        super(message);
    }
}
