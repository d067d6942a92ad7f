package dev.retort.graph;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Orders revisions newest first as Alembic's {@code _topological_sort} does: walk down one branch as
 * far as possible; at a revision that another walk still needs, switch to the first such walk; when a
 * walk ends, resume the one before it. Merge points continue with their first parent and queue the
 * others.
 *
 * <p>Runs in near-linear time: "still needed" is a count of pending children, and the walk to switch to
 * is found by a short search up through the revisions not yet listed (falling back to segment-based
 * ancestry when that region is large). Not thread-safe; one instance sorts once.
 */
final class RevisionSorter {
    /** How many revisions the search up from a blocked revision visits before asking {@link Lineage}. */
    private static final int SEARCH_BUDGET = 256;

    private final Topology t;
    private final Lineage lineage;
    private final BitSet remaining;
    private final int[] pending;
    private final boolean[] walking;
    private final IntStack walks = new IntStack();
    private final boolean searchUp;
    private int[] mark;
    private int epoch;

    private RevisionSorter(Topology topology, Lineage lineage, BitSet todo, boolean searchUp) {
        this.t = topology;
        this.lineage = lineage;
        this.remaining = (BitSet) todo.clone();
        this.pending = new int[topology.size()];
        this.walking = new boolean[topology.size()];
        this.searchUp = searchUp;
    }

    /** The revisions of {@code todo}, each before its parents and dependencies. */
    static int[] sort(Topology t, Lineage lineage, BitSet todo, int[] heads) {
        return new RevisionSorter(t, lineage, todo, true).run(heads, todo.cardinality());
    }

    /**
     * As {@link #sort}, for a set that may be missing revisions between two of its members (a history range
     * over dependencies): then only ancestry over the whole graph tells, as in Alembic, whether another walk
     * still needs a revision and which.
     */
    static int[] sortRange(Topology t, Lineage lineage, BitSet todo, int[] heads) {
        boolean convex = !t.hasDependencies();
        return new RevisionSorter(t, lineage, todo, convex).run(heads, todo.cardinality());
    }

    private int[] run(int[] heads, int size) {
        remaining.stream().forEach(r -> {
            for (int parent : t.normDown[r]) {
                if (remaining.get(parent)) {
                    pending[parent]++;
                }
            }
        });
        for (int head : Arrays.stream(heads).sorted().toArray()) {
            start(head);
        }
        // Alembic would stop with revisions that no head leads to; start walks at them instead.
        remaining.stream().filter(r -> pending[r] == 0).forEach(this::start);
        int[] out = new int[size];
        int count = 0;
        int index = 0;
        while (!walks.isEmpty()) {
            int candidate = walks.get(index);
            if (pending[candidate] > 0 || !searchUp) {
                int needing = walkNeeding(index, candidate);
                if (needing >= 0) {
                    index = needing;
                    continue;
                }
            }
            out[count++] = candidate;
            index = emit(index, candidate);
        }
        return out;
    }

    /** Lists {@code candidate} and moves its walk to its parents; returns the walk to continue with. */
    private int emit(int index, int candidate) {
        remaining.clear(candidate);
        walking[candidate] = false;
        boolean continued = false;
        for (int parent : t.normDown[candidate]) {
            if (remaining.get(parent)) {
                pending[parent]--;
                if (!walking[parent]) {
                    walking[parent] = true;
                    if (continued) {
                        walks.push(parent);
                    } else {
                        walks.set(index, parent);
                        continued = true;
                    }
                }
            }
        }
        if (continued) {
            return index;
        }
        walks.removeAt(index);
        return Math.max(index - 1, 0);
    }

    private void start(int revision) {
        if (remaining.get(revision) && !walking[revision]) {
            walking[revision] = true;
            walks.push(revision);
        }
    }

    /**
     * The first walk whose position descends from {@code candidate}, or -1. One exists while it has pending
     * children; in a set with gaps there may be one even without.
     */
    private int walkNeeding(int index, int candidate) {
        if (searchUp && markUnlistedAbove(candidate)) {
            for (int j = 0; j < walks.size(); j++) {
                if (j != index && mark[walks.get(j)] == epoch) {
                    return j;
                }
            }
        }
        for (int j = 0; j < walks.size(); j++) {
            int position = walks.get(j);
            if (j != index
                    && t.rank[position] > t.rank[candidate]
                    && lineage.isAncestorOrSelf(candidate, position, true)) {
                return j;
            }
        }
        if (pending[candidate] > 0) {
            throw new IllegalStateException("no walk leads to pending revision " + t.id(candidate));
        }
        return -1;
    }

    /**
     * Marks the revisions not yet listed above {@code revision}; every walk it waits for sits among them.
     * Returns false when there are more than the budget.
     */
    private boolean markUnlistedAbove(int revision) {
        if (mark == null) {
            mark = new int[t.size()];
        }
        epoch++;
        IntStack stack = new IntStack();
        stack.push(revision);
        mark[revision] = epoch;
        int visited = 0;
        while (!stack.isEmpty()) {
            for (int child : t.normNext[stack.pop()]) {
                if (remaining.get(child) && mark[child] != epoch) {
                    if (++visited > SEARCH_BUDGET) {
                        return false;
                    }
                    mark[child] = epoch;
                    stack.push(child);
                }
            }
        }
        return true;
    }
}
