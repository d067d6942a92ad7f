package dev.retort.check;

import dev.retort.RetortException;

/**
 * A revision file changed after the revision was applied: the checksum recorded when it ran
 * differs from the file's now. Runs refuse before their first step; {@code retort repair --accept}
 * records the new checksum when the change is intended.
 */
public final class ChecksumMismatchException extends RetortException {
    private static final long serialVersionUID = 1L;

    private final String revision;

    ChecksumMismatchException(String message, String revision) {
        super(message);
        this.revision = revision;
    }

    /** The first revision whose file changed. */
    public String revision() {
        return revision;
    }
}
