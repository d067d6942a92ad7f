package dev.retort.graph;

import dev.retort.RetortException;

/** A revision identifier or range that cannot be parsed. */
public final class MalformedIdentifierException extends RetortException {
    private static final long serialVersionUID = 1L;

    private MalformedIdentifierException(String message) {
        super(message);
    }

    static MalformedIdentifierException emptyRevision(String identifier) {
        return new MalformedIdentifierException("revision identifier '" + identifier
                + "' names no revision after '@'; write LABEL@REV, LABEL@head or" + " LABEL@base");
    }

    static MalformedIdentifierException empty() {
        return new MalformedIdentifierException(
                "empty revision identifier; name a revision, 'head', 'heads' or 'base'");
    }

    static MalformedIdentifierException historyRange(String range) {
        return new MalformedIdentifierException(
                "history range '" + range + "' is not START:END, START: or :END; separate the revisions with one ':'");
    }

    static MalformedIdentifierException missingTarget() {
        return new MalformedIdentifierException("a downgrade needs a target revision; name one, '-1' or 'base'");
    }
}
