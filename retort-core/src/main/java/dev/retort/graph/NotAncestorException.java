package dev.retort.graph;

import dev.retort.RetortException;
import java.util.List;

/** A target or range whose revisions are not ancestor and descendant of each other where that is required. */
public final class NotAncestorException extends RetortException {
    private static final long serialVersionUID = 1L;

    private NotAncestorException(String message) {
        super(message);
    }

    static NotAncestorException downgradeTarget(String target, List<String> currentHeads) {
        return new NotAncestorException("destination '" + target
                + "' is not a valid downgrade target from the current heads (" + heads(currentHeads)
                + "); choose an ancestor of a current head");
    }

    static NotAncestorException historyRange(String range) {
        return new NotAncestorException("history range '" + range
                + "' does not go from an ancestor to a descendant on one branch; put the older revision first");
    }

    private static String heads(List<String> currentHeads) {
        return currentHeads.isEmpty() ? "none, at base" : String.join(", ", currentHeads);
    }
}
