package dev.retort.graph;

import static dev.retort.graph.TestGraphs.graph;
import static dev.retort.graph.TestGraphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphValidationTest {
    @Test
    void anEmptyGraphIsValid() {
        RevisionGraph g = graph();
        assertThat(g.size()).isZero();
        assertThat(g.heads()).isEmpty();
        assertThat(g.history(null, null)).isEmpty();
        assertThat(g.upgradePlan(null, "heads")).isEmpty();
    }

    @Test
    void unknownRevisesNamesTheFile() {
        assertThatThrownBy(() -> graph(rev("a"), rev("b", "zzz").withOrigin("versions/b_x.sql")))
                .isInstanceOf(RevisionNotFoundException.class)
                .hasMessage("versions/b_x.sql: revises unknown revision 'zzz'; fix revises or restore the missing"
                        + " revision");
    }

    @Test
    void unknownDependencyNamesTheFile() {
        assertThatThrownBy(
                        () -> graph(rev("a"), rev("b", "a").withDependsOn("lib").withOrigin("versions/b.java")))
                .isInstanceOf(RevisionNotFoundException.class)
                .hasMessage("versions/b.java: depends on unknown revision or branch label 'lib'; fix depends_on or"
                        + " restore the missing revision");
    }

    @Test
    void duplicateIdsNameBothOrigins() {
        assertThatThrownBy(() ->
                        graph(rev("a").withOrigin("versions/a_one.sql"), rev("a").withOrigin("versions/a_two.java")))
                .isInstanceOf(DuplicateRevisionException.class)
                .hasMessage("revision 'a' is defined twice, in versions/a_one.sql and versions/a_two.java; give one"
                        + " of them a new id");
    }

    @Test
    void reservedCharactersInIdsAreRefused() {
        assertThatThrownBy(() -> graph(rev("a-b").withOrigin("versions/a-b_x.sql")))
                .isInstanceOf(InvalidRevisionIdException.class)
                .hasMessage("versions/a-b_x.sql: revision id 'a-b' is empty or contains '@', '-', '+' or ':'; use"
                        + " letters, digits and underscores");
    }

    @Test
    void aRevisionRevisingItselfIsACycle() {
        assertThatThrownBy(
                        () -> graph(rev("a"), rev("b", "a"), rev("c", "b", "c").withOrigin("versions/c.sql")))
                .isInstanceOf(CycleException.class)
                .hasMessage("versions/c.sql: revision 'c' revises itself; remove it from revises");
        assertThatThrownBy(() -> graph(rev("a").withDependsOn("a")))
                .isInstanceOf(CycleException.class)
                .hasMessage("revision a: revision 'a' depends on itself; remove it from depends_on");
    }

    @Test
    void aCycleAboveABaseNamesOnlyTheRevisionsOnIt() {
        CycleException e = (CycleException)
                catchCycle(graph -> graph, rev("a"), rev("b", "a"), rev("c", "b", "e"), rev("d", "c"), rev("e", "d"));
        assertThat(e.revisions()).containsExactly("c", "e", "d");
        assertThat(e)
                .hasMessage("the revision graph has a cycle: c -> e -> d -> c; fix revises or depends_on in one"
                        + " of revision c, revision e, revision d");
    }

    @Test
    void aCycleThroughADependencyIsFound() {
        CycleException e = (CycleException) catchCycle(
                graph -> graph, rev("a").withDependsOn("c"), rev("b", "a"), rev("c", "b"), rev("d"), rev("e", "d"));
        assertThat(e.revisions()).containsExactly("a", "c", "b");
    }

    @Test
    void aCycleThroughABranchLabelIsFound() {
        assertThatThrownBy(
                        () -> graph(rev("a").withDependsOn("lib"), rev("b", "a").withBranchLabels("lib")))
                .isInstanceOf(CycleException.class)
                .hasMessageStartingWith("the revision graph has a cycle: a -> b -> a;");
    }

    @Test
    void aGraphWithoutBaseIsRefused() {
        assertThatThrownBy(() -> graph(rev("a", "c"), rev("b", "a"), rev("c", "b")))
                .isInstanceOf(MissingBaseException.class)
                .hasMessage("no base revision: each of the 3 revisions revises another one, as in a -> c -> b -> a;"
                        + " make revises empty in the first revision");
    }

    @Test
    void aBranchLabelMayBeDeclaredOnce() {
        assertThatThrownBy(() -> graph(
                        rev("a"),
                        rev("b", "a"),
                        rev("c", "b").withBranchLabels("xy1").withOrigin("versions/c.sql"),
                        rev("d"),
                        rev("e", "d").withBranchLabels("xy1").withOrigin("versions/e.sql"),
                        rev("f", "e")))
                .isInstanceOf(DuplicateBranchLabelException.class)
                .hasMessage("branch label 'xy1' is declared by both c (versions/c.sql) and e (versions/e.sql); rename"
                        + " one of them");
    }

    @Test
    void aBranchLabelMayNotBeARevisionId() {
        assertThatThrownBy(() -> graph(
                        rev("a").withOrigin("versions/a.sql"), rev("b", "a").withBranchLabels("a")))
                .isInstanceOf(DuplicateBranchLabelException.class)
                .hasMessage("branch label 'a' of revision b (revision b) is also the id of a revision (versions/a.sql);"
                        + " rename the label");
    }

    @Test
    void substringsOfIdsAreNotLoops() {
        RevisionGraph g = graph(rev("user_foo"), rev("user", "user_foo").withDependsOn("user_foo"));
        assertThat(TestGraphs.ids(g.history(null, null))).containsExactly("user", "user_foo");
        RevisionGraph h = graph(rev("user_foo"), rev("user").withDependsOn("user_foo"));
        assertThat(TestGraphs.ids(h.history(null, null))).containsExactly("user", "user_foo");
    }

    private static RuntimeException catchCycle(
            java.util.function.UnaryOperator<RevisionGraph> use, RevisionNode... nodes) {
        try {
            use.apply(RevisionGraph.of(List.of(nodes)));
            return null;
        } catch (CycleException e) {
            return e;
        }
    }
}
