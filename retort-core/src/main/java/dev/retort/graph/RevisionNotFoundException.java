package dev.retort.graph;

import dev.retort.RetortException;

/** A revision id, prefix or branch label that names no revision of the graph. */
public final class RevisionNotFoundException extends RetortException {
    private static final long serialVersionUID = 1L;

    private RevisionNotFoundException(String message) {
        super(message);
    }

    static RevisionNotFoundException unknownIdentifier(String identifier) {
        String hint = identifier.length() < 4
                ? "use at least four characters of a revision id"
                : "check the id with 'retort history'";
        return new RevisionNotFoundException("no revision or branch label '" + identifier + "'; " + hint);
    }

    static RevisionNotFoundException unknownId(String id) {
        return new RevisionNotFoundException("no revision '" + id + "'; check the id with 'retort history'");
    }

    static RevisionNotFoundException unknownBranch(String label) {
        return new RevisionNotFoundException(
                "no branch '" + label + "'; put a branch label or a revision id before '@'");
    }

    static RevisionNotFoundException unknownRevises(String origin, String id) {
        return new RevisionNotFoundException(
                origin + ": revises unknown revision '" + id + "'; fix revises or restore the missing revision");
    }

    static RevisionNotFoundException unknownDependency(String origin, String dependency) {
        return new RevisionNotFoundException(origin + ": depends on unknown revision or branch label '" + dependency
                + "'; fix depends_on or restore the missing revision");
    }

    static RevisionNotFoundException unknownCurrent(String id) {
        return new RevisionNotFoundException("the version table holds unknown revision '" + id
                + "'; restore its revision file or reset the table with 'retort stamp --purge'");
    }
}
