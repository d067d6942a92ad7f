package dev.retort.script;

import dev.retort.RetortException;
import java.nio.file.Path;

/**
 * A Java revision file that does not compile. The message is {@code <file>:<line>: <first line of
 * the compiler's message>}, the way the compiler itself reports it.
 */
public final class RevisionCompileException extends RetortException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /** Creates the exception for the compiler's {@code message} at {@code file:line}. */
    public RevisionCompileException(Path file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    /** The file that does not compile. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the first error. */
    public int line() {
        return line;
    }
}
