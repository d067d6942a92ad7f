package dev.retort.graph;

import dev.retort.RetortException;

/** Two revisions with the same id. */
public final class DuplicateRevisionException extends RetortException {
    private static final long serialVersionUID = 1L;

    DuplicateRevisionException(RevisionNode first, RevisionNode second) {
        super("revision '" + first.id() + "' is defined twice, in " + first.origin() + " and " + second.origin()
                + "; give one of them a new id");
    }
}
