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

/** Downgrade plans and their version-table rows, after Alembic's test_version_traversal.py. */
class DowngradePlanTest {
    private final RevisionGraph linear = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"), rev("e", "d"));
    private final RevisionGraph branched = IdentifierTest.branchedPath();

    /** Plans the downgrade, checks the rows after every step, and returns the final rows. */
    private static Set<String> downgrade(RevisionGraph g, Set<String> from, String target, List<String> expected) {
        List<MigrationStep> plan = g.downgradePlan(from, target);
        assertThat(describe(plan)).isEqualTo(expected);
        return applyChecked(g, from, plan);
    }

    @Test
    void linearDowngrades() {
        assertThat(downgrade(linear, rows("e"), "c", List.of("down e: update e->d", "down d: update d->c")))
                .containsExactly("c");
        assertThat(downgrade(
                        linear,
                        rows("c"),
                        "base",
                        List.of("down c: update c->b", "down b: update b->a", "down a: delete a")))
                .isEmpty();
        assertThat(linear.downgradePlan(rows(), "base")).isEmpty();
        assertThat(linear.downgradePlan(rows("a"), "a")).isEmpty();
        assertThat(linear.downgradePlan(rows("e"), "e")).isEmpty();
    }

    @Test
    void relativeDowngrades() {
        assertThat(stepIds(linear.downgradePlan(rows("c"), "-1"))).containsExactly("c");
        assertThat(stepIds(linear.downgradePlan(rows("e"), "-3"))).containsExactly("e", "d", "c");
        assertThat(stepIds(linear.downgradePlan(rows("d"), "a+2"))).containsExactly("d");
        assertThat(stepIds(linear.downgradePlan(rows("d"), "c-2"))).containsExactly("d", "c", "b");
        assertThat(downgrade(linear, rows("a"), "-1", List.of("down a: delete a")))
                .isEmpty();
    }

    @Test
    void invalidDowngrades() {
        assertThatThrownBy(() -> linear.downgradePlan(rows("b"), "-5"))
                .isInstanceOf(RelativeRevisionException.class)
                .hasMessage("relative revision -5 goes beyond base; use a smaller step or 'base'");
        assertThatThrownBy(() -> linear.downgradePlan(rows("b"), "+2"))
                .isInstanceOf(RelativeRevisionException.class)
                .hasMessage("relative revision +2 cannot be a downgrade target; use -N, REV-N or a revision id");
        assertThatThrownBy(() -> linear.downgradePlan(rows(), "-1"))
                .isInstanceOf(RelativeRevisionException.class)
                .hasMessage("relative revision -1 goes beyond base; use a smaller step or 'base'");
        assertThatThrownBy(() -> linear.downgradePlan(rows(), "b"))
                .isInstanceOf(NotAncestorException.class)
                .hasMessage("destination 'b' is not a valid downgrade target from the current heads (none, at base);"
                        + " choose an ancestor of a current head");
        assertThatThrownBy(() -> linear.downgradePlan(rows("b"), "c"))
                .isInstanceOf(NotAncestorException.class)
                .hasMessage("destination 'c' is not a valid downgrade target from the current heads (b); choose an"
                        + " ancestor of a current head");
        assertThatThrownBy(() -> linear.downgradePlan(rows("b"), null))
                .isInstanceOf(MalformedIdentifierException.class)
                .hasMessage("a downgrade needs a target revision; name one, '-1' or 'base'");
    }

    @Test
    void prefixesWork() {
        RevisionGraph g = graph(rev("e6239818bb3a"), rev("548bbb905360", "e6239818bb3a"));
        assertThatThrownBy(() -> g.downgradePlan(rows(), "548"))
                .isInstanceOf(NotAncestorException.class)
                .hasMessageStartingWith("destination '548' is not a valid downgrade target");
        assertThat(stepIds(g.downgradePlan(rows("548bbb905360"), "e623"))).containsExactly("548bbb905360");
    }

    @Test
    void downgradeSeveralBranches() {
        assertThat(downgrade(
                        branched,
                        rows("d1", "d2"),
                        "a",
                        List.of(
                                "down d1: update d1->c1",
                                "down c1: delete c1",
                                "down d2: update d2->c2",
                                "down c2: update c2->b",
                                "down b: update b->a")))
                .containsExactly("a");
    }

    @Test
    void relativeToBaseOnBranches() {
        assertThat(downgrade(
                        branched,
                        rows("d2", "d1"),
                        "base+2",
                        List.of(
                                "down d1: update d1->c1",
                                "down c1: delete c1",
                                "down d2: update d2->c2",
                                "down c2: update c2->b")))
                .containsExactly("b");
        // only the c2 branch goes down, to base+2 = b
        assertThat(downgrade(
                        branched,
                        rows("d2", "d1"),
                        "c2branch@base+2",
                        List.of("down d2: update d2->c2", "down c2: delete c2")))
                .containsExactly("d1");
        assertThat(downgrade(branched, rows("d2", "d1"), "c2", List.of("down d2: update d2->c2")))
                .containsExactlyInAnyOrder("c2", "d1");
        assertThat(downgrade(branched, rows("d2", "d1"), "c2branch@base+3", List.of("down d2: update d2->c2")))
                .containsExactlyInAnyOrder("c2", "d1");
    }

