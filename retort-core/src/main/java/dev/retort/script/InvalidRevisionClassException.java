package dev.retort.script;

import dev.retort.RetortException;
import java.nio.file.Path;

/**
 * A Java revision that compiled but cannot be used: its class does not implement {@code
 * Migration}, has no no-arg constructor, fails to construct, or carries another id than the one
 * read from its source.
 */
public final class InvalidRevisionClassException extends RetortException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    InvalidRevisionClassException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    InvalidRevisionClassException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The revision file whose class is unusable. */
    public Path file() {
        return file;
    }
}
