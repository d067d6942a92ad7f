package dev.retort.runtime;

import dev.retort.RetortException;

/**
 * After a SQLite table rebuild, rows reference rows that do not exist ({@code PRAGMA
 * foreign_key_check}), or a foreign key no longer matches a key of the rebuilt table. Raised inside
 * the transaction, so that the revision rolls back; the message names the tables and the number of
 * rows.
 */
public final class ForeignKeyViolationException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message. */
    public ForeignKeyViolationException(String message) {
        super(message);
    }

    /** Creates the exception with a one-line message and the database's refusal. */
    public ForeignKeyViolationException(String message, Throwable cause) {
        super(message, cause);
    }
}
