package dev.retort.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compiled revision classes on disk, one directory per revision file named by a key over the
 * file's text, the Retort build and the Java feature version. A directory appears by an atomic
 * rename of a complete temporary one, so a concurrent process sees all of it or none.
 */
final class ClassCache {
    private final Path root;
    private final String build;

    ClassCache(Path root, String retortVersion) {
        this.root = root;
        this.build = retortVersion + "\n" + Runtime.version().feature();
    }

    Path root() {
        return root;
    }

    /** The key of {@code script}: SHA-256 over its normalised text (its checksum) and the build. */
    String key(RevisionScript script) {
        return ScriptChecksum.sha256(script.checksum() + "\n" + build);
    }

    Path directory(String key) {
        return root.resolve(key);
    }

    boolean contains(String key) {
        return Files.isDirectory(directory(key));
    }

    /** Stores {@code classes} (binary name to bytes) under {@code key}, unless another process did. */
    void store(String key, Map<String, byte[]> classes) {
        Path target = directory(key);
        Path temporary = null;
        try {
            Files.createDirectories(root);
            temporary = Files.createTempDirectory(root, ".tmp-" + key.substring(0, 12) + "-");
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                Path file = temporary.resolve(entry.getKey().replace('.', '/') + ".class");
                Files.createDirectories(file.getParent());
                Files.write(file, entry.getValue());
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (IOException e) {
            if (!Files.isDirectory(target)) {
                throw new ScriptDirectoryException(
                        "cannot write the class cache " + root + ": " + e + "; make it writable or choose another", e);
            }
            // another process stored the same key first: its classes are the same
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a leftover temporary directory is harmless: keys never start with a dot
        }
    }
}
