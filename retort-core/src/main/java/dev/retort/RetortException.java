package dev.retort;

/**
 * Root of every exception Retort throws. Unchecked: a migration that fails is not something the
 * caller can usually recover from mid-flight, and revision files should not need {@code throws}
 * clauses.
 *
 * <p>Messages are one line: what failed, the subject (revision, file, statement), why, and the next
 * step. They never contain a password or a bound parameter value.
 */
public class RetortException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a one-line message. */
    public RetortException(String message) {
        super(message);
    }

    /** Creates an exception with a one-line message and the underlying cause. */
    public RetortException(String message, Throwable cause) {
        super(message, cause);
    }
}
