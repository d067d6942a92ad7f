package dev.retort.graph;

import dev.retort.RetortException;

/** A branch label declared by two revisions, or equal to a revision id. */
public final class DuplicateBranchLabelException extends RetortException {
    private static final long serialVersionUID = 1L;

    private DuplicateBranchLabelException(String message) {
        super(message);
    }

    static DuplicateBranchLabelException twice(String label, RevisionNode first, RevisionNode second) {
        return new DuplicateBranchLabelException("branch label '" + label + "' is declared by both " + first.id() + " ("
                + first.origin() + ") and " + second.id() + " (" + second.origin() + "); rename one of them");
    }

    static DuplicateBranchLabelException revisionId(String label, RevisionNode labelled, RevisionNode revision) {
        return new DuplicateBranchLabelException("branch label '" + label + "' of revision " + labelled.id() + " ("
                + labelled.origin() + ") is also the id of a revision (" + revision.origin() + "); rename the label");
    }
}
