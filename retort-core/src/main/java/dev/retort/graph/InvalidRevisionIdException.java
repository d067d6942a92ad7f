package dev.retort.graph;

import dev.retort.RetortException;

/** A revision id that is empty or contains a character reserved for identifiers ({@code @ - + :}). */
public final class InvalidRevisionIdException extends RetortException {
    private static final long serialVersionUID = 1L;

    InvalidRevisionIdException(RevisionNode node) {
        super(node.origin() + ": revision id '" + node.id()
                + "' is empty or contains '@', '-', '+' or ':'; use letters, digits and underscores");
    }
}
