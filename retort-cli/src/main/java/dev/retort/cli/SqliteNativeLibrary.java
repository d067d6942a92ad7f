package dev.retort.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the SQLite driver's native library in Retort's cache directory and points the driver at
 * it. Left alone, the driver copies the library (about 1 MB) out of the jar into the temporary
 * directory on every start and compares it byte by byte, which costs a short command about 0.1 s.
 * The cached copy is named by the jar entry's CRC and size, so another driver version gets its own.
 * Anything unexpected (another platform, a read-only cache, properties already set) leaves the
 * driver to do as it always does.
 */
final class SqliteNativeLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {}

    /** {@code ${XDG_CACHE_HOME:-$HOME/.cache}/retort/native}, beside the class cache. */
    static Path cacheRoot(Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "retort", "native");
        }
        String home = environment.get("HOME");
        Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"));
        return base.resolve(".cache").resolve("retort").resolve("native");
    }

    /** Points the SQLite driver at the cached library, extracting it first if needed; never fails. */
    static void useCachedCopy(Path cacheRoot) {
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
            return;
        }
        try {
            Optional<Path> library = cachedCopy(cacheRoot);
            if (library.isPresent()) {
                // load it here first: should it fail (a noexec cache), the driver is left to its own
                // way instead of logging the failure; loaded once, the driver's load is a no-op
                System.load(library.get().toAbsolutePath().toString());
                System.setProperty(PATH_PROPERTY, library.get().getParent().toString());
                System.setProperty(NAME_PROPERTY, library.get().getFileName().toString());
            }
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            LOG.debug("the SQLite driver will extract its native library itself: {}", e.toString());
        }
    }

    /** The cached library for this platform, extracted if missing; empty on a platform not handled here. */
    static Optional<Path> cachedCopy(Path cacheRoot) throws IOException {
        Optional<String> resource = resourceName();
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        URL url = SqliteNativeLibrary.class.getClassLoader().getResource(resource.get());
        if (url == null) {
            return Optional.empty();
        }
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return Optional.empty();
        }
        JarEntry entry = jar.getJarEntry();
        if (entry.getCrc() < 0 || entry.getSize() < 0) {
            return Optional.empty();
        }
        String name = resource.get().substring(resource.get().lastIndexOf('/') + 1);
        Path directory =
                cacheRoot.resolve(String.format(Locale.ROOT, "sqlite-%08x-%d", entry.getCrc(), entry.getSize()));
        Path library = directory.resolve(name);
        if (Files.isRegularFile(library) && Files.size(library) == entry.getSize()) {
            return Optional.of(library);
        }
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".tmp-", "-" + name);
        try (InputStream in = url.openStream()) {
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            // another process may have moved its copy in first: both are the same bytes
            Files.move(temporary, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return Optional.of(library);
    }

    /** The driver's resource for this platform, as its own loader names it, for the common platforms only. */
    static Optional<String> resourceName() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch =
                switch (System.getProperty("os.arch", "").toLowerCase(Locale.ROOT)) {
                    case "amd64", "x86_64" -> "x86_64";
                    case "aarch64", "arm64" -> "aarch64";
                    default -> null;
                };
        if (arch == null) {
            return Optional.empty();
        }
        if (os.startsWith("linux")) {
            // musl and Android builds have folders of their own; let the driver pick those
            boolean glibc = !System.getProperty("java.vm.vendor", "").contains("Android") && !musl();
            return glibc ? Optional.of("org/sqlite/native/Linux/" + arch + "/libsqlitejdbc.so") : Optional.empty();
        }
        if (os.startsWith("mac")) {
            return Optional.of("org/sqlite/native/Mac/" + arch + "/libsqlitejdbc.dylib");
        }
        if (os.startsWith("windows")) {
            return Optional.of("org/sqlite/native/Windows/" + arch + "/sqlitejdbc.dll");
        }
        return Optional.empty();
    }

    private static boolean musl() {
        try (var entries = Files.list(Path.of("/lib"))) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("ld-musl-"));
        } catch (IOException | RuntimeException e) {
            return true; // cannot tell: leave it to the driver
        }
    }
}
