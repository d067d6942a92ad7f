package dev.retort.runtime;

import dev.retort.RetortException;

/** Retort could not open a connection: bad URL, missing driver, wrong credentials, server down. */
public final class DatabaseConnectException extends RetortException {
    private static final long serialVersionUID = 1L;

    DatabaseConnectException(String message, Throwable cause) {
        super(message, cause);
    }
}
