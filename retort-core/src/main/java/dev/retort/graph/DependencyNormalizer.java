package dev.retort.graph;

/**
 * Drops from each revision's dependencies those that one of its ancestors (through parents) already
 * declares, as Alembic does: such a dependency is implied, and keeping it would make the revision look
 * like a merge of lines it does not join.
 */
final class DependencyNormalizer {
    private DependencyNormalizer() {}

    /** For each revision: its parents, then the dependencies that remain. */
    static int[][] normalize(TopologyBuilder b) {
        int n = b.nodes.length;
        int[][] declarers = Edges.reverse(b.deps);
        Reachability versioned = new Reachability(b.versionedSegments, b.rank);
        int[][] normalized = new int[n][];
        for (int revision = 0; revision < n; revision++) {
            int[] deps = b.deps[revision];
            if (deps.length == 0) {
                normalized[revision] = b.down[revision];
                continue;
            }
            int[] kept = new int[deps.length];
            int count = 0;
            for (int dependency : deps) {
                if (!declaredByAncestor(dependency, revision, declarers, versioned)) {
                    kept[count++] = dependency;
                }
            }
            normalized[revision] = Edges.concatDistinct(b.down[revision], java.util.Arrays.copyOf(kept, count));
        }
        return normalized;
    }

    private static boolean declaredByAncestor(int dependency, int revision, int[][] declarers, Reachability versioned) {
        for (int other : declarers[dependency]) {
            if (other != revision && versioned.isAncestorOrSelf(other, revision)) {
                return true;
            }
        }
        return false;
    }
}
