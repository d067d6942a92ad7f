package dev.retort.graph;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Orders revisions newest first as Alembic's {@code _topological_sort} does: walk down one branch as
 * far as possible; at a revision that another walk still needs, switch to the first such walk; when a
 * walk ends, resume the one before it. Merge points continue with their first parent and queue the
 * others. Runs in near-linear time: "still needed" is a count of pending children, and the walk to
 * switch to is found with {@link Lineage}'s segment-based ancestry.
 */
final class RevisionSorter {
    private RevisionSorter() {}

    /** The revisions of {@code todo}, each before its parents and dependencies. */
    static int[] sort(Topology t, Lineage lineage, BitSet todo, int[] heads) {
        BitSet remaining = (BitSet) todo.clone();
        int[] pending = new int[t.size()];
        remaining.stream().forEach(r -> {
            for (int parent : t.normDown[r]) {
                if (remaining.get(parent)) {
                    pending[parent]++;
                }
            }
        });
        boolean[] walking = new boolean[t.size()];
        IntStack walks = new IntStack();
        for (int head : Arrays.stream(heads).sorted().toArray()) {
            start(head, remaining, walking, walks);
        }
        // Alembic would stop here with revisions no head leads to; start walks at them instead.
        remaining.stream().filter(r -> pending[r] == 0).forEach(r -> start(r, remaining, walking, walks));

        int[] out = new int[todo.cardinality()];
        int count = 0;
        int index = 0;
        while (!walks.isEmpty()) {
            int candidate = walks.get(index);
            if (pending[candidate] > 0) {
                index = walkNeeding(t, lineage, walks, index, candidate);
                continue;
            }
            out[count++] = candidate;
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
            if (!continued) {
                walks.removeAt(index);
                index = Math.max(index - 1, 0);
            }
        }
        return out;
    }

    private static void start(int revision, BitSet remaining, boolean[] walking, IntStack walks) {
        if (remaining.get(revision) && !walking[revision]) {
            walking[revision] = true;
            walks.push(revision);
        }
    }

    /** The first walk whose position descends from {@code candidate}; one exists while it has pending children. */
    private static int walkNeeding(Topology t, Lineage lineage, IntStack walks, int index, int candidate) {
        for (int j = 0; j < walks.size(); j++) {
            int position = walks.get(j);
            if (j != index
                    && t.rank[position] > t.rank[candidate]
                    && lineage.isAncestorOrSelf(candidate, position, true)) {
                return j;
            }
        }
        throw new IllegalStateException("no walk leads to pending revision " + t.id(candidate));
    }
}
