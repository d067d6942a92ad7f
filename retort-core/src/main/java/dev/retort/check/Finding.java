package dev.retort.check;

import dev.retort.script.RevisionScript;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem {@code retort check} found.
 *
 * @param code what kind of problem: {@code script}, {@code graph}, {@code sql}, {@code compile},
 *     {@code drift}, {@code missing-file}, {@code unknown-version}, {@code dirty}, or {@code
 *     lint:<rule>} for a lint of a pending revision
 * @param revision the revision concerned, when there is one
 * @param file the file at fault, when there is one
 * @param line the 1-based line in {@code file}; 0 when not known
 * @param message what is wrong and what to do, one line
 */
public record Finding(String code, Optional<String> revision, Optional<Path> file, int line, String message) {
    /** Checks the values. */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** A finding about a revision file, at {@code line} (0 for the whole file). */
    static Finding inFile(String code, RevisionScript script, int line, String message) {
        return new Finding(code, Optional.of(script.id()), Optional.of(script.file()), line, message);
    }

    /** A finding about the database's record of a revision that has no file here. */
    static Finding inDatabase(String code, String revision, String message) {
        return new Finding(code, Optional.of(revision), Optional.empty(), 0, message);
    }

    /** Whether this is a lint of a pending revision rather than an error. */
    public boolean isLint() {
        return code.startsWith("lint:");
    }
}
