package dev.retort.graph;

import dev.retort.RetortException;
import java.util.List;

/** A relative identifier ({@code +N}, {@code -N}, {@code REV+N}, {@code LABEL@-N}) that leads nowhere or to several places. */
public final class RelativeRevisionException extends RetortException {
    private static final long serialVersionUID = 1L;

    private RelativeRevisionException(String message) {
        super(message);
    }

    static RelativeRevisionException beyondBase(String identifier) {
        return new RelativeRevisionException(
                "relative revision " + identifier + " goes beyond base; use a smaller step or 'base'");
    }

    static RelativeRevisionException beyondHead(String identifier) {
        return new RelativeRevisionException(
                "relative revision " + identifier + " goes beyond head; use a smaller step or 'heads'");
    }

    static RelativeRevisionException wrongDirection(String identifier, Direction direction) {
        boolean up = direction == Direction.UPGRADE;
        String sign = up ? "+N" : "-N";
        return new RelativeRevisionException("relative revision " + identifier + " cannot be "
                + (up ? "an upgrade" : "a downgrade") + " target; use " + sign + ", REV" + sign + " or a revision id");
    }

    static RelativeRevisionException ambiguousWalk(String identifier, String from, List<String> next) {
        return new RelativeRevisionException("relative revision " + identifier + " is ambiguous: " + from + " leads to "
                + String.join(", ", next) + "; use LABEL@+N, LABEL@-N or a revision id");
    }

    static RelativeRevisionException ambiguousCurrent(String identifier, List<String> heads) {
        return new RelativeRevisionException("relative revision " + identifier
                + " is ambiguous with several current heads (" + String.join(", ", heads)
                + "); use LABEL@" + identifier.substring(identifier.indexOf('@') + 1) + " or REV"
                + identifier.substring(identifier.indexOf('@') + 1));
    }
}
