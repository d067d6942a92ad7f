package dev.retort.graph;

import static dev.retort.graph.TestGraphs.graph;
import static dev.retort.graph.TestGraphs.ids;
import static dev.retort.graph.TestGraphs.rev;
import static dev.retort.graph.TestGraphs.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Identifier forms, after Alembic's test_revision.py (APITest, LabeledBranchTest). */
class IdentifierTest {
    private final RevisionGraph labelled = graph(
            rev("a").withBranchLabels("abranch"),
            rev("b", "a"),
            rev("somelongername", "b"),
            rev("c", "somelongername"),
            rev("d"),
            rev("e", "d").withBranchLabels("ebranch"),
            rev("someothername", "e"),
            rev("f", "someothername"));

    private final RevisionGraph twoHeads = graph(rev("a"), rev("b", "a"), rev("c1", "b"), rev("c2", "b"));

    private String one(RevisionGraph g, String identifier) {
        RevisionNode node = g.resolveOne(identifier, Set.of());
        return node == null ? null : node.id();
    }

    @Test
    void headBaseAndHeads() {
        RevisionGraph linear = graph(rev("a"), rev("b", "a"), rev("c", "b"));
        assertThat(one(linear, "head")).isEqualTo("c");
        assertThat(one(linear, "heads")).isEqualTo("c");
        assertThat(one(linear, "base")).isNull();
        assertThat(linear.resolve("base", Set.of())).isEmpty();
        assertThat(ids(twoHeads.resolve("heads", Set.of()))).containsExactly("c1", "c2");
        assertThat(one(graph(rev("a"), rev("b", "a"), rev("c"), rev("d", "c")), "base"))
                .isNull();
    }

    @Test
    void headWithSeveralHeadsSuggestsHeadsOrALabel() {
        assertThatThrownBy(() -> twoHeads.resolveOne("head", Set.of()))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessage("multiple heads for 'head': c1, c2; name one revision, use 'LABEL@head' for one branch,"
                        + " or 'heads' for all of them");
        assertThatThrownBy(() -> twoHeads.resolve("head", Set.of())).isInstanceOf(MultipleHeadsException.class);
        MultipleHeadsException e = catchMultiple(() -> twoHeads.resolveOne("heads", Set.of()));
        assertThat(e.argument()).isEqualTo("heads");
        assertThat(e.heads()).containsExactly("c1", "c2");
    }

    @Test
    void prefixesOfFourOrMoreCharacters() {
        assertThat(one(labelled, "e")).isEqualTo("e");
        assertThat(one(labelled, "someoth")).isEqualTo("someothername");
        assertThat(one(labelled, "ebranch@some")).isEqualTo("someothername");
        assertThat(one(labelled, "abranch@some")).isEqualTo("somelongername");
        assertThatThrownBy(() -> labelled.resolveOne("some", Set.of()))
                .isInstanceOf(AmbiguousRevisionException.class)
                .hasMessage("revision prefix 'some' is ambiguous: somelongername, someothername; type more characters");
        assertThatThrownBy(() -> labelled.resolveOne("ebranch@sos", Set.of()))
                .isInstanceOf(RevisionNotFoundException.class)
                .hasMessage("no revision or branch label 'sos'; use at least four characters of a revision id");
        assertThatThrownBy(() -> labelled.resolveOne("abranch@qprstuv", Set.of()))
                .isInstanceOf(RevisionNotFoundException.class)
                .hasMessage("no revision or branch label 'qprstuv'; check the id with 'retort history'");
    }

    @Test
    void threeCharactersMatchLongerIds() {
        RevisionGraph g = graph(rev("e6239818bb3a"), rev("548bbb905360", "e6239818bb3a"));
        assertThat(one(g, "548")).isEqualTo("548bbb905360");
    }

    @Test
    void branchLabels() {
        assertThat(one(labelled, "abranch")).isEqualTo("a");
        assertThat(one(labelled, "ebranch")).isEqualTo("e");
        assertThat(one(labelled, "ebranch@ebranch")).isEqualTo("e");
        assertThat(one(labelled, "abranch@head")).isEqualTo("c");
        assertThat(one(labelled, "abranch@heads")).isEqualTo("c");
        assertThat(one(labelled, "abranch@base")).isNull();
        assertThat(one(labelled, "ebranch@head")).isEqualTo("f");
        assertThat(one(labelled, "ebranch@d")).isEqualTo("d");
        assertThat(one(labelled, "e@d")).isEqualTo("d");
        assertThat(one(labelled, "someoth@d")).isEqualTo("d");
    }

    @Test
    void aRevisionOffTheBranchIsRefused() {
        assertThatThrownBy(() -> labelled.resolveOne("ebranch@b", Set.of()))
                .isInstanceOf(NotOnBranchException.class)
                .hasMessage("revision b is not on branch 'ebranch'; choose a revision of that branch or another label");
        assertThatThrownBy(() -> labelled.resolveOne("abranch@d", Set.of())).isInstanceOf(NotOnBranchException.class);
        assertThatThrownBy(() -> labelled.resolveOne("x@d", Set.of()))
                .isInstanceOf(RevisionNotFoundException.class)
                .hasMessage("no branch 'x'; put a branch label or a revision id before '@'");
        assertThatThrownBy(() -> labelled.resolveOne("abranch@", Set.of()))
                .isInstanceOf(MalformedIdentifierException.class)
                .hasMessage("revision identifier 'abranch@' names no revision after '@'; write LABEL@REV, LABEL@head"
                        + " or LABEL@base");
    }

