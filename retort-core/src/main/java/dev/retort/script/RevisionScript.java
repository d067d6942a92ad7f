package dev.retort.script;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One revision file's metadata, read from its text without compiling or running it.
 *
 * <p>{@code id}, {@code revises}, {@code branchLabels}, {@code dependsOn} and {@code origin} are
 * what the revision graph needs; the rest tells the runtime how to run the file.
 *
 * @param id this revision's identifier
 * @param revises the revisions this one revises; empty for a base, several for a merge
 * @param branchLabels branch labels introduced here, in the order written
 * @param dependsOn revisions (ids or labels) that must be applied first without being parents
 * @param message what the revision does; may be empty
 * @param created when it was created, as written ({@code yyyy-MM-dd HH:mm:ss}); may be empty
 * @param file the file, as found under its version location
 * @param origin the file's path relative to the script directory, with {@code /} separators
 * @param kind whether it is a Java or a SQL revision
 * @param checksum SHA-256 of the file's text, see {@link ScriptChecksum}
 * @param className the annotated class's binary name for a Java revision; empty for SQL
 * @param transactional false for a SQL file marked {@code -- +retort no-transaction}
 * @param hasDowngrade false for a SQL file without a downgrade section and for a Java revision
 *     marked {@code @Irreversible}: a downgrade through it is refused
 * @param irreversible the reason of a Java revision's {@code @Irreversible}, if it has one
 */
public record RevisionScript(
        String id,
        List<String> revises,
        Set<String> branchLabels,
        List<String> dependsOn,
        String message,
        String created,
        Path file,
        String origin,
        ScriptKind kind,
        String checksum,
        String className,
        boolean transactional,
        boolean hasDowngrade,
        Optional<String> irreversible) {

    /** The metadata of a revision not marked {@code @Irreversible}. */
    public RevisionScript(
            String id,
            List<String> revises,
            Set<String> branchLabels,
            List<String> dependsOn,
            String message,
            String created,
            Path file,
            String origin,
            ScriptKind kind,
            String checksum,
            String className,
            boolean transactional,
            boolean hasDowngrade) {
        this(
                id,
                revises,
                branchLabels,
                dependsOn,
                message,
                created,
                file,
                origin,
                kind,
                checksum,
                className,
                transactional,
                hasDowngrade,
                Optional.empty());
    }

    /** Copies the collections; {@code branchLabels} keeps its order. */
    public RevisionScript {
        Objects.requireNonNull(id, "id");
        revises = List.copyOf(revises);
        branchLabels = Collections.unmodifiableSet(new LinkedHashSet<>(branchLabels));
        dependsOn = List.copyOf(dependsOn);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(irreversible, "irreversible");
    }

    /** The same metadata for the file at {@code file}, shown as {@code origin}. */
    RevisionScript at(Path file, String origin) {
        return new RevisionScript(
                id,
                revises,
                branchLabels,
                dependsOn,
                message,
                created,
                file,
                origin,
                kind,
                checksum,
                className,
                transactional,
                hasDowngrade,
                irreversible);
    }

    /** Whether this revision revises nothing, i.e. starts a history. */
    public boolean isBase() {
        return revises.isEmpty();
    }
}
