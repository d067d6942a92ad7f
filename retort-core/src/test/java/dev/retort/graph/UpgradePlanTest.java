package dev.retort.graph;

import static dev.retort.graph.TestGraphs.applyChecked;
import static dev.retort.graph.TestGraphs.describe;
import static dev.retort.graph.TestGraphs.graph;
import static dev.retort.graph.TestGraphs.rev;
import static dev.retort.graph.TestGraphs.rows;
import static dev.retort.graph.TestGraphs.stepIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Upgrade plans and their version-table rows, after Alembic's test_version_traversal.py. */
class UpgradePlanTest {
    private static final String A = "e6239818bb3a";
    private static final String B = "548bbb905360";
    private static final String C = "b7ea43dc85e4";
    private static final String D = "1bbe33445780";
    private static final String E = "3975fb1a0125";

    private final RevisionGraph linear = graph(rev(A), rev(B, A), rev(C, B), rev(D, C), rev(E, D));

    /** Plans the upgrade, checks the rows after every step, and returns the final rows. */
    private static Set<String> upgrade(RevisionGraph g, Set<String> from, String target, List<String> expected) {
        List<MigrationStep> plan = g.upgradePlan(from, target);
        assertThat(describe(plan)).isEqualTo(expected);
        return applyChecked(g, from, plan);
    }

    @Test
    void linearUpgrades() {
        assertThat(upgrade(
                        linear,
                        rows(C),
                        E,
                        List.of("up " + D + ": update " + C + "->" + D, "up " + E + ": update " + D + "->" + E)))
                .containsExactly(E);
        assertThat(upgrade(
                        linear,
                        rows(),
                        C,
                        List.of(
                                "up " + A + ": insert " + A,
                                "up " + B + ": update " + A + "->" + B,
                                "up " + C + ": update " + B + "->" + C)))
                .containsExactly(C);
        assertThat(linear.upgradePlan(rows(E), "heads")).isEmpty();
        assertThat(linear.upgradePlan(rows(E), C)).isEmpty();
    }

    @Test
    void relativeUpgrades() {
        assertThat(stepIds(linear.upgradePlan(rows(A), "+2"))).containsExactly(B, C);
        assertThat(stepIds(linear.upgradePlan(rows(A), "+1"))).containsExactly(B);
        assertThat(stepIds(linear.upgradePlan(rows(B), "+3"))).containsExactly(C, D, E);
        assertThat(stepIds(linear.upgradePlan(rows(A), B + "+2"))).containsExactly(B, C, D);
        assertThat(stepIds(linear.upgradePlan(rows(A), D + "-2"))).containsExactly(B);
        assertThat(stepIds(linear.upgradePlan(rows(), "+1"))).containsExactly(A);
        assertThat(stepIds(linear.upgradePlan(rows(), "base+1"))).containsExactly(A);
    }

    @Test
    void invalidRelativeUpgrades() {
        assertThatThrownBy(() -> linear.upgradePlan(rows(B), "-2"))
                .isInstanceOf(RelativeRevisionException.class)
                .hasMessage("relative revision -2 cannot be an upgrade target; use +N, REV+N or a revision id");
        assertThatThrownBy(() -> linear.upgradePlan(rows(B), "+5"))
                .isInstanceOf(RelativeRevisionException.class)
                .hasMessage("relative revision +5 goes beyond head; use a smaller step or 'heads'");
    }

    private final RevisionGraph branched = IdentifierTest.branchedPath();

    @Test
    void upgradeOneBranch() {
        assertThat(upgrade(branched, rows("b"), "d1", List.of("up c1: update b->c1", "up d1: update c1->d1")))
                .containsExactly("d1");
    }

    @Test
    void upgradeFromOneHeadToSeveral() {
        assertThat(upgrade(
                        branched,
                        rows("a"),
                        "heads",
                        List.of(
                                "up b: update a->b",
                                "up c2: update b->c2",
                                "up d2: update c2->d2",
                                "up c1: insert c1",
                                "up d1: update c1->d1")))
                .containsExactlyInAnyOrder("d1", "d2");
    }

