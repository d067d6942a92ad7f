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
    static final List<String> JVM_FLAGS =
            List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-Xshare:auto");

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
        return floor(directory, List.of(), main, driverClasses, args);
    }

    /** A floor with extra JVM flags. */
    Command floor(Path directory, List<String> extraFlags, Class<?> main, List<String> driverClasses, String... args) {
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
        argv.addAll(extraFlags);
        argv.add("-cp");
        argv.add(String.join(java.io.File.pathSeparator, classpath));
        argv.add(main.getName());
        argv.addAll(List.of(args));
        return new Command(argv, Map.of(), directory);
    }

    /**
     * The JVM flags that point the SQLite driver at the copy of its native library that {@code
     * retort} keeps in its cache (see the CLI's {@code SqliteNativeLibrary}), if one is there: a
     * floor with them loads the library as {@code retort} does instead of extracting it.
     */
    static List<String> cachedSqliteLibrary() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                .resolve("retort/native");
        try (var dirs = Files.list(cache)) {
            return dirs.map(d -> d.resolve(System.mapLibraryName("sqlitejdbc")))
                    .filter(Files::isRegularFile)
                    .findFirst()
                    .map(lib -> List.of(
                            "-Dorg.sqlite.lib.path=" + lib.getParent(), "-Dorg.sqlite.lib.name=" + lib.getFileName()))
                    .orElse(List.of());
        } catch (java.io.IOException e) {
            return List.of();
        }
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
