package dev.retort.graph;

import dev.retort.RetortException;
import java.util.List;

/** An identifier such as {@code head} that should name one revision but names several heads. */
public final class MultipleHeadsException extends RetortException {
    private static final long serialVersionUID = 1L;

    private final String argument;
    private final List<String> heads;

    MultipleHeadsException(String argument, List<String> heads) {
        super("multiple heads for '" + argument + "': " + String.join(", ", heads)
                + "; name one revision, use 'LABEL@head' for one branch, or 'heads' for all of them");
        this.argument = argument;
        this.heads = List.copyOf(heads);
    }

    /** The identifier that was given. */
    public String argument() {
        return argument;
    }

    /** The heads it matched. */
    public List<String> heads() {
        return heads;
    }
}
