package dev.retort.graph;

import static dev.retort.graph.Topology.BASE;
import static dev.retort.graph.Topology.OVERWALK;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses which revisions an upgrade, a downgrade or a history range covers (Alembic's
 * {@code _collect_upgrade_revisions} and {@code _collect_downgrade_revisions}). The order comes later,
 * from {@link RevisionSorter}.
 */
final class RevisionCollector {
    private final Topology t;
    private final IdentifierResolver resolver;
    private final TargetParser parser;
    private final Lineage lineage;

    RevisionCollector(IdentifierResolver resolver, TargetParser parser) {
        this.t = resolver.t;
        this.resolver = resolver;
        this.parser = parser;
        this.lineage = resolver.lineage;
    }

    /** The revisions to visit and the heads to start ordering from. */
    record Collected(BitSet revisions, int[] heads) {}

    /**
     * What is needed to reach {@code targets} from {@code lower}. An upgrade also fills in other branches
     * the targets need; a history range ({@code range} not null) keeps to descendants of its start,
     * includes the start, and refuses a start that is not below the end.
     *
     * @param upper the end as written, used when a relative start has to be counted from it
     * @param lowerText the start as written, when it is one identifier
     */
    Collected upgrade(int[] targets, List<String> upper, List<String> lower, String lowerText, String range) {
        boolean history = range != null;
        int[] goals = Arrays.stream(targets).filter(r -> r >= 0).toArray();
        if (lowerText != null && lowerText.indexOf('@') > 0) {
            goals = onNamedBranch(goals, lowerText.substring(0, lowerText.indexOf('@')));
        }
        BitSet required = lineage.closureChecked(goals, true, true);
        int[] current = lower.stream()
                .flatMapToInt(id -> Arrays.stream(resolver.revisions(id)))
                .toArray();
        boolean overwalked = current.length > 0 && current[0] == OVERWALK;
        current = Arrays.stream(current).filter(r -> r >= 0).toArray();
        if (history && Arrays.stream(current).anyMatch(r -> !required.get(r))) {
            throw NotAncestorException.historyRange(range);
        }
        if (overwalked) {
            int start = parser.downgradeTarget(upper, lowerText, !history).revision();
            current = start == BASE ? new int[0] : new int[] {start};
        }
        BitSet needs = (BitSet) required.clone();
        needs.andNot(lineage.closureChecked(current, true, true));
        if (history) {
            Arrays.stream(current).forEach(needs::set);
            if (current.length > 0) {
                needs.and(lineage.closureChecked(current, false, false));
            }
        }
        return new Collected(needs, goals);
    }

    /** For a start such as {@code LABEL@base}: only the targets on that branch. */
    private int[] onNamedBranch(int[] targets, String branch) {
        int revision = resolver.revision(branch);
        if (revision != BASE && t.id(revision).equals(branch)) {
            Set<String> labels = t.labels.get(revision);
            if (labels.size() != 1) {
                return Arrays.stream(targets)
                        .filter(r -> lineage.sharesLineage(r, new int[] {revision}, false))
                        .toArray();
            }
            branch = labels.iterator().next();
        }
        String label = branch;
        return Arrays.stream(targets)
                .filter(r -> t.labels.get(r).contains(label))
                .toArray();
    }

    /** What must be reverted to go down to {@code target}: everything above it that is applied. */
    Collected downgrade(List<String> currentIds, String target) {
        TargetParser.DowngradeTarget goal = parser.downgradeTarget(currentIds, target, true);
        int[] roots = goal.revision() == BASE ? t.bases : t.next[goal.revision()];
        if (goal.label() != null && roots.length > 1) {
            BitSet branch = lineage.ancestors(new int[] {resolver.branchRevision(goal.label())}, false);
            roots = Arrays.stream(roots).filter(branch::get).toArray();
            if (roots.length == 0) {
                throw NotAncestorException.downgradeTarget(target, currentIds);
            }
        }
        int[] heads = parser.current(currentIds);
        BitSet drop = lineage.descendants(roots, true);
        drop.and(lineage.ancestors(heads, true));
        if (goal.revision() != BASE && drop.isEmpty() && !Edges.contains(heads, goal.revision())) {
            throw NotAncestorException.downgradeTarget(target, currentIds);
        }
        return new Collected(drop, heads);
    }
}
