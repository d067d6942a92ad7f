package dev.retort.graph;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One revision as the graph sees it, independent of where it was read from.
 *
 * @param id the revision id, unique in the graph; may not contain {@code @ - + :}
 * @param revises the revisions this one revises: empty for a base, several for a merge point
 * @param branchLabels the branch labels this revision introduces
 * @param dependsOn revisions (ids) or branch labels that must be applied first without being parents
 * @param origin where the revision came from (such as {@code versions/abc_x.sql}); used in error messages only
 */
public record RevisionNode(
        String id, List<String> revises, Set<String> branchLabels, List<String> dependsOn, String origin) {

    /** Copies the collections (nulls count as empty) and defaults the origin to {@code revision <id>}. */
    public RevisionNode {
        Objects.requireNonNull(id, "id");
        revises = revises == null ? List.of() : List.copyOf(revises);
        branchLabels = branchLabels == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(branchLabels));
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        origin = origin == null ? "revision " + id : origin;
    }

    /** A revision without branch labels or dependencies. */
    public static RevisionNode of(String id, String... revises) {
        return new RevisionNode(id, Arrays.asList(revises), Set.of(), List.of(), null);
    }

    /** This revision with the given branch labels instead of its own. */
    public RevisionNode withBranchLabels(String... labels) {
        return new RevisionNode(id, revises, new LinkedHashSet<>(Arrays.asList(labels)), dependsOn, origin);
    }

    /** This revision with the given dependencies instead of its own. */
    public RevisionNode withDependsOn(String... dependencies) {
        return new RevisionNode(id, revises, branchLabels, Arrays.asList(dependencies), origin);
    }

    /** This revision with another origin. */
    public RevisionNode withOrigin(String newOrigin) {
        return new RevisionNode(id, revises, branchLabels, dependsOn, newOrigin);
    }
}