    @Test
    void relativeToARevision() {
        RevisionGraph linear = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"));
        assertThat(one(linear, "b+2")).isEqualTo("d");
        assertThat(one(linear, "d-2")).isEqualTo("b");
        assertThat(one(linear, "d-4")).isNull();
        assertThat(one(linear, "base+1")).isEqualTo("a");
        assertThat(one(linear, "head-1")).isEqualTo("c");
        assertThat(one(linear, "b+0")).isEqualTo("b");
        assertThatThrownBy(() -> linear.resolveOne("d-5", Set.of()))
                .isInstanceOf(RelativeRevisionException.class)
                .hasMessage("relative revision d-5 goes beyond base; use a smaller step or 'base'");
        assertThatThrownBy(() -> linear.resolveOne("b+3", Set.of()))
                .isInstanceOf(RelativeRevisionException.class)
                .hasMessage("relative revision b+3 goes beyond head; use a smaller step or 'heads'");
    }

    @Test
    void relativeToTheCurrentHeads() {
        RevisionGraph linear = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"));
        assertThat(ids(linear.resolve("+1", rows("b")))).containsExactly("c");
        assertThat(ids(linear.resolve("-1", rows("b")))).containsExactly("a");
        assertThat(linear.resolve("-2", rows("b"))).isEmpty();
        assertThat(ids(linear.resolve("+1", rows()))).containsExactly("a");
        assertThatThrownBy(() -> linear.resolve("-3", rows("b")))
                .isInstanceOf(RelativeRevisionException.class)
                .hasMessage("relative revision -3 goes beyond base; use a smaller step or 'base'");
        assertThatThrownBy(() -> linear.resolve("-1", rows()))
                .isInstanceOf(RelativeRevisionException.class)
                .hasMessage("relative revision -1 goes beyond base; use a smaller step or 'base'");
    }

    @Test
    void relativeAlongALabelledBranch() {
        RevisionGraph g = branchedPath();
        assertThat(one(g, "c2branch@head-1")).isEqualTo("c2");
        assertThat(one(g, "c2branch@base+2")).isEqualTo("b");
        assertThat(one(g, "c2branch@base+3")).isEqualTo("c2");
        assertThat(ids(g.resolve("c1branch@-1", rows("d1", "d2")))).containsExactly("c1");
        assertThat(ids(g.resolve("c2branch@+1", rows("c1", "c2")))).containsExactly("d2");
        assertThat(ids(g.resolve("c2branch@+1", rows("c1")))).containsExactly("c2");
    }

    @Test
    void relativeFromARevisionOnALabelledBranch() {
        RevisionGraph g = branchedPath();
        assertThat(one(g, "c2branch@b+1")).isEqualTo("c2");
        assertThat(one(g, "c1branch@b+2")).isEqualTo("d1");
        assertThat(one(g, "c2branch@d2-2")).isEqualTo("b");
        assertThatThrownBy(() -> g.resolve("c2branch@-1", rows("d1")))
                .isInstanceOf(NotOnBranchException.class)
                .hasMessage("no current head is on branch 'c2branch', so c2branch@-1 has nothing to count from;"
                        + " upgrade that branch first or name a revision");
    }

    @Test
    void relativeStepsThatAreAmbiguous() {
        RevisionGraph g = branchedPath();
        assertThatThrownBy(() -> g.resolve("+1", rows("c1", "c2")))
                .isInstanceOf(RelativeRevisionException.class)
                .hasMessage("relative revision +1 is ambiguous with several current heads (c1, c2); use LABEL@+1 or"
                        + " REV+1");
        assertThatThrownBy(() -> g.resolve("-1", rows("d2", "d1")))
                .isInstanceOf(RelativeRevisionException.class)
                .hasMessage("relative revision -1 is ambiguous with several current heads (d1, d2); use LABEL@-1 or"
                        + " REV-1");
        assertThatThrownBy(() -> g.resolveOne("b+1", Set.of()))
                .isInstanceOf(RelativeRevisionException.class)
                .hasMessage("relative revision b+1 is ambiguous: b leads to c1, c2; use LABEL@+N, LABEL@-N or a"
                        + " revision id");
    }

    @Test
    void anEmptyIdentifierIsRefused() {
        assertThatThrownBy(() -> twoHeads.resolve(" ", Set.of()))
                .isInstanceOf(MalformedIdentifierException.class)
                .hasMessage("empty revision identifier; name a revision, 'head', 'heads' or 'base'");
        assertThatThrownBy(() -> twoHeads.upgradePlan(Set.of(), "")).isInstanceOf(MalformedIdentifierException.class);
    }

    @Test
    void currentHeadsMustBeKnownRevisions() {
        assertThatThrownBy(() -> twoHeads.resolve("+1", rows("zzz")))
                .isInstanceOf(RevisionNotFoundException.class)
                .hasMessage("the version table holds unknown revision 'zzz'; restore its revision file or reset the"
                        + " table with 'retort stamp --purge'");
    }

    static RevisionGraph branchedPath() {
        return graph(
                rev("a"),
                rev("b", "a"),
                rev("c1", "b").withBranchLabels("c1branch"),
                rev("d1", "c1"),
                rev("c2", "b").withBranchLabels("c2branch"),
                rev("d2", "c2"));
    }

    private static MultipleHeadsException catchMultiple(Runnable action) {
        try {
            action.run();
        } catch (MultipleHeadsException e) {
            return e;
        }
        throw new AssertionError("no MultipleHeadsException");
    }
}
