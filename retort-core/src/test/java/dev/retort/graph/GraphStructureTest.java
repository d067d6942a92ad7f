package dev.retort.graph;

import static dev.retort.graph.TestGraphs.graph;
import static dev.retort.graph.TestGraphs.ids;
import static dev.retort.graph.TestGraphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphStructureTest {
    private final RevisionGraph branched = graph(
            rev("a"),
            rev("b", "a"),
            rev("c1", "b").withBranchLabels("c1branch"),
            rev("d1", "c1"),
            rev("c2", "b").withBranchLabels("c2branch"),
            rev("d2", "c2"),
            rev("e", "d1", "d2"));

    @Test
    void headsBasesBranchPointsAndMergePoints() {
        RevisionGraph forest = graph(rev("a1"), rev("b1", "a1"), rev("a2"), rev("b2", "a2"), rev("b3", "a2"));
        assertThat(ids(forest.heads())).containsExactly("b1", "b2", "b3");
        assertThat(ids(forest.bases())).containsExactly("a1", "a2");
        assertThat(ids(forest.branchPoints())).containsExactly("a2");
        assertThat(ids(branched.mergePoints())).containsExactly("e");
        assertThat(branched.isHead("e")).isTrue();
        assertThat(branched.isHead("d1")).isFalse();
        assertThat(branched.isBase("a")).isTrue();
        assertThat(branched.isBranchPoint("b")).isTrue();
        assertThat(branched.isMergePoint("e")).isTrue();
        assertThat(ids(branched.children("b"))).containsExactly("c1", "c2");
    }

    @Test
    void aRevisionOthersDependOnIsStillAHead() {
        RevisionGraph g = graph(rev("a"), rev("b", "a"), rev("x"), rev("y", "x").withDependsOn("b"));
        assertThat(ids(g.heads())).containsExactly("b", "y");
        assertThat(ids(g.resolve("heads", null))).containsExactly("y");
    }

    @Test
    void getAndContainsUseExactIds() {
        assertThat(branched.get("c1").branchLabels()).containsExactly("c1branch");
        assertThat(branched.contains("c1")).isTrue();
        assertThat(branched.contains("c")).isFalse();
        assertThatThrownBy(() -> branched.get("c"))
                .isInstanceOf(RevisionNotFoundException.class)
                .hasMessage("no revision 'c'; check the id with 'retort history'");
    }

    @Test
    void labelsReachDescendantsAndTheBranchDownToItsBranchPoint() {
        RevisionGraph g = graph(
                rev("a").withBranchLabels("abranch"),
                rev("b", "a"),
                rev("somelongername", "b"),
                rev("c", "somelongername"),
                rev("d"),
                rev("e", "d").withBranchLabels("ebranch"),
                rev("someothername", "e"),
                rev("f", "someothername"));
        assertThat(g.branchLabelsOf("c")).containsExactly("abranch");
        assertThat(g.branchLabelsOf("d")).containsExactly("ebranch");
        assertThat(g.branchLabelsOf("f")).containsExactly("ebranch");
        assertThat(branched.branchLabelsOf("d1")).containsExactly("c1branch");
        assertThat(branched.branchLabelsOf("b")).isEmpty();
        assertThat(branched.branchLabelsOf("e")).containsExactlyInAnyOrder("c1branch", "c2branch");
    }

    @Test
    void labelsDoNotReachAncestorsWhenTheBranchSplitsAgain() {
        RevisionGraph g = graph(rev("a"), rev("b", "a").withBranchLabels("x"), rev("c1", "b"), rev("c2", "b"));
        assertThat(g.branchLabelsOf("a")).isEmpty();
        assertThat(g.branchLabelsOf("c2")).containsExactly("x");
        RevisionGraph chain = graph(rev("a"), rev("b", "a"), rev("c", "b").withBranchLabels("x"), rev("d", "c"));
        assertThat(chain.branchLabelsOf("a")).containsExactly("x");
    }

    @Test
    void aDependentStopsALabelGoingDown() {
        RevisionGraph g =
                graph(rev("a"), rev("b", "a"), rev("c", "b").withBranchLabels("x"), rev("y").withDependsOn("b"));
        assertThat(g.branchLabelsOf("b")).isEmpty();
        assertThat(g.branchLabelsOf("c")).containsExactly("x");
    }

    @Test
    void topologicalOrderIsTheUpgradeOrderFromBase() {
        List<String> order = ids(branched.topologicalOrder());
        assertThat(order).containsExactly("a", "b", "c2", "d2", "c1", "d1", "e");
        assertThat(ids(branched.topologicalOrder())).isEqualTo(TestGraphs.stepIds(branched.upgradePlan(null, "heads")));
    }

    @Test
    void inputOrderDoesNotMatter() {
        List<RevisionNode> nodes = new java.util.ArrayList<>(branched.topologicalOrder());
        java.util.Collections.reverse(nodes);
        RevisionGraph reversed = RevisionGraph.of(nodes);
        assertThat(ids(reversed.topologicalOrder())).isEqualTo(ids(branched.topologicalOrder()));
    }
}
