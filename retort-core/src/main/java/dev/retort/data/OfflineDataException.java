package dev.retort.data;

import dev.retort.RetortException;

/** A data helper needs the live database (to read rows) but the revision is being rendered offline ({@code --sql}). */
public final class OfflineDataException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message naming the helper. */
    public OfflineDataException(String message) {
        super(message);
    }
}