    @Test
    void oneStepDownOnABranch() {
        assertThat(downgrade(branched, rows("d1", "d2"), "c1branch@-1", List.of("down d1: update d1->c1")))
                .containsExactlyInAnyOrder("c1", "d2");
        assertThat(downgrade(branched, rows("d2", "c1"), "d2-1", List.of("down d2: update d2->c2")))
                .containsExactlyInAnyOrder("c1", "c2");
        assertThat(downgrade(branched, rows("d1", "d2"), "c1branch@head-1", List.of("down d1: update d1->c1")))
                .containsExactlyInAnyOrder("c1", "d2");
        // Alembic takes the first version-table row here; rows have no order, so we refuse.
        assertThatThrownBy(() -> branched.downgradePlan(rows("d2", "d1"), "-1"))
                .isInstanceOf(RelativeRevisionException.class)
                .hasMessageStartingWith("relative revision -1 is ambiguous with several current heads (d1, d2)");
    }

    @Test
    void downgradeOneBranchByName() {
        assertThat(downgrade(branched, rows("c1", "d2"), "c1branch@b", List.of("down c1: delete c1")))
                .containsExactly("d2");
        assertThat(downgrade(
                        branched,
                        rows("c1", "d2"),
                        "c2branch@b",
                        List.of("down d2: update d2->c2", "down c2: delete c2")))
                .containsExactly("c1");
        assertThat(downgrade(
                        branched, rows("d1", "d2"), "c2@b", List.of("down d2: update d2->c2", "down c2: delete c2")))
                .containsExactly("d1");
        assertThat(downgrade(
                        branched, rows("d1", "d2"), "d1@b", List.of("down d1: update d1->c1", "down c1: delete c1")))
                .containsExactly("d2");
    }

    @Test
    void downgradeToAHeadThatIsAlreadyThere() {
        assertThat(branched.downgradePlan(rows("d1", "c2"), "c2")).isEmpty();
        assertThat(branched.downgradePlan(rows("d1", "c2"), "d1")).isEmpty();
    }

    @Test
    void downgradeAcrossAMergePoint() {
        assertThat(downgrade(
                        UpgradePlanTest.mergedPath(),
                        rows("f"),
                        "b",
                        List.of(
                                "down f: update f->e",
                                "down e: insert d1, update e->d2",
                                "down d1: update d1->c1",
                                "down c1: delete c1",
                                "down d2: update d2->c2",
                                "down c2: update c2->b")))
                .containsExactly("b");
    }

    @Test
    void downgradeOneSideOfAMergePoint() {
        RevisionGraph g = graph(
                rev("a1"),
                rev("b1", "a1"),
                rev("c1", "b1"),
                rev("a2"),
                rev("b2", "a2"),
                rev("c2", "b2"),
                rev("d1", "c1", "c2"),
                rev("d2", "c2"));
        assertThat(downgrade(g, rows("d2", "d1"), "b1", List.of("down d1: update d1->c1", "down c1: update c1->b1")))
                .containsExactlyInAnyOrder("b1", "d2");
    }

    @Test
    void downgradeToADependency() {
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
        // c1 stays applied as c2's dependency, so d1's row goes away
        assertThat(downgrade(g, rows("c2", "d1"), "c1", List.of("down d1: delete d1")))
                .containsExactly("c2");
    }

    /**
     * <pre>
     * a1, a2, a3 -> amerge;  b1, b2 -> bmerge;  c1, c2, c3 -> cmerge;  d1 depends on a3, b2, c1
     * </pre>
     */
    @Test
    void mergesAndDependenciesTogether() {
        RevisionGraph g = graph(
                rev("a1"),
                rev("a2"),
                rev("a3"),
                rev("amerge", "a1", "a2", "a3"),
                rev("b1"),
                rev("b2"),
                rev("bmerge", "b1", "b2"),
                rev("c1"),
                rev("c2"),
                rev("c3"),
                rev("cmerge", "c1", "c2", "c3"),
                rev("d1").withDependsOn("a3", "b2", "c1"));
        // b2 stays applied through d1, so bmerge's row goes down to b1 only
        assertThat(downgrade(
                        g, rows("amerge", "bmerge", "cmerge", "d1"), "b2", List.of("down bmerge: update bmerge->b1")))
                .containsExactlyInAnyOrder("amerge", "b1", "cmerge", "d1");
        // b2 has to come back as a row when d1 goes
        assertThat(downgrade(g, rows("amerge", "d1", "b1", "cmerge"), "d1@base", List.of("down d1: update d1->b2")))
                .containsExactlyInAnyOrder("amerge", "b1", "b2", "cmerge");
        List<MigrationStep> all = g.downgradePlan(rows("amerge", "b1", "b2", "cmerge"), "base");
        assertThat(stepIds(all)).hasSize(10);
        assertThat(applyChecked(g, rows("amerge", "b1", "b2", "cmerge"), all)).isEmpty();
    }

