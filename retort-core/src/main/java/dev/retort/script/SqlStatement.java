package dev.retort.script;

import java.util.Objects;

/**
 * One statement of a SQL revision, without its terminating {@code ;}.
 *
 * @param sql the statement text as written, comments inside it included
 * @param line the 1-based line of the file where the statement starts
 */
public record SqlStatement(String sql, int line) {
    /** Checks the values. */
    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more: " + line);
        }
    }
}
