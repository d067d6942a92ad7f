package dev.retort.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Large graphs build, sort and plan without recursion; timing is measured in bench/, not here. */
class LargeGraphTest {
    @Test
    void hundredThousandRevisionsWithBranchesAndMerges() {
        RevisionGraph g = RevisionGraph.of(GraphGenerator.generate(100_000, 0.01, 0.01, 42));
        List<RevisionNode> order = g.topologicalOrder();
        assertThat(order).hasSize(100_000);
        assertParentsFirst(order);
        assertThat(g.branchPoints()).hasSizeGreaterThan(500);
        assertThat(g.mergePoints()).hasSizeGreaterThan(500);

        Set<String> rows = new HashSet<>();
        List<MigrationStep> up = g.upgradePlan(rows, "heads");
        assertThat(up).hasSize(100_000);
        up.forEach(step -> step.versionChanges().forEach(change -> change.applyTo(rows)));
        assertThat(rows).isEqualTo(ids(g.heads()));

        List<MigrationStep> down = g.downgradePlan(rows, "base");
        assertThat(down).hasSize(100_000);
        down.forEach(step -> step.versionChanges().forEach(change -> change.applyTo(rows)));
        assertThat(rows).isEmpty();
    }

    @Test
    void aChainOfHundredThousandRevisions() {
        List<RevisionNode> chain = new ArrayList<>();
        chain.add(RevisionNode.of("r0"));
        for (int i = 1; i < 100_000; i++) {
            chain.add(RevisionNode.of("r" + i, "r" + (i - 1)));
        }
        RevisionGraph g = RevisionGraph.of(chain);
        assertThat(g.topologicalOrder().get(99_999).id()).isEqualTo("r99999");
        assertThat(g.history(null, Set.of())).hasSize(100_000);
        assertThat(g.history("r90000:", Set.of())).hasSize(10_000);
        assertThat(g.resolveOne("head-99999", Set.of()).id()).isEqualTo("r0");
        assertThat(g.resolveOne("r0+99999", Set.of()).id()).isEqualTo("r99999");
        List<MigrationStep> down = g.downgradePlan(Set.of("r99999"), "base");
        assertThat(down).hasSize(100_000);
        assertThat(down.get(99_999).versionChanges()).containsExactly(new VersionChange.Delete("r0"));
    }

    @Test
    void theGeneratorIsDeterministic() {
        List<RevisionNode> first = GraphGenerator.generate(2_000, 0.01, 0.01, 7);
        assertThat(GraphGenerator.generate(2_000, 0.01, 0.01, 7)).isEqualTo(first);
        assertThat(GraphGenerator.generate(2_000, 0.01, 0.01, 8)).isNotEqualTo(first);
        RevisionGraph g = RevisionGraph.of(first);
        assertThat(g.size()).isEqualTo(2_000);
        assertThat(g.bases()).hasSize(1);
    }

    private static void assertParentsFirst(List<RevisionNode> order) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i).id(), i);
        }
        for (RevisionNode node : order) {
            for (String parent : node.revises()) {
                assertThat(position.get(parent)).isLessThan(position.get(node.id()));
            }
        }
    }

    private static Set<String> ids(List<RevisionNode> nodes) {
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.id()));
        return ids;
    }
}
