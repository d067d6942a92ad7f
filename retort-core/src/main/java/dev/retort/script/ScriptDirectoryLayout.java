package dev.retort.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Creates a new script directory: {@code versions/} and {@code templates/} with the templates. */
final class ScriptDirectoryLayout {
    private ScriptDirectoryLayout() {}

    static ScriptDirectory create(Path dir) {
        if (Files.exists(dir) && !isEmptyDirectory(dir)) {
            throw new ScriptDirectoryException(
                    dir + " already exists and is not empty; choose a new directory for the scripts");
        }
        try {
            Files.createDirectories(dir.resolve("versions"));
            Path templates = Files.createDirectories(dir.resolve("templates"));
            for (ScriptKind kind : ScriptKind.values()) {
                Files.writeString(
                        templates.resolve(RevisionTemplate.fileName(kind)),
                        RevisionTemplate.builtIn(kind),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ScriptDirectoryException("cannot create script directory " + dir + ": " + e, e);
        }
        return ScriptDirectory.open(dir);
    }

    private static boolean isEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new ScriptDirectoryException("cannot read " + dir + ": " + e, e);
        }
    }
}
