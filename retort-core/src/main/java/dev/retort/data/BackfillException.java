package dev.retort.data;

import dev.retort.RetortException;

/**
 * A backfill cannot start (no key to walk, a bad definition) or failed part-way. Batches committed
 * before a failure stay committed; where a checkpoint is kept, running the revision again resumes
 * after the last of them.
 */
public final class BackfillException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message naming the table. */
    public BackfillException(String message) {
        super(message);
    }

    /** Creates the exception with a one-line message and its cause. */
    public BackfillException(String message, Throwable cause) {
        super(message, cause);
    }
}
