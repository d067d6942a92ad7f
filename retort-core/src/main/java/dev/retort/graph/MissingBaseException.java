package dev.retort.graph;

import dev.retort.RetortException;
import java.util.List;

/** A non-empty graph in which every revision revises another, so nothing can be applied first. */
public final class MissingBaseException extends RetortException {
    private static final long serialVersionUID = 1L;

    MissingBaseException(int revisions, List<RevisionNode> cycle) {
        super("no base revision: each of the " + revisions + " revisions revises another one, as in "
                + CycleException.path(cycle) + "; make revises empty in the first revision");
    }
}
