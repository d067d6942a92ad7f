package dev.retort.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Small builders for graph tests, and the check that a plan's version changes keep the rows right. */
final class TestGraphs {
    private TestGraphs() {}

    static RevisionNode rev(String id, String... revises) {
        return RevisionNode.of(id, revises);
    }

    static RevisionGraph graph(RevisionNode... nodes) {
        return RevisionGraph.of(Arrays.asList(nodes));
    }

    /** Rows in the given order (the order matters only to the few rules that follow Alembic's row order). */
    static Set<String> rows(String... ids) {
        return new LinkedHashSet<>(Arrays.asList(ids));
    }

    static List<String> ids(List<RevisionNode> nodes) {
        return nodes.stream().map(RevisionNode::id).toList();
    }

    static List<String> stepIds(List<MigrationStep> steps) {
        return steps.stream().map(s -> s.revision().id()).toList();
    }

    /** Each step as {@code "up d: update c->d"}: direction, revision, then its version-table changes. */
    static List<String> describe(List<MigrationStep> steps) {
        return steps.stream()
                .map(s -> (s.direction() == Direction.UPGRADE ? "up " : "down ")
                        + s.revision().id() + ": " + describeChanges(s.versionChanges()))
                .toList();
    }

    /** Changes as {@code "delete d1, update c2->b"}, or {@code "-"} for none. */
    static String describeChanges(List<VersionChange> changes) {
        if (changes.isEmpty()) {
            return "-";
        }
        return String.join(", ", changes.stream().map(TestGraphs::describe).toList());
    }

    private static String describe(VersionChange change) {
        if (change instanceof VersionChange.Insert insert) {
            return "insert " + insert.revision();
        }
        if (change instanceof VersionChange.Delete delete) {
            return "delete " + delete.revision();
        }
        VersionChange.Update update = (VersionChange.Update) change;
        return "update " + update.from() + "->" + update.to();
    }

    /**
     * Applies each step's changes to {@code start} and checks after every step that the rows are exactly
     * the heads of what is applied: each row applied, no row an ancestor of another, and everything
     * applied below some row. Returns the final rows.
     */
    static Set<String> applyChecked(RevisionGraph graph, Set<String> start, List<MigrationStep> steps) {
        Set<String> rows = new LinkedHashSet<>(start);
        Set<String> applied = ancestors(graph, rows);
        for (MigrationStep step : steps) {
            step.versionChanges().forEach(c -> c.applyTo(rows));
            if (step.direction() == Direction.UPGRADE) {
                applied.add(step.revision().id());
            } else {
                applied.remove(step.revision().id());
            }
            assertThat(ancestors(graph, rows))
                    .as(
                            "revisions implied by the rows after %s %s",
                            step.direction(), step.revision().id())
                    .isEqualTo(applied);
            for (String row : rows) {
                Set<String> below = ancestors(graph, Set.of(row));
                below.remove(row);
                assertThat(below).as("rows after %s", step.revision().id()).doesNotContainAnyElementsOf(rows);
            }
        }
        return rows;
    }

    /** The rows and everything they imply, through parents and dependencies. */
    static Set<String> ancestors(RevisionGraph graph, Set<String> rows) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(rows);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                RevisionNode node = graph.get(id);
                todo.addAll(node.revises());
                for (String dependency : node.dependsOn()) {
                    todo.add(graph.resolveOne(dependency, Set.of()).id());
                }
            }
        }
        return seen;
    }
}
