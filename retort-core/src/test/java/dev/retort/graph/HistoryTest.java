package dev.retort.graph;

import static dev.retort.graph.TestGraphs.graph;
import static dev.retort.graph.TestGraphs.ids;
import static dev.retort.graph.TestGraphs.rev;
import static dev.retort.graph.TestGraphs.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * History ranges, which list revisions in Alembic's iteration order (test_revision.py: DiamondTest,
 * LabeledBranchTest, LongShortBranchTest, MultipleBranchTest, BranchTravellingTest, MultipleBaseTest,
 * MultipleBaseCrossDependencyTest*). Alembic breaks ties between heads by file order, we by id; the
 * graphs here use ids that sort in Alembic's file order unless a test says otherwise.
 */
class HistoryTest {
    private static List<String> history(RevisionGraph g, String range) {
        return ids(g.history(range, Set.of()));
    }

    private static List<String> history(RevisionGraph g, String range, Set<String> current) {
        return ids(g.history(range, current));
    }

    @Test
    void diamond() {
        RevisionGraph g = graph(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2"), rev("d", "c"));
        assertThat(history(g, "a:d")).containsExactly("d", "c", "b1", "b2", "a");
        assertThat(history(g, null)).containsExactly("d", "c", "b1", "b2", "a");
    }

    @Test
    void labelledBranches() {
        RevisionGraph g = graph(
                rev("a").withBranchLabels("abranch"),
                rev("b", "a"),
                rev("somelongername", "b"),
                rev("c", "somelongername"),
                rev("d"),
                rev("e", "d").withBranchLabels("ebranch"),
                rev("someothername", "e"),
                rev("f", "someothername"));
        assertThat(history(g, "ebranch@base:heads")).containsExactly("f", "someothername", "e", "d");
        assertThat(history(g, "abranch@base:heads")).containsExactly("c", "somelongername", "b", "a");
        assertThat(history(g, "base:ebranch@head")).containsExactly("f", "someothername", "e", "d");
        assertThat(history(g, ":abranch@head")).containsExactly("c", "somelongername", "b", "a");
        assertThat(history(g, "ebranch@head:heads")).containsExactly("f");
        assertThat(history(g, "ebranch@d:heads")).containsExactly("f", "someothername", "e", "d");
        assertThat(history(g, "e@base:")).containsExactly("f", "someothername", "e", "d");
        assertThat(history(g, "c@base:")).containsExactly("c", "somelongername", "b", "a");
        assertThat(history(g, "ebranch@-2:heads")).containsExactly("f", "someothername", "e");
        assertThat(history(g, "base:ebranch@+2")).containsExactly("e", "d");
    }

    @Test
    void longAndShortBranches() {
        RevisionGraph g =
                graph(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c1", "b1"), rev("d11", "c1"), rev("d12", "c1"));
        assertThat(history(g, null)).containsExactly("b2", "d11", "d12", "c1", "b1", "a");
    }

    private final RevisionGraph multipleBranches = graph(
            rev("a"),
            rev("b1", "a"),
            rev("b2", "a"),
            rev("cb1", "b1"),
            rev("cb2", "b2"),
            rev("d1cb1", "cb1"),
            rev("d2cb1", "cb1"),
            rev("d1cb2", "cb2"),
            rev("d2cb2", "cb2"),
            rev("d3cb2", "cb2"),
            rev("d1d2cb2", "d1cb2", "d2cb2"));

    @Test
    void multipleBranches() {
        RevisionGraph g = multipleBranches;
        assertThat(history(g, "a:d1d2cb2")).containsExactly("d1d2cb2", "d1cb2", "d2cb2", "cb2", "b2", "a");
        assertThat(history(g, "a:current", rows("d2cb2", "d3cb2"))).containsExactly("d2cb2", "d3cb2", "cb2", "b2", "a");
        assertThat(history(g, "a:d3cb2")).containsExactly("d3cb2", "cb2", "b2", "a");
        assertThat(history(g, "base:d3cb2")).containsExactly("d3cb2", "cb2", "b2", "a");
        assertThat(history(g, "base:current", rows("d3cb2", "cb1")))
                .containsExactly("cb1", "b1", "d3cb2", "cb2", "b2", "a");
        // d1cb1 is not a descendant of b2, so it is left out
        assertThat(history(g, "b2:current", rows("d1cb1", "d2cb2", "d3cb2")))
                .containsExactly("d2cb2", "d3cb2", "cb2", "b2");
    }

    @Test
    void aRangeMustGoFromAnAncestorToADescendant() {
        RevisionGraph g = multipleBranches;
        assertThatThrownBy(() -> g.history("d1cb1:b1", Set.of()))
                .isInstanceOf(NotAncestorException.class)
                .hasMessage("history range 'd1cb1:b1' does not go from an ancestor to a descendant on one branch; put"
                        + " the older revision first");
        assertThatThrownBy(() -> g.history("b1:d2cb2", Set.of())).isInstanceOf(NotAncestorException.class);
        assertThatThrownBy(() -> g.history("d1cb1:base", Set.of())).isInstanceOf(NotAncestorException.class);
        assertThatThrownBy(() -> g.history("b1", Set.of()))
                .isInstanceOf(MalformedIdentifierException.class)
                .hasMessage("history range 'b1' is not START:END, START: or :END; separate the revisions with one ':'");
    }

    private final RevisionGraph travelling = graph(
            rev("a1"),
            rev("a2", "a1"),
            rev("a3", "a2"),
            rev("b1", "a3"),
            rev("b2", "a3"),
            rev("cb1", "b1"),
            rev("cb2", "b2"),
            rev("db1", "cb1"),
            rev("db2", "cb2"),
            rev("e1b1", "db1"),
            rev("fe1b1", "e1b1"),
            rev("e2b1", "db1"),
            rev("e2b2", "db2"),
            rev("merge", "e2b1", "e2b2"));

    @Test
    void branchesEndAtTheirBranchPointBeforeGoingOn() {
        RevisionGraph g = travelling;
        assertThat(history(g, "a3:current", rows("merge", "fe1b1")))
                .containsExactly(
                        "fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3");
        assertThat(history(g, "a1:merge"))
                .containsExactly("merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1");
        assertThat(history(g, "b1:merge")).containsExactly("merge", "e2b1", "db1", "cb1", "b1");
        assertThat(history(g, "a2:merge"))
                .containsExactly("merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2");
        assertThat(history(g, "a1:heads"))
                .containsExactly(
                        "fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2",
                        "a1");
        assertThat(history(g, "current:heads", rows("cb1", "cb2")))
                .containsExactly("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "e2b2", "db2", "cb2");
    }

    @Test
    void overlappingStartsAreRefused() {
        assertThatThrownBy(() -> travelling.upgradePlan(rows("db1", "b2", "fe1b1"), "heads"))
                .isInstanceOf(OverlappingRevisionsException.class)
                .hasMessage("revision fe1b1 overlaps with db1 (they are on one line of descent); name only unrelated"
                        + " revisions, or fix the version table with 'retort stamp'");
    }

    private final RevisionGraph multipleBases = graph(
            rev("base1"),
            rev("base2"),
            rev("base3"),
            rev("a1a", "base1"),
            rev("a1b", "base1"),
            rev("a2", "base2"),
            rev("a3", "base3"),
            rev("b1a", "a1a"),
            rev("b1b", "a1b"),
            rev("b2", "a2"),
            rev("b3", "a3"),
            rev("c2", "b2"),
            rev("d2", "c2"),
            rev("mergeb3d2", "b3", "d2"));

    @Test
    void multipleBases() {
        RevisionGraph g = multipleBases;
        List<String> all = List.of(
                "b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2", "c2", "b2", "a2", "base2");
        assertThat(history(g, null)).isEqualTo(all);
        assertThat(history(g, "base:heads")).isEqualTo(all);
        assertThat(history(g, "base3:b3")).containsExactly("b3", "a3", "base3");
        assertThatThrownBy(() -> g.history("current:c2", rows("a2", "b2")))
                .isInstanceOf(OverlappingRevisionsException.class)
                .hasMessageStartingWith("revision b2 overlaps with a2");
    }

    /**
     * <pre>
     * base1 -> a1a -> b1a          b1b and c2 depend on a3
     *       -> a1b -> b1b
     * base3 -> a3 -> b3
     * base2 -> a2 -> b2 -> c2 -> d2
     * </pre>
     */
    static RevisionGraph crossDependencyOne() {
        return graph(
                rev("base1").withBranchLabels("b_1"),
                rev("a1a", "base1"),
                rev("a1b", "base1"),
                rev("b1a", "a1a"),
                rev("b1b", "a1b").withDependsOn("a3"),
                rev("base2").withBranchLabels("b_2"),
                rev("a2", "base2"),
                rev("b2", "a2"),
                rev("c2", "b2").withDependsOn("a3"),
                rev("d2", "c2"),
                rev("base3").withBranchLabels("b_3"),
                rev("a3", "base3"),
                rev("b3", "a3"));
    }

    @Test
    void crossDependencies() {
        RevisionGraph g = crossDependencyOne();
        assertThat(ids(g.heads())).containsExactly("b1a", "b1b", "b3", "d2");
        // Alembic lists d2's branch before b3's because its file came first; we break the tie by id.
        assertThat(history(g, null))
                .containsExactly(
                        "b1a", "a1a", "b1b", "a1b", "base1", "b3", "d2", "c2", "b2", "a2", "base2", "a3", "base3");
        assertThat(history(g, "base:b_2@head")).containsExactly("d2", "c2", "b2", "a2", "base2", "a3", "base3");
        assertThat(history(g, "base:b_3@head")).containsExactly("b3", "a3", "base3");
        assertThat(history(g, "base:b1b@head")).containsExactly("b1b", "a1b", "base1", "a3", "base3");
        assertThat(history(g, "b_2@base:heads")).containsExactly("d2", "c2", "b2", "a2", "base2", "a3", "base3");
        assertThat(history(g, "b_3@base:heads")).containsExactly("b3", "a3", "base3");
    }

    @Test
    void crossDependenciesBetweenLabelledBases() {
        RevisionGraph g = graph(
                rev("base1").withBranchLabels("b_1"),
                rev("a1", "base1"),
                rev("b1", "a1"),
                rev("c1", "b1"),
                rev("base2").withDependsOn("b_1").withBranchLabels("b_2"),
                rev("a2", "base2"),
                rev("b2", "a2"),
                rev("c2", "b2"),
                rev("d2", "c2"),
                rev("base3").withBranchLabels("b_3"),
                rev("a3", "base3"),
                rev("b3", "a3"),
                rev("c3", "b3").withDependsOn("b2"),
                rev("d3", "c3"));
        assertThat(ids(g.heads())).containsExactly("c1", "d2", "d3");
        assertThat(history(g, null))
                .containsExactly(
                        "c1", "b1", "a1", "d2", "c2", "d3", "c3", "b3", "a3", "base3", "b2", "a2", "base2", "base1");
        assertThat(history(g, ":b_2@head")).containsExactly("d2", "c2", "b2", "a2", "base2", "base1");
        assertThat(history(g, ":b_3@head"))
                .containsExactly("d3", "c3", "b3", "a3", "base3", "b2", "a2", "base2", "base1");
        assertThat(history(g, ":b_1@head")).containsExactly("c1", "b1", "a1", "base1");
        assertThat(history(g, "b_1@base:")).containsExactly("c1", "b1", "a1", "base1");
        assertThat(history(g, "b_2@base:")).containsExactly("d2", "c2", "b2", "a2", "base2", "base1");
        assertThat(history(g, "b_3@base:"))
                .containsExactly("d3", "c3", "b3", "a3", "base3", "b2", "a2", "base2", "base1");
    }

    @Test
    void aBaseThatOnlyDependsOnAnotherBranch() {
        RevisionGraph g = graph(
                rev("base1"), rev("a1", "base1"), rev("b1", "a1"), rev("c2").withDependsOn("a1"), rev("c3", "c2"));
        assertThat(history(g, null)).containsExactly("b1", "c3", "c2", "a1", "base1");
    }

    @Test
    void currentCanStartOrEndARange() {
        RevisionGraph g = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"));
        assertThat(history(g, "current:", rows("b"))).containsExactly("d", "c", "b");
        assertThat(history(g, ":current", rows("b"))).containsExactly("b", "a");
        assertThat(history(g, ":current", rows())).containsExactly("d", "c", "b", "a");
        assertThat(history(g, "-1:", rows())).containsExactly("d", "c");
    }
}
