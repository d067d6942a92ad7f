package dev.retort;

/**
 * A downgrade would pass through a revision whose downgrade cannot be done. Retort refuses the
 * whole downgrade before running any of it, naming the revision, rather than skipping it.
 */
public final class IrreversibleMigrationException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message naming the revision and why. */
    public IrreversibleMigrationException(String message) {
        super(message);
    }
}
