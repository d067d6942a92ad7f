package dev.retort.check;

import dev.retort.RetortException;

/**
 * A revision was left partly applied: a run died in the middle of it, or it failed after the
 * database had committed some of its statements (DDL that is not transactional). Every run refuses
 * until someone has checked the schema and said how it ended, with {@code retort repair --applied}
 * or {@code retort repair --rolled-back}.
 */
public final class DirtyDatabaseException extends RetortException {
    private static final long serialVersionUID = 1L;

    private final String revision;

    DirtyDatabaseException(String message, String revision) {
        super(message);
        this.revision = revision;
    }

    /** The dirty revision. */
    public String revision() {
        return revision;
    }
}
