package dev.retort.runtime;

import java.util.Map;

/**
 * How a run behaves.
 *
 * @param arguments the {@code -x KEY=VALUE} arguments migrations can read
 * @param singleTransaction run every revision in one transaction instead of one each (only where
 *     the database has transactional DDL)
 */
public record RunOptions(Map<String, String> arguments, boolean singleTransaction) {
    /** Copies the arguments so that the record stays immutable. */
    public RunOptions {
        arguments = Map.copyOf(arguments);
    }

    /** Defaults: no arguments, one transaction per revision. */
    public static RunOptions defaults() {
        return new RunOptions(Map.of(), false);
    }
}
