package dev.retort.cli;

import dev.retort.graph.RevisionGraph;
import dev.retort.script.RevisionScript;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders revisions the way Alembic users know them: {@code <down> -> <rev> (head), <message>} in
 * history, {@code <rev> (head)} in heads, and the multi-line log entry of {@code show} and
 * {@code --verbose}.
 */
final class RevisionFormat {
    private final RevisionGraph graph;
    private final Path base;
    private final Set<String> current;

    RevisionFormat(RevisionGraph graph, Path base, Set<String> current) {
        this.graph = graph;
        this.base = base;
        this.current = current;
    }

    /** One line: id, optional parents, labels, indicators and message. */
    String line(RevisionScript s, boolean parents, boolean branches, boolean tree, boolean doc) {
        StringBuilder text = new StringBuilder();
        if (parents) {
            text.append(down(s));
            if (!s.dependsOn().isEmpty()) {
                text.append(" (").append(String.join(", ", s.dependsOn())).append(')');
            }
            text.append(" -> ");
        }
        text.append(s.id());
        if (branches && !s.branchLabels().isEmpty()) {
            text.append(" (").append(String.join(", ", s.branchLabels())).append(')');
        }
        if (graph.isHead(s.id())) {
            text.append(" (head)");
        }
        if (current.contains(s.id())) {
            text.append(" (current)");
        }
        if (tree) {
            if (graph.isBranchPoint(s.id())) {
                text.append(" (branchpoint)");
            }
            if (graph.isMergePoint(s.id())) {
                text.append(" (mergepoint)");
            }
        }
        if (doc) {
            text.append(", ").append(s.message());
        }
        return text.toString();
    }

    /** The multi-line entry of {@code show} and {@code history --verbose}. */
    String entry(RevisionScript s) {
        StringBuilder text = new StringBuilder("Rev: ").append(s.id());
        if (graph.isHead(s.id())) {
            text.append(" (head)");
        }
        if (graph.isBranchPoint(s.id())) {
            text.append(" (branchpoint)");
        }
        if (graph.isMergePoint(s.id())) {
            text.append(" (mergepoint)");
        }
        if (current.contains(s.id())) {
            text.append(" (current)");
        }
        text.append('\n');
        text.append(graph.isMergePoint(s.id()) ? "Merges: " : "Parent: ")
                .append(down(s))
                .append('\n');
        if (!s.dependsOn().isEmpty()) {
            text.append("Also depends on: ")
                    .append(String.join(", ", s.dependsOn()))
                    .append('\n');
        }
        if (graph.isBranchPoint(s.id())) {
            List<String> next = graph.children(s.id()).stream().map(n -> n.id()).toList();
            text.append("Branches into: ").append(String.join(", ", next)).append('\n');
        }
        if (!s.branchLabels().isEmpty()) {
            text.append("Branch names: ")
                    .append(String.join(", ", s.branchLabels()))
                    .append('\n');
        }
        text.append("Path: ").append(path(s)).append('\n');
        text.append('\n').append("    ").append(s.message()).append('\n');
        text.append('\n').append("    Revision ID: ").append(s.id()).append('\n');
        text.append("    Revises: ").append(String.join(", ", s.revises())).append('\n');
        text.append("    Create Date: ").append(s.created()).append('\n');
        return text.toString();
    }

    /** The JSON object for one revision. */
    Map<String, Object> json(RevisionScript s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("revision", s.id());
        o.put("revises", s.revises());
        o.put("branch_labels", List.copyOf(s.branchLabels()));
        o.put("depends_on", s.dependsOn());
        o.put("message", s.message());
        o.put("created", s.created());
        o.put("path", path(s));
        o.put("head", graph.isHead(s.id()));
        o.put("branchpoint", graph.isBranchPoint(s.id()));
        o.put("mergepoint", graph.isMergePoint(s.id()));
        if (!current.isEmpty()) {
            o.put("current", current.contains(s.id()));
        }
        return o;
    }

    private String path(RevisionScript s) {
        Path file = s.file().toAbsolutePath();
        return file.startsWith(base) ? base.relativize(file).toString() : file.toString();
    }

    private static String down(RevisionScript s) {
        return s.revises().isEmpty() ? "<base>" : String.join(", ", s.revises());
    }
}
