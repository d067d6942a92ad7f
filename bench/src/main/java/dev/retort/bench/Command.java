package dev.retort.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One process to start and time.
 *
 * @param argv the program and its arguments
 * @param environment variables set on top of the harness's own environment
 * @param directory the working directory
 */
record Command(List<String> argv, Map<String, String> environment, Path directory) {
    Command {
        argv = List.copyOf(argv);
        environment = Map.copyOf(environment);
    }

    /** The command with one more environment variable. */
    Command with(String name, String value) {
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.put(name, value);
        return new Command(argv, env, directory);
    }
}
