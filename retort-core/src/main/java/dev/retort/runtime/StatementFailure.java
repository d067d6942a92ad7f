package dev.retort.runtime;

import dev.retort.RetortException;

/** Carries the line of a failed statement of a SQL revision up to the failure report. */
final class StatementFailure extends RetortException {
    private static final long serialVersionUID = 1L;

    private final int line;

    StatementFailure(int line, RuntimeException cause) {
        super(cause.getMessage(), cause);
        this.line = line;
    }

    int line() {
        return line;
    }
}
