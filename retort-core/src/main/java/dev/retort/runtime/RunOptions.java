package dev.retort.runtime;

import java.time.Duration;
import java.util.Map;

/**
 * How a run behaves.
 *
 * @param arguments the {@code -x KEY=VALUE} arguments migrations can read
 * @param singleTransaction run every revision in one transaction instead of one each (only where
 *     the database has transactional DDL)
 * @param lockTimeout how long to wait for another run's migration lock before giving up
 */
public record RunOptions(Map<String, String> arguments, boolean singleTransaction, Duration lockTimeout) {
    /** The default wait for the migration lock. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

    /** Copies the arguments so that the record stays immutable. */
    public RunOptions {
        arguments = Map.copyOf(arguments);
    }

    /** Defaults: no arguments, one transaction per revision, a 60 s lock wait. */
    public static RunOptions defaults() {
        return new RunOptions(Map.of(), false, DEFAULT_LOCK_TIMEOUT);
    }

    /** These options with other {@code -x} arguments. */
    public RunOptions withArguments(Map<String, String> values) {
        return new RunOptions(values, singleTransaction, lockTimeout);
    }
}