    @Test
    void halfOfACrissCross() {
        RevisionGraph g = graph(
                rev("a1"),
                rev("a2", "a1"),
                rev("b1"),
                rev("b2", "b1").withDependsOn("a2"),
                rev("b3", "b2"),
                rev("a3", "a2").withDependsOn("b1"));
        assertThat(downgrade(g, rows("a3", "b2"), "b1", List.of("down b2: delete b2")))
                .containsExactly("a3");
    }

    @Test
    void dependenciesAreNormalized() {
        RevisionGraph g = graph(
                rev("a1"),
                rev("a2", "a1"),
                rev("a3", "a2"),
                rev("b1"),
                rev("b2", "b1").withDependsOn("a3"),
                rev("b3", "b2"),
                rev("b4", "b3").withDependsOn("a3"));
        // a3 is not a row afterwards: b3 still implies it
        assertThat(downgrade(g, rows("b4"), "b3", List.of("down b4: update b4->b3")))
                .containsExactly("b3");
        RevisionGraph own = graph(rev("a1"), rev("a2", "a1").withDependsOn("a1"));
        assertThat(downgrade(own, rows("a2"), "a1", List.of("down a2: update a2->a1")))
                .containsExactly("a1");
    }

    @Test
    void labelledBranchWithADependency() {
        RevisionGraph g = graph(
                rev("a"), rev("b", "a"),
                rev("c1", "b").withBranchLabels("c1branch"), rev("d1", "c1"),
                rev("c2", "b").withBranchLabels("c2branch"), rev("d2", "c2").withDependsOn("c1"));
        assertThat(downgrade(
                        g, rows("d1", "d2"), "c2branch@b", List.of("down d2: update d2->c2", "down c2: delete c2")))
                .containsExactly("d1");
        // taking c1 down takes d2 (which depends on it) down too
        List<MigrationStep> plan = g.downgradePlan(rows("d1", "d2"), "c1branch@b");
        assertThat(stepIds(plan)).containsExactlyInAnyOrder("c1", "d1", "d2");
        assertThat(stepIds(plan).indexOf("d1")).isLessThan(stepIds(plan).indexOf("c1"));
        assertThat(stepIds(plan).indexOf("d2")).isLessThan(stepIds(plan).indexOf("c1"));
        assertThat(applyChecked(g, rows("d1", "d2"), plan)).containsExactly("c2");
    }

    @Test
    void effectiveHeadsCountBranchesAppliedAsDependencies() {
        RevisionGraph g = graph(
                rev("y1").withBranchLabels("y"),
                rev("x1").withBranchLabels("x"),
                rev("y2", "y1").withDependsOn("x1"),
                rev("x2", "x1"));
        assertThat(stepIds(g.downgradePlan(rows("x2", "y2"), "x@-1"))).containsExactly("x2");
        assertThat(stepIds(g.downgradePlan(rows("y2"), "x@-1"))).containsExactly("y2", "x1");
    }

    @Test
    void namedBasesWithCrossDependencies() {
        RevisionGraph g = HistoryTest.crossDependencyOne();
        assertThat(stepIds(g.downgradePlan(rows("d2"), "b_2@base"))).containsExactly("d2", "c2", "b2", "a2", "base2");
        assertThat(stepIds(g.downgradePlan(rows("b3"), "base"))).containsExactly("b3", "a3", "base3");
        assertThat(stepIds(g.downgradePlan(rows("b1b"), "b1b@base"))).containsExactly("b1b", "a1b", "base1");
        Set<String> heads = rows("b1a", "b1b", "b3", "d2");
        assertThat(stepIds(g.downgradePlan(heads, "b_2@base"))).containsExactly("d2", "c2", "b2", "a2", "base2");
        // everything that depends on a3 goes before the 3 branch; Alembic starts with d2 (file order)
        List<MigrationStep> plan = g.downgradePlan(heads, "b_3@base");
        assertThat(stepIds(plan)).containsExactly("b1b", "b3", "d2", "c2", "a3", "base3");
        assertThat(applyChecked(g, heads, plan)).containsExactlyInAnyOrder("b1a", "a1b", "b2");
    }

    @Test
    void normalizedDependenciesOnTheWayDown() {
        RevisionGraph g = graph(
                rev("a1"),
                rev("a2", "a1"),
                rev("a3", "a2"),
                rev("b1"),
                rev("b2", "b1").withDependsOn("a3"),
                rev("b3", "b2"),
                rev("b4", "b3").withDependsOn("a3"),
                rev("b5", "b4").withDependsOn("b4"));
        assertThat(stepIds(g.downgradePlan(rows("b4"), "b1@base"))).containsExactly("b4", "b3", "b2", "b1");
        assertThat(stepIds(g.downgradePlan(rows("b5"), "base")))
                .containsExactly("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1");
        assertThat(stepIds(g.downgradePlan(rows("b5"), "a2"))).containsExactly("b5", "b4", "b3", "b2", "a3");
    }
}
