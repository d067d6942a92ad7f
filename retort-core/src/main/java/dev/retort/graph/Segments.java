package dev.retort.graph;

/**
 * The graph cut into segments: maximal chains in which each link is a revision's only child and that
 * child's only parent. Real histories are long chains with few branch and merge points, so questions
 * about ancestry can be answered over segments instead of revisions.
 */
final class Segments {
    final int[] segmentOf;
    /** Distance from the bottom of the revision's segment. */
    final int[] position;
    /** Topological rank of each segment's bottom revision. */
    final int[] bottomRank;
    /** For each segment, the segments holding its bottom revision's parents. */
    final int[][] parents;

    private Segments(int[] segmentOf, int[] position, int[] bottomRank, int[][] parents) {
        this.segmentOf = segmentOf;
        this.position = position;
        this.bottomRank = bottomRank;
        this.parents = parents;
    }

    static Segments build(int[][] down, int[][] up, int[] order) {
        int n = order.length;
        int[] segmentOf = new int[n];
        int[] position = new int[n];
        int[] bottoms = new int[Math.max(n, 1)];
        int count = 0;
        for (int revision : order) {
            int[] parents = down[revision];
            if (parents.length == 1 && up[parents[0]].length == 1) {
                segmentOf[revision] = segmentOf[parents[0]];
                position[revision] = position[parents[0]] + 1;
            } else {
                segmentOf[revision] = count;
                bottoms[count++] = revision;
            }
        }
        int[] bottomRank = new int[count];
        int[][] parentSegments = new int[count][];
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[order[i]] = i;
        }
        for (int s = 0; s < count; s++) {
            int bottom = bottoms[s];
            bottomRank[s] = rank[bottom];
            int[] parents = down[bottom];
            int[] segments = new int[parents.length];
            for (int i = 0; i < parents.length; i++) {
                segments[i] = segmentOf[parents[i]];
            }
            parentSegments[s] = segments.length < 2 ? segments : Edges.concatDistinct(segments, new int[0]);
        }
        return new Segments(segmentOf, position, bottomRank, parentSegments);
    }

    int count() {
        return bottomRank.length;
    }
}
