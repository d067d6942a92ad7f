package dev.retort.runtime;

import dev.retort.RetortException;

/**
 * The migration lock could not be taken: the database refused the locking statement, the lock file
 * could not be created, or the database is not one Retort can lock.
 */
public class MigrationLockException extends RetortException {
    private static final long serialVersionUID = 1L;

    MigrationLockException(String message, Throwable cause) {
        super(message, cause);
    }
}
