package dev.retort.graph;

import static dev.retort.graph.TestGraphs.describeChanges;
import static dev.retort.graph.TestGraphs.graph;
import static dev.retort.graph.TestGraphs.rev;
import static dev.retort.graph.TestGraphs.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Stamping the version table without running migrations, after Alembic's test_version_traversal.py. */
class StampPlanTest {
    private final RevisionGraph branched = IdentifierTest.branchedPath();
    private final RevisionGraph merged = UpgradePlanTest.mergedPath();

    /** Plans the stamp, checks the changes, applies them and returns the rows. */
    private static Set<String> stamp(RevisionGraph g, Set<String> from, String target, String expected) {
        return stamp(g, from, List.of(target), false, expected);
    }

    private static Set<String> stamp(
            RevisionGraph g, Set<String> from, List<String> targets, boolean purge, String expected) {
        List<VersionChange> changes = g.stampPlan(from, targets, purge);
        assertThat(describeChanges(changes)).isEqualTo(expected);
        Set<String> result = new LinkedHashSet<>(from);
        changes.forEach(c -> c.applyTo(result));
        return result;
    }

    @Test
    void stampBase() {
        RevisionGraph linear = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"));
        assertThat(stamp(linear, rows("d"), "base", "delete d")).isEmpty();
        assertThat(stamp(linear, rows("d"), List.of(), false, "delete d")).isEmpty();
        assertThat(stamp(branched, rows("d1", "c2"), "base", "delete c2, delete d1"))
                .isEmpty();
    }

    @Test
    void stampDownAcrossBranchesToTheBranchPoint() {
        assertThat(stamp(branched, rows("d1", "c2"), "b", "delete c2, update d1->b"))
                .containsExactly("b");
    }

    @Test
    void stampOneBranchByLabel() {
        assertThat(stamp(branched, rows("d1", "c2"), "c1branch@base", "delete d1"))
                .containsExactly("c2");
        assertThat(stamp(branched, rows("d1", "c2"), "c2branch@head", "update c2->d2"))
                .containsExactlyInAnyOrder("d1", "d2");
    }

    @Test
    void stampAcrossADependency() {
        RevisionGraph g = graph(
                rev("a1").withBranchLabels("lib1"),
                rev("b1", "a1"),
                rev("c1", "b1"),
                rev("a2"),
                rev("b2", "a2"),
                rev("c2", "b2").withDependsOn("c1"),
                rev("d1", "c1"),
                rev("e1", "d1"),
                rev("f1", "e1"));
        assertThat(stamp(g, rows("e1", "c2"), "b1", "delete c2, update e1->b1")).containsExactly("b1");
    }

    @Test
    void stampHeadsOfAForest() {
        RevisionGraph forest = graph(rev("a1"), rev("b1", "a1"), rev("a2"), rev("b2", "a2"));
        assertThat(stamp(forest, rows(), "heads", "insert b1, insert b2")).containsExactly("b1", "b2");
        assertThat(stamp(forest, rows("b1", "b2"), "heads", "-")).containsExactly("b1", "b2");
        assertThat(stamp(forest, rows(), List.of("a1", "b2"), false, "insert a1, insert b2"))
                .containsExactly("a1", "b2");
    }

    @Test
    void stampAcrossMergePoints() {
        assertThat(stamp(merged, rows("e"), "c2", "update e->c2")).containsExactly("c2");
        assertThat(stamp(merged, rows("e"), "a", "update e->a")).containsExactly("a");
        assertThat(stamp(merged, rows("c2"), "e", "update c2->e")).containsExactly("e");
        assertThat(stamp(merged, rows("d1", "c2"), "e", "delete c2, update d1->e"))
                .containsExactly("e");
        assertThat(stamp(merged, rows("b"), "e", "update b->e")).containsExactly("e");
        // d1 is on c2branch's lineage through the merge point, so both rows move to f
        assertThat(stamp(merged, rows("d1", "c2"), "c2branch@head", "delete c2, update d1->f"))
                .containsExactly("f");
    }

    @Test
    void purgeDeletesEveryRowFirst() {
        assertThat(stamp(
                        branched,
                        rows("zzz", "d1"),
                        List.of("heads"),
                        true,
                        "delete zzz, delete d1, insert d1, insert d2"))
                .containsExactly("d1", "d2");
        assertThat(stamp(branched, rows("zzz"), List.of("b"), true, "delete zzz, insert b"))
                .containsExactly("b");
        assertThatThrownBy(() -> branched.stampPlan(rows("zzz"), List.of("b"), false))
                .isInstanceOf(RevisionNotFoundException.class)
                .hasMessageStartingWith("the version table holds unknown revision 'zzz'");
    }
}
