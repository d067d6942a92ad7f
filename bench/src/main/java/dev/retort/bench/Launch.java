package dev.retort.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the harnesses start processes: {@code retort} through the repository's launcher (as users
 * run it), and the floors as plain {@code java} with the launcher's default JVM flags.
 */
final class Launch {
    /** The launcher's default flags (see {@code ./retort}); the floors run with the same. */
    static final List<String> JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

    private final Path root;

    private Launch(Path root) {
        this.root = root;
    }

    /** The repository at {@code -Dretort.root} or the working directory; it must hold the launcher. */
    static Launch fromEnvironment() {
        Path root =
                Path.of(System.getProperty("retort.root", "")).toAbsolutePath().normalize();
        if (!Files.isExecutable(root.resolve("retort"))) {
            throw new IllegalStateException("no ./retort launcher in " + root + "; run from the repository root");
        }
        return new Launch(root);
    }

    Path root() {
        return root;
    }

    /** {@code ./retort ARGS} in {@code directory}. */
    Command retort(Path directory, String... args) {
        List<String> argv = new ArrayList<>();
        argv.add(root.resolve("retort").toString());
        argv.addAll(List.of(args));
        return new Command(argv, Map.of(), directory);
    }

    /** {@code java -jar retort.jar ARGS} with the default flags: the launcher without its extras. */
    Command retortJar(Path directory, String... args) {
        List<String> argv = new ArrayList<>(List.of("java"));
        argv.addAll(JVM_FLAGS);
        argv.add("-jar");
        argv.add(root.resolve("retort-cli/target/retort.jar").toString());
        argv.addAll(List.of(args));
        return new Command(argv, Map.of(), directory);
    }

    /** A floor: {@code java FLAGS -cp <bench classes>:<jars of the given classes> MAIN ARGS}. */
    Command floor(Path directory, Class<?> main, List<String> driverClasses, String... args) {
        List<String> classpath = new ArrayList<>();
        classpath.add(location(main));
        for (String driver : driverClasses) {
            try {
                classpath.add(location(Class.forName(driver)));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("driver " + driver + " is not on the bench class path", e);
            }
        }
        List<String> argv = new ArrayList<>(List.of("java"));
        argv.addAll(JVM_FLAGS);
        argv.add("-cp");
        argv.add(String.join(java.io.File.pathSeparator, classpath));
        argv.add(main.getName());
        argv.addAll(List.of(args));
        return new Command(argv, Map.of(), directory);
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
