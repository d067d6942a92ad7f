package dev.retort.script;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Compiled revision classes on disk: one file per revision file, named by a key over the file's
 * text, the Retort build, the Java feature version and the form of the stored classes. One file
 * holds all of a revision's classes (its own, its nested ones and its generated lambda classes),
 * since a run reads a thousand of them: one read each instead of a directory walk. A file appears
 * by an atomic rename of a complete temporary one, so a concurrent process sees all of it or none.
 */
final class ClassCache {
    /** "RTC1": the format of a cache file, which {@link #read} checks. */
    private static final int MAGIC = 0x52544331;

    private static final String SUFFIX = ".classes";

    private final Path root;
    private final String build;

    ClassCache(Path root, String retortVersion) {
        this.root = root;
        // the last part names the form of the stored classes: lambdas rewritten by LambdaClasses
        this.build = retortVersion + "\n" + Runtime.version().feature() + "\nlambda-classes";
    }

    Path root() {
        return root;
    }

    /** The key of {@code script}: SHA-256 over its normalised text (its checksum) and the build. */
    String key(RevisionScript script) {
        return ScriptChecksum.sha256(script.checksum() + "\n" + build);
    }

    Path file(String key) {
        return root.resolve(key + SUFFIX);
    }

    boolean contains(String key) {
        return Files.isRegularFile(file(key));
    }

    /**
     * The classes stored under {@code key}: binary name to bytes.
     *
     * @throws IOException if the file cannot be read or is not a complete cache file
     */
    Map<String, byte[]> read(String key) throws IOException {
        Path file = file(key);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException(file + " is not a Retort class cache file");
            }
            int count = in.readInt();
            Map<String, byte[]> classes = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                int length = in.readInt();
                if (length < 0 || length > in.available()) {
                    throw new IOException(file + " is truncated or damaged");
                }
                byte[] bytes = new byte[length];
                in.readFully(bytes);
                classes.put(name, bytes);
            }
            if (in.available() != 0) {
                throw new IOException(file + " has bytes after its last class");
            }
            return classes;
        } catch (EOFException e) {
            throw new IOException(file + " is truncated", e);
        }
    }

    /** Deletes the entry under {@code key}, if there is one and it can be deleted. */
    void delete(String key) {
        deleteQuietly(file(key));
    }

    /** Stores {@code classes} (binary name to bytes) under {@code key}, unless another process did. */
    void store(String key, Map<String, byte[]> classes) {
        Path target = file(key);
        Path temporary = null;
        try {
            Files.createDirectories(root);
            temporary = Files.createTempFile(root, ".tmp-" + key.substring(0, 12) + "-", SUFFIX);
            try (OutputStream file = Files.newOutputStream(temporary);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file))) {
                out.writeInt(MAGIC);
                out.writeInt(classes.size());
                for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                    out.writeUTF(entry.getKey());
                    out.writeInt(entry.getValue().length);
                    out.write(entry.getValue());
                }
            }
            // not forced to disk: an entry a crash cut short fails read() and is compiled again
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (IOException e) {
            if (!Files.isRegularFile(target)) {
                throw new ScriptDirectoryException(
                        "cannot write the class cache " + root + ": " + e + "; make it writable or choose another", e);
            }
            // another process stored the same key first: its classes are the same
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is harmless: keys never start with a dot
        }
    }
}
