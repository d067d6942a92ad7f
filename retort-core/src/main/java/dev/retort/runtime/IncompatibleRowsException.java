package dev.retort.runtime;

import dev.retort.RetortException;

/**
 * Rows of a table do not fit the definition a {@code batchAlterTable} rebuild gives it: NULLs in a
 * column made {@code NOT NULL}, or values that a type change would not convert without loss (text
 * that is not a number into a numeric column). Found by counting before any row is copied; the
 * message names the column and the number of rows, never their values.
 */
public final class IncompatibleRowsException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message. */
    public IncompatibleRowsException(String message) {
        super(message);
    }
}
