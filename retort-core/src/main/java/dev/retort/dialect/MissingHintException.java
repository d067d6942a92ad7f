package dev.retort.dialect;

import dev.retort.RetortException;

/**
 * Rendering an operation needs a fact about the existing schema that was not given and cannot be
 * read (offline mode): the message names the operation and the hint to add.
 */
public final class MissingHintException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message. */
    public MissingHintException(String message) {
        super(message);
    }
}
