package dev.retort;

import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionNode;
import dev.retort.script.NewRevision;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what {@code revision} and {@code merge} write: the parents, the id, the labels and the
 * folder, refusing what Alembic refuses (a second head made silently, a non-head parent without
 * {@code --splice}, a reused id or label).
 */
final class RevisionPlanner {
    private static final Pattern ILLEGAL_ID = Pattern.compile("[\\s@+:,\"'\\\\-]");

    private final ScriptDirectory scripts;
    private final RevisionGraph graph;

    RevisionPlanner(ScriptDirectory scripts, RevisionGraph graph) {
        this.scripts = scripts;
        this.graph = graph;
    }

    /** The file to write for {@code retort revision}. */
    Planned revision(RevisionRequest request) {
        List<String> revises = new ArrayList<>();
        if (request.heads().isEmpty()) {
            List<RevisionNode> heads = graph.heads();
            if (heads.size() > 1) {
                throw new RetortException("multiple heads are present (" + ids(heads) + "): pass --head with one of"
                        + " them (or LABEL@head) to extend it, or merge them first with 'retort merge -m MSG heads'");
            }
            heads.forEach(h -> revises.add(h.id()));
        } else {
            for (String head : request.heads()) {
                if (head.equals("base")) {
                    continue;
                }
                for (RevisionNode node : graph.resolve(head, Set.of())) {
                    if (!graph.isHead(node.id()) && !request.splice()) {
                        throw new RetortException("revision " + node.id() + " is not a head: pass --splice to start a"
                                + " new branch from it, or --head with a head (" + ids(graph.heads()) + ")");
                    }
                    revises.add(node.id());
                }
            }
        }
        return plan(request, revises);
    }

    /** The file to write for {@code retort merge}. */
    Planned merge(RevisionRequest request) {
        Set<String> revises = new LinkedHashSet<>();
        for (String revision : request.heads()) {
            graph.resolve(revision, Set.of()).forEach(n -> revises.add(n.id()));
        }
        if (revises.size() < 2) {
            throw new RetortException("a merge needs at least two revisions; " + String.join(" ", request.heads())
                    + " names " + (revises.isEmpty() ? "none" : "only " + String.join(", ", revises)));
        }
        return plan(request, new ArrayList<>(revises));
    }

    private Planned plan(RevisionRequest request, List<String> revises) {
        String id = request.revisionId().orElseGet(NewRevision::randomId);
        checkId(id);
        for (String label : request.branchLabels()) {
            for (RevisionScript script : scripts.scripts()) {
                if (script.branchLabels().contains(label)) {
                    throw new RetortException("branch label '" + label + "' is already used by revision " + script.id()
                            + " (" + script.origin() + ")");
                }
            }
        }
        List<String> dependsOn = new ArrayList<>();
        for (String dependency : request.dependsOn()) {
            // a label stays a label (it follows the branch); an id or prefix is written out in full
            dependsOn.add(
                    isLabel(dependency)
                            ? dependency
                            : graph.resolveOne(dependency, Set.of()).id());
        }
        NewRevision revision = NewRevision.builder(request.message())
                .kind(request.sql() ? ScriptKind.SQL : ScriptKind.JAVA)
                .id(id)
                .revises(revises)
                .branchLabels(request.branchLabels())
                .dependsOn(dependsOn)
                .created(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC))
                .build();
        return new Planned(revision, location(request, revises));
    }

    private void checkId(String id) {
        if (id.isEmpty()
                || ILLEGAL_ID.matcher(id).find()
                || Set.of("head", "heads", "base").contains(id)) {
            throw new RetortException("invalid revision id '" + id + "': use letters, digits and underscores"
                    + " (not head, heads or base)");
        }
        scripts.scripts().stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(s -> {
            throw new RetortException("revision id '" + id + "' is already used by " + s.origin());
        });
    }

    private boolean isLabel(String name) {
        return scripts.scripts().stream().anyMatch(s -> s.branchLabels().contains(name));
    }

    private Path location(RevisionRequest request, List<String> revises) {
        List<Path> locations = scripts.versionLocations();
        if (request.versionLocation().isPresent()) {
            Path wanted = request.versionLocation().get().toAbsolutePath().normalize();
            for (Path location : locations) {
                if (location.toAbsolutePath().normalize().equals(wanted)) {
                    return location;
                }
            }
            throw new RetortException(
                    "--version-path " + wanted + " is not one of the configured version" + " locations: " + locations);
        }
        if (!revises.isEmpty()) {
            // next to its parent, so that a branch kept in its own folder stays there
            Path parent = scripts.find(revises.get(0)).map(RevisionScript::file).orElse(null);
            for (Path location : locations) {
                if (parent != null && parent.toAbsolutePath().startsWith(location.toAbsolutePath())) {
                    return location;
                }
            }
        }
        return locations.get(0);
    }

    private static String ids(List<RevisionNode> nodes) {
        return String.join(", ", nodes.stream().map(RevisionNode::id).toList());
    }

    /** A revision to write and the folder to write it into. */
    record Planned(NewRevision revision, Path location) {}
}
