package dev.retort.runtime;

import dev.retort.RetortException;

/**
 * A SQLite table rebuild ({@code batchAlterTable}) cannot be done as asked: the table is missing,
 * it uses a clause a rebuild would lose, a change contradicts the table, or foreign keys enforced
 * inside the transaction would fire on the drop. Raised before the table is touched; the message
 * says what to do instead.
 */
public final class TableRebuildException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message. */
    public TableRebuildException(String message) {
        super(message);
    }
}
