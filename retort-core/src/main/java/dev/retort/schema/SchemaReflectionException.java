package dev.retort.schema;

import dev.retort.RetortException;

/** Reading a live schema failed: a catalog query failed, or SQLite DDL could not be parsed. */
public class SchemaReflectionException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a one-line message. */
    public SchemaReflectionException(String message) {
        super(message);
    }

    /** Creates an exception with a one-line message and the underlying cause. */
    public SchemaReflectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
