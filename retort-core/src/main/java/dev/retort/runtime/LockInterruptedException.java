package dev.retort.runtime;

/**
 * The thread waiting for the migration lock was interrupted; its interrupt status is set again so
 * that callers up the stack still see it.
 */
public final class LockInterruptedException extends MigrationLockException {
    private static final long serialVersionUID = 1L;

    LockInterruptedException(String message, Throwable cause) {
        super(message, cause);
    }
}
