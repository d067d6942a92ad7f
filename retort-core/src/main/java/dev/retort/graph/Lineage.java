package dev.retort.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Ancestors and descendants of revisions, over parents only ({@code deps = false}) or over parents and
 * dependencies. Not thread-safe: it caches answers for the query that made it.
 */
final class Lineage {
    private final Topology t;
    private Reachability versioned;
    private Reachability all;

    Lineage(Topology topology) {
        this.t = topology;
    }

    boolean isAncestorOrSelf(int ancestor, int revision, boolean deps) {
        return reachability(deps).isAncestorOrSelf(ancestor, revision);
    }

    /** Whether any of {@code others} is an ancestor, a descendant or the revision itself. */
    boolean sharesLineage(int revision, int[] others, boolean deps) {
        for (int other : others) {
            if (isAncestorOrSelf(other, revision, deps) || isAncestorOrSelf(revision, other, deps)) {
                return true;
            }
        }
        return false;
    }

    /** The revisions and all their ancestors. */
    BitSet ancestors(int[] revisions, boolean deps) {
        return closure(revisions, deps ? t.allDown : t.down);
    }

    /** The revisions and all their descendants. */
    BitSet descendants(int[] revisions, boolean deps) {
        return closure(revisions, deps ? t.allNext : t.next);
    }

    /**
     * Ancestors (or descendants) as above, refusing revisions that lie on one line of descent the way
     * Alembic does: walking from each in turn, it fails if the walk meets another of them.
     */
    BitSet closureChecked(int[] revisions, boolean ancestors, boolean deps) {
        int[][] edges = ancestors ? (deps ? t.allDown : t.down) : (deps ? t.allNext : t.next);
        BitSet seen = new BitSet(t.size());
        BitSet met = new BitSet(t.size());
        IntStack stack = new IntStack();
        for (int start : revisions) {
            met.clear();
            stack.push(start);
            while (!stack.isEmpty()) {
                int revision = stack.pop();
                met.set(revision);
                if (!seen.get(revision)) {
                    seen.set(revision);
                    stack.pushAll(edges[revision]);
                }
            }
            List<String> overlaps = new ArrayList<>();
            for (int other : revisions) {
                if (other != start && met.get(other) && !overlaps.contains(t.id(other))) {
                    overlaps.add(t.id(other));
                }
            }
            if (!overlaps.isEmpty()) {
                throw new OverlappingRevisionsException(t.id(start), overlaps);
            }
        }
        return seen;
    }

    private BitSet closure(int[] revisions, int[][] edges) {
        BitSet seen = new BitSet(t.size());
        IntStack stack = new IntStack();
        for (int start : revisions) {
            if (start >= 0 && !seen.get(start)) {
                seen.set(start);
                stack.push(start);
            }
        }
        while (!stack.isEmpty()) {
            for (int neighbour : edges[stack.pop()]) {
                if (!seen.get(neighbour)) {
                    seen.set(neighbour);
                    stack.push(neighbour);
                }
            }
        }
        return seen;
    }

    private Reachability reachability(boolean deps) {
        if (deps) {
            if (all == null) {
                all = new Reachability(t.allSegments, t.rank);
            }
            return all;
        }
        if (versioned == null) {
            versioned = new Reachability(t.versionedSegments, t.rank);
        }
        return versioned;
    }
}
