package dev.retort.script;

import dev.retort.RetortException;

/**
 * A script directory that cannot be used as asked: a missing versions folder, an {@code init}
 * into a directory that is not empty, an unreadable folder, a bad template.
 */
public final class ScriptDirectoryException extends RetortException {
    private static final long serialVersionUID = 1L;

    ScriptDirectoryException(String message) {
        super(message);
    }

    ScriptDirectoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
