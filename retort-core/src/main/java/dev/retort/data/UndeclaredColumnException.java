package dev.retort.data;

import dev.retort.RetortException;

/**
 * A statement names a column that its {@link Table} handle did not declare: most likely a typo,
 * caught before any SQL runs.
 */
public final class UndeclaredColumnException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message naming the table and column. */
    public UndeclaredColumnException(String message) {
        super(message);
    }
}