    @Test
    void relativeUpgradesOnBranches() {
        assertThat(upgrade(branched, rows("b"), "c2branch@head-1", List.of("up c2: update b->c2")))
                .containsExactly("c2");
        assertThat(upgrade(branched, rows("c1"), "c2branch@+1", List.of("up c2: insert c2")))
                .containsExactlyInAnyOrder("c1", "c2");
        assertThat(upgrade(branched, rows("c1", "c2"), "c2branch@+1", List.of("up d2: update c2->d2")))
                .containsExactlyInAnyOrder("c1", "d2");
        assertThatThrownBy(() -> branched.upgradePlan(rows("c1", "c2"), "+1"))
                .isInstanceOf(RelativeRevisionException.class)
                .hasMessageStartingWith("relative revision +1 is ambiguous with several current heads (c1, c2)");
        assertThatThrownBy(() -> branched.upgradePlan(rows("c1"), "head"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessageStartingWith("multiple heads for 'head': d1, d2;");
    }

    @Test
    void upgradeAcrossAMergePoint() {
        RevisionGraph g = mergedPath();
        assertThat(upgrade(
                        g,
                        rows("b"),
                        "f",
                        List.of(
                                "up c2: update b->c2",
                                "up d2: update c2->d2",
                                "up c1: insert c1",
                                "up d1: update c1->d1",
                                "up e: delete d1, update d2->e",
                                "up f: update e->f")))
                .containsExactly("f");
    }

    @Test
    void mergePointReachedFromOneSide() {
        RevisionGraph g = graph(
                rev("a1"),
                rev("b1", "a1"),
                rev("c1", "b1"),
                rev("a2"),
                rev("b2", "a2"),
                rev("c2", "b2"),
                rev("d1", "c1", "c2"),
                rev("d2", "c2"));
        assertThat(upgrade(g, rows("d2", "b1"), "d1", List.of("up c1: update b1->c1", "up d1: update c1->d1")))
                .containsExactlyInAnyOrder("d1", "d2");
    }

    @Test
    void threeWayMergePoint() {
        RevisionGraph g = graph(
                rev("a1"),
                rev("b1", "a1"),
                rev("c1", "b1"),
                rev("a2"),
                rev("b2", "a2"),
                rev("c2", "b2"),
                rev("a3"),
                rev("b3", "a3"),
                rev("c3", "b3"),
                rev("d1", "c1", "c2", "c3"),
                rev("d2", "c2"),
                rev("d3", "c3"));
        assertThat(upgrade(g, rows("d3", "d2", "b1"), "d1", List.of("up c1: update b1->c1", "up d1: update c1->d1")))
                .containsExactlyInAnyOrder("d1", "d2", "d3");
        // d1 merges b2's line and b1's line; d3 already holds c3
        assertThat(upgrade(
                        g,
                        rows("d3", "b2", "b1"),
                        "d1",
                        List.of("up c2: update b2->c2", "up c1: update b1->c1", "up d1: delete c1, update c2->d1")))
                .containsExactlyInAnyOrder("d1", "d3");
        // and c2's line breaks out again when it goes on to d2
        assertThat(upgrade(g, rows("d3", "d1"), "d2", List.of("up d2: insert d2")))
                .containsExactlyInAnyOrder("d1", "d2", "d3");
    }

    @Test
    void twinMergePoints() {
        RevisionGraph g = graph(
                rev("a"),
                rev("b1", "a"),
                rev("b2", "a"),
                rev("b3", "a"),
                rev("c1", "b1", "b2", "b3"),
                rev("c2", "b1", "b2", "b3"),
                rev("d1", "c1"),
                rev("d2", "c2"));
        assertThat(upgrade(
                        g,
                        rows("a"),
                        "heads",
                        List.of(
                                "up b3: update a->b3",
                                "up b2: insert b2",
                                "up b1: insert b1",
                                "up c2: delete b1, delete b2, update b3->c2",
                                "up d2: update c2->d2",
                                "up c1: insert c1",
                                "up d1: update c1->d1")))
                .containsExactlyInAnyOrder("d1", "d2");
    }

    @Test
    void notQuiteTwinMergePoints() {
        RevisionGraph g = graph(
                rev("a"),
                rev("b1", "a"),
                rev("b2", "a"),
                rev("b3", "a"),
                rev("c1", "b1", "b2"),
                rev("c2", "b2", "b3"),
                rev("d1", "c1"),
                rev("d2", "c2"));
        assertThat(upgrade(
                        g,
                        rows("a"),
                        "heads",
                        List.of(
                                "up b2: update a->b2",
                                "up b3: insert b3",
                                "up c2: delete b2, update b3->c2",
                                "up d2: update c2->d2",
                                "up b1: insert b1",
                                "up c1: update b1->c1",
                                "up d1: update c1->d1")))
                .containsExactlyInAnyOrder("d1", "d2");
    }

    @Test
    void dependencyOnABranchLabel() {
        RevisionGraph g = graph(
                rev("a1").withBranchLabels("lib1"),
                rev("b1", "a1"),
                rev("c1", "b1").withBranchLabels("c1lib"),
                rev("a2"),
                rev("b2", "a2"),
                rev("c2", "b2").withDependsOn("c1lib"),
                rev("d1", "c1"),
                rev("e1", "d1"),
                rev("f1", "e1"));
        assertThat(upgrade(
                        g,
                        rows("a2"),
                        "c2",
                        List.of(
                                "up a1: insert a1",
                                "up b1: update a1->b1",
                                "up c1: update b1->c1",
                                "up b2: update a2->b2",
                                "up c2: delete b2, update c1->c2")))
                .containsExactly("c2");
    }

    @Test
    void dependencyOnOwnParent() {
        RevisionGraph g = graph(rev("a1"), rev("a2", "a1").withDependsOn("a1"));
        assertThat(upgrade(g, rows(), "a2", List.of("up a1: insert a1", "up a2: update a1->a2")))
                .containsExactly("a2");
    }

    @Test
    void forestFromBase() {
        RevisionGraph g = graph(rev("a1"), rev("b1", "a1"), rev("a2"), rev("b2", "a2"));
        assertThat(upgrade(
                        g,
                        rows(),
                        "heads",
                        List.of(
                                "up a2: insert a2",
                                "up b2: update a2->b2",
                                "up a1: insert a1",
                                "up b1: update a1->b1")))
                .containsExactlyInAnyOrder("b1", "b2");
    }

    @Test
    void namedBranchesWithCrossDependencies() {
        RevisionGraph g = HistoryTest.crossDependencyOne();
        assertThat(stepIds(g.upgradePlan(rows(), "b_2@head")))
                .containsExactly("base3", "a3", "base2", "a2", "b2", "c2", "d2");
        assertThat(stepIds(g.upgradePlan(rows(), "b_3@head"))).containsExactly("base3", "a3", "b3");
        assertThat(stepIds(g.upgradePlan(rows(), "b1b@head"))).containsExactly("base3", "a3", "base1", "a1b", "b1b");
        List<MigrationStep> all = g.upgradePlan(rows(), "heads");
        assertThat(applyChecked(g, rows(), all)).containsExactlyInAnyOrder("b1a", "b1b", "b3", "d2");
    }

    @Test
    void implicitBaseFillsInTheOtherBranches() {
        RevisionGraph g = graph(
                rev("a1"),
                rev("a2", "a1"),
                rev("a3", "a2"),
                rev("b1"),
                rev("b2", "b1").withDependsOn("a3"),
                rev("b3", "b2"),
                rev("b4", "b3").withDependsOn("a3"),
                rev("b5", "b4").withDependsOn("b4"));
        List<MigrationStep> plan = g.upgradePlan(rows("b1"), "b5");
        assertThat(stepIds(plan)).containsExactly("a1", "a2", "a3", "b2", "b3", "b4", "b5");
        assertThat(applyChecked(g, rows("b1"), plan)).containsExactly("b5");
    }

    static RevisionGraph mergedPath() {
        return graph(
                rev("a"),
                rev("b", "a"),
                rev("c1", "b"),
                rev("d1", "c1"),
                rev("c2", "b").withBranchLabels("c2branch"),
                rev("d2", "c2"),
                rev("e", "d1", "d2"),
                rev("f", "e"));
    }
}
