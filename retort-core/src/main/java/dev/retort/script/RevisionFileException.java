package dev.retort.script;

import dev.retort.RetortException;
import java.nio.file.Path;

/**
 * A revision file that cannot be read: bad metadata, a malformed SQL section, an unterminated
 * quote. The message is one line, {@code <file>:<line>: <what is wrong>}.
 */
public final class RevisionFileException extends RetortException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /** Creates the exception for {@code problem} at {@code file:line} (lines count from 1). */
    public RevisionFileException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }

    /** The 1-based line at fault. */
    public int line() {
        return line;
    }
}
