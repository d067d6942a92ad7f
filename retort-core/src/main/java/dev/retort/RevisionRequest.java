package dev.retort;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code retort revision} and {@code retort merge} are asked to write.
 *
 * @param message the revision's message (its first line becomes the file's slug)
 * @param sql write a {@code .sql} revision instead of a {@code .java} one
 * @param heads the revisions to revise: empty means the current head; {@code base} starts a new base
 * @param splice allow revising a revision that is not a head (starting a new branch)
 * @param branchLabels labels the new revision introduces
 * @param dependsOn revisions or labels the new revision depends on
 * @param revisionId the id to use instead of a fresh random one
 * @param versionLocation the folder to write into, when several are configured
 */
public record RevisionRequest(
        String message,
        boolean sql,
        List<String> heads,
        boolean splice,
        List<String> branchLabels,
        List<String> dependsOn,
        Optional<String> revisionId,
        Optional<Path> versionLocation) {

    /** Copies the lists so that the record stays immutable. */
    public RevisionRequest {
        heads = List.copyOf(heads);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /** A plain revision on the current head with the given message. */
    public static RevisionRequest of(String message) {
        return new RevisionRequest(
                message, false, List.of(), false, List.of(), List.of(), Optional.empty(), Optional.empty());
    }
}
