package dev.retort.graph;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The revision graph: revisions linked by {@code revises} (parents) and {@code dependsOn}, with branch
 * labels, and the plans that move a database along it. It follows Alembic's revision map: the same
 * identifiers, the same order of steps, the same version-table rows.
 *
 * <p>Immutable and thread-safe. Ties between unrelated revisions are broken by revision id, so results
 * never depend on the order in which revisions were found. Version-table rows ({@code currentHeads})
 * must be exact revision ids; an empty set means the database is at base.
 */
public final class RevisionGraph {
    private final Topology t;
    private volatile List<RevisionNode> topologicalOrder;

    private RevisionGraph(Topology topology) {
        this.t = topology;
    }

    /**
     * Builds and validates a graph, failing with {@link DuplicateRevisionException},
     * {@link InvalidRevisionIdException}, {@link RevisionNotFoundException} (an unknown {@code revises} or
     * {@code dependsOn}), {@link DuplicateBranchLabelException}, {@link MissingBaseException} or
     * {@link CycleException}. The order of {@code nodes} does not matter.
     */
    public static RevisionGraph of(Collection<RevisionNode> nodes) {
        return new RevisionGraph(TopologyBuilder.build(nodes));
    }

    /** The revision with exactly this id. */
    public RevisionNode get(String exactId) {
        return t.nodes[index(exactId)];
    }

    /** Whether a revision has exactly this id. */
    public boolean contains(String exactId) {
        return t.indexById.containsKey(exactId);
    }

    /** The number of revisions. */
    public int size() {
        return t.size();
    }

    /** Revisions that no revision revises (dependents do not count), by id. */
    public List<RevisionNode> heads() {
        return nodes(t.versionedHeads);
    }

    /** Revisions that revise nothing, by id. */
    public List<RevisionNode> bases() {
        return nodes(t.bases);
    }

    /** Revisions revised by more than one revision, by id. */
    public List<RevisionNode> branchPoints() {
        return nodes(
                IntStream.range(0, t.size()).filter(i -> t.next[i].length > 1).toArray());
    }

    /** Revisions that revise more than one revision, by id. */
    public List<RevisionNode> mergePoints() {
        return nodes(IntStream.range(0, t.size()).filter(t::isMergePoint).toArray());
    }

    /** Whether no revision revises this one. */
    public boolean isHead(String id) {
        return t.next[index(id)].length == 0;
    }

    /** Whether this revision revises nothing. */
    public boolean isBase(String id) {
        return t.down[index(id)].length == 0;
    }

    /** Whether more than one revision revises this one. */
    public boolean isBranchPoint(String id) {
        return t.next[index(id)].length > 1;
    }

    /** Whether this revision revises more than one revision. */
    public boolean isMergePoint(String id) {
        return t.isMergePoint(index(id));
    }

    /** The branch labels of a revision: its own and those it inherits along its branch, as Alembic computes them. */
    public Set<String> branchLabelsOf(String id) {
        return t.labels.get(index(id));
    }

    /** The revisions that revise this one, by id. */
    public List<RevisionNode> children(String id) {
        return nodes(t.next[index(id)]);
    }

    /** Every revision, bases first, each after its parents and dependencies: the order {@code upgrade heads} applies from base. */
    public List<RevisionNode> topologicalOrder() {
        List<RevisionNode> order = topologicalOrder;
        if (order == null) {
            order = new GraphQuery(t).topologicalOrder();
            topologicalOrder = order;
        }
        return order;
    }

    /**
     * The revisions an identifier names: an id or unique prefix, a branch label, {@code head}, {@code heads}
     * (all heads), {@code base} (none), {@code LABEL@REV}, {@code LABEL@head}, {@code LABEL@heads},
     * {@code LABEL@base}, {@code REV+N}, {@code REV-N}, and {@code +N}, {@code -N}, {@code LABEL@+N},
     * {@code LABEL@-N} counted from the current heads as {@code upgrade} and {@code downgrade} count.
     */
    public List<RevisionNode> resolve(String identifier, Set<String> currentHeads) {
        return new GraphQuery(t).resolve(identifier, currentHeads);
    }

    /**
     * The one revision an identifier names, or null for {@code base}.
     *
     * @throws MultipleHeadsException when it names several (such as {@code head} with several heads)
     */
    public RevisionNode resolveOne(String identifier, Set<String> currentHeads) {
        return new GraphQuery(t).resolveOne(identifier, currentHeads);
    }

    /**
     * Revisions newest first, as {@code history} lists them.
     *
     * @param range {@code START:END}, {@code START:} or {@code :END}, where either may be {@code current};
     *     null for all revisions
     */
    public List<RevisionNode> history(String range, Set<String> currentHeads) {
        return new GraphQuery(t).history(range, currentHeads);
    }

    /**
     * The steps that take a database at {@code currentHeads} up to {@code target} (null: {@code heads}),
     * in the order to apply them. For an offline {@code START:END} upgrade, pass the resolved start.
     */
    public List<MigrationStep> upgradePlan(Set<String> currentHeads, String target) {
        return new GraphQuery(t).upgradePlan(currentHeads, target);
    }

    /** The steps that take a database at {@code currentHeads} down to {@code target}, in the order to apply them. */
    public List<MigrationStep> downgradePlan(Set<String> currentHeads, String target) {
        return new GraphQuery(t).downgradePlan(currentHeads, target);
    }

    /**
     * The version-table changes that stamp {@code targets} (empty: {@code base}) without running migrations.
     * With {@code purge}, every current row is deleted first, known to the graph or not.
     */
    public List<VersionChange> stampPlan(Set<String> currentHeads, List<String> targets, boolean purge) {
        return new GraphQuery(t).stampPlan(currentHeads, targets, purge);
    }

    private int index(String exactId) {
        Integer index = t.indexById.get(exactId);
        if (index == null) {
            throw RevisionNotFoundException.unknownId(exactId);
        }
        return index;
    }

    private List<RevisionNode> nodes(int[] revisions) {
        return Arrays.stream(revisions).mapToObj(r -> t.nodes[r]).toList();
    }
}
