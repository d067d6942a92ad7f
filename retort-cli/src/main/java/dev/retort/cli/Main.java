package dev.retort.cli;

import java.util.List;

/** Entry point of the {@code retort} command. */
public final class Main {
    private Main() {}

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        if (List.of(args).contains("-v") || List.of(args).contains("--verbose")) {
            // before the first logger exists: slf4j-simple reads its levels once
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
            System.setProperty("org.slf4j.simpleLogger.log.dev.retort", "debug");
        }
        System.exit(RetortCommand.execute(args, System.out, System.err));
    }
}
