package dev.retort.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes each revision's branch labels the way Alembic does, in two linear passes.
 *
 * <p>A label reaches every descendant (through parents, not dependencies) of the revision that declares
 * it. When that revision's descendants form a single chain free of branch and merge points, the label
 * also reaches back down its ancestors until the first branch point or merge point, so that the whole
 * branch carries the label. Label sets are shared along chains, so no revision's ancestors are walked
 * one by one.
 */
final class BranchLabels {
    private BranchLabels() {}

    static List<Set<String>> compute(TopologyBuilder b) {
        int n = b.nodes.length;
        if (b.labelOwner.isEmpty()) {
            return Collections.nCopies(n, Set.of());
        }
        List<Set<String>> inherited = slots(n);
        for (int revision : b.order) {
            Set<String> labels = b.nodes[revision].branchLabels();
            for (int parent : b.down[revision]) {
                labels = union(labels, inherited.get(parent));
            }
            inherited.set(revision, labels);
        }
        List<Set<String>> result = slots(n);
        List<Set<String>> pushed = slots(n);
        boolean[] chain = new boolean[n];
        boolean[] stop = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            int revision = b.order[i];
            int[] children = b.next[revision];
            boolean blocking = blocksWalk(b, revision);
            chain[revision] = children.length == 0 || (children.length == 1 && chain[children[0]]);
            stop[revision] = blocking || (children.length == 1 && stop[children[0]]);
            Set<String> walking = pushed.get(revision);
            Set<String> own = b.nodes[revision].branchLabels();
            if (!own.isEmpty() && chain[revision] && !stop[revision]) {
                walking = union(walking, own);
            }
            result.set(revision, union(inherited.get(revision), walking));
            if (walking != null && b.down[revision].length == 1) {
                int parent = b.down[revision][0];
                if (!blocksWalk(b, parent)) {
                    pushed.set(parent, union(pushed.get(parent), walking));
                }
            }
        }
        return Collections.unmodifiableList(result);
    }

    private static List<Set<String>> slots(int n) {
        return new ArrayList<>(Collections.nCopies(n, null));
    }

    /** Alembic's walk down from a labelled branch stops at real branch points and merge points. */
    private static boolean blocksWalk(TopologyBuilder b, int revision) {
        return b.allNext[revision].length > 1 || b.down[revision].length > 1;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (a == null || a.isEmpty()) {
            return b == null ? Set.of() : b;
        }
        if (b == null || b.isEmpty() || a.containsAll(b)) {
            return a;
        }
        if (b.containsAll(a)) {
            return b;
        }
        Set<String> union = new LinkedHashSet<>(a);
        union.addAll(b);
        return Collections.unmodifiableSet(union);
    }
}
