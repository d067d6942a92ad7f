package dev.retort.graph;

import dev.retort.RetortException;

/** A {@code LABEL@REV} identifier whose revision is not on the named branch. */
public final class NotOnBranchException extends RetortException {
    private static final long serialVersionUID = 1L;

    private NotOnBranchException(String message) {
        super(message);
    }

    static NotOnBranchException revision(String revision, String label) {
        return new NotOnBranchException("revision " + revision + " is not on branch '" + label
                + "'; choose a revision of that branch or another label");
    }

    static NotOnBranchException noCurrentHead(String label, String identifier) {
        return new NotOnBranchException("no current head is on branch '" + label + "', so " + identifier
                + " has nothing to count from; upgrade that branch first or name a revision");
    }
}
