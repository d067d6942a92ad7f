package dev.retort.graph;

import dev.retort.RetortException;
import java.util.List;

/** Several revisions requested together (such as the version table's rows) where one descends from another. */
public final class OverlappingRevisionsException extends RetortException {
    private static final long serialVersionUID = 1L;

    OverlappingRevisionsException(String revision, List<String> others) {
        super("revision " + revision + " overlaps with " + String.join(", ", others)
                + " (they are on one line of descent); name only unrelated revisions, or fix the version table with"
                + " 'retort stamp'");
    }
}
