package dev.retort.graph;

import dev.retort.RetortException;
import java.util.List;

/** A revision prefix that matches several revisions. */
public final class AmbiguousRevisionException extends RetortException {
    private static final long serialVersionUID = 1L;
    private static final int LISTED = 10;

    private final List<String> candidates;

    AmbiguousRevisionException(String prefix, List<String> candidates) {
        super("revision prefix '" + prefix + "' is ambiguous: " + list(candidates) + "; type more characters");
        this.candidates = List.copyOf(candidates);
    }

    /** The revision ids the prefix matches. */
    public List<String> candidates() {
        return candidates;
    }

    private static String list(List<String> candidates) {
        if (candidates.size() <= LISTED) {
            return String.join(", ", candidates);
        }
        return String.join(", ", candidates.subList(0, LISTED)) + " and " + (candidates.size() - LISTED) + " more";
    }
}
