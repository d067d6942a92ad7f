package dev.retort.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validated graph as arrays indexed by revision, in id order. Immutable once built.
 *
 * <p>Edges come in three kinds, as in Alembic: {@code down} are the declared parents ({@code revises});
 * {@code allDown} adds the resolved dependencies; {@code normDown} adds only those dependencies that no
 * ancestor already declares. Ancestry through {@code allDown} and {@code normDown} is the same; the
 * normalized form decides step order and version-table rows.
 */
final class Topology {
    /** Stands for "no revision": the base below every root, or nothing to walk from. */
    static final int BASE = -1;
    /** A relative walk that went past the end of the graph. */
    static final int OVERWALK = -2;

    final RevisionNode[] nodes;
    final Map<String, Integer> indexById;
    final Map<String, Integer> labelOwner;
    final int[][] down;
    final int[][] allDown;
    final int[][] normDown;
    final int[][] next;
    final int[][] allNext;
    final int[][] normNext;
    /** Position in a topological order: every revision ranks above its parents and dependencies. */
    final int[] rank;

    private final boolean hasDependencies;

    final Segments versionedSegments;
    final Segments allSegments;
    final List<Set<String>> labels;
    /** Ids and branch labels, sorted, for prefix lookups. */
    final String[] keys;

    final int[] versionedHeads;
    final int[] realHeads;
    final int[] bases;

    Topology(TopologyBuilder b) {
        nodes = b.nodes;
        indexById = b.indexById;
        labelOwner = b.labelOwner;
        down = b.down;
        allDown = b.allDown;
        normDown = b.normDown;
        next = b.next;
        allNext = b.allNext;
        normNext = b.normNext;
        rank = b.rank;
        hasDependencies = b.hasDependencies;
        versionedSegments = b.versionedSegments;
        allSegments = b.allSegments;
        labels = b.labels;
        keys = b.keys;
        versionedHeads = select(next);
        realHeads = select(allNext);
        bases = select(down);
    }

    int size() {
        return nodes.length;
    }

    String id(int revision) {
        return nodes[revision].id();
    }

    List<String> ids(int[] revisions) {
        return Arrays.stream(revisions).mapToObj(this::id).toList();
    }

    /** The revision with this exact id or branch label, or null. */
    Integer lookup(String key) {
        Integer index = indexById.get(key);
        return index != null ? index : labelOwner.get(key);
    }

    /** Whether any revision declares dependencies. */
    boolean hasDependencies() {
        return hasDependencies;
    }

    boolean isRealBranchPoint(int revision) {
        return allNext[revision].length > 1;
    }

    boolean isMergePoint(int revision) {
        return down[revision].length > 1;
    }

    private int[] select(int[][] edges) {
        int count = 0;
        for (int[] targets : edges) {
            count += targets.length == 0 ? 1 : 0;
        }
        int[] selected = new int[count];
        count = 0;
        for (int i = 0; i < edges.length; i++) {
            if (edges[i].length == 0) {
                selected[count++] = i;
            }
        }
        return selected;
    }
}
