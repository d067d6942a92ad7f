package dev.retort.graph;

import dev.retort.RetortException;
import java.util.List;

/** Revisions that revise or depend on each other in a circle, so no order can apply them. */
public final class CycleException extends RetortException {
    private static final long serialVersionUID = 1L;

    private final List<String> revisions;

    private CycleException(String message, List<String> revisions) {
        super(message);
        this.revisions = List.copyOf(revisions);
    }

    /** The revisions on the cycle, in order: each revises or depends on the next. */
    public List<String> revisions() {
        return revisions;
    }

    static CycleException selfLoop(RevisionNode node, String relation) {
        return new CycleException(
                node.origin() + ": revision '" + node.id() + "' " + relation + " itself; remove it from "
                        + ("revises".equals(relation) ? "revises" : "depends_on"),
                List.of(node.id()));
    }

    static CycleException cycle(List<RevisionNode> nodes) {
        String origins =
                String.join(", ", nodes.stream().map(RevisionNode::origin).toList());
        return new CycleException(
                "the revision graph has a cycle: " + path(nodes) + "; fix revises or depends_on in one of " + origins,
                nodes.stream().map(RevisionNode::id).toList());
    }

    /** {@code a -> b -> c -> a}: each revises or depends on the next. */
    static String path(List<RevisionNode> nodes) {
        StringBuilder path = new StringBuilder();
        for (RevisionNode node : nodes) {
            path.append(node.id()).append(" -> ");
        }
        return path.append(nodes.get(0).id()).toString();
    }
}
