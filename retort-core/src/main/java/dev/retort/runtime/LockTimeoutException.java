package dev.retort.runtime;

/** Another run held the migration lock for longer than the configured timeout. */
public final class LockTimeoutException extends MigrationLockException {
    private static final long serialVersionUID = 1L;

    LockTimeoutException(String message) {
        super(message, null);
    }
}
