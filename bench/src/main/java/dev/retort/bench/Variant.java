package dev.retort.bench;

/**
 * One thing a harness measures: an untimed set-up (a fresh database, an empty cache) that returns
 * the command to time, and an untimed tear-down.
 */
interface Variant {
    /** The label in the report. */
    String name();

    /** Prepares one repetition and returns the command to time. */
    Command setUp() throws Exception;

    /** Cleans up after one repetition. */
    default void tearDown() throws Exception {}

    /** A variant that runs the same command every time, without set-up. */
    static Variant of(String name, Command command) {
        return new Variant() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Command setUp() {
                return command;
            }
        };
    }
}
