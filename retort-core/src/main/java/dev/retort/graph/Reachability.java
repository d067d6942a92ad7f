package dev.retort.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Answers "is A an ancestor of B" over one kind of edge, remembering answers per pair of segments.
 * Not thread-safe: each query of the graph makes its own.
 */
final class Reachability {
    private final Segments segments;
    private final int[] rank;
    private final Map<Long, Boolean> answers = new HashMap<>();
    private int[] visited;
    private int[] stack;
    private int epoch;

    Reachability(Segments segments, int[] rank) {
        this.segments = segments;
        this.rank = rank;
    }

    /** Whether {@code ancestor} is {@code revision} or one of its ancestors. */
    boolean isAncestorOrSelf(int ancestor, int revision) {
        if (ancestor == revision) {
            return true;
        }
        if (rank[ancestor] > rank[revision]) {
            return false;
        }
        int from = segments.segmentOf[ancestor];
        int to = segments.segmentOf[revision];
        if (from == to) {
            return segments.position[ancestor] <= segments.position[revision];
        }
        if (segments.bottomRank[from] >= segments.bottomRank[to]) {
            return false;
        }
        long key = ((long) from << 32) | to;
        Boolean known = answers.get(key);
        if (known == null) {
            known = searchDown(from, to);
            answers.put(key, known);
        }
        return known;
    }

    /** Depth-first from segment {@code to} towards its ancestors, skipping segments ranked at or below the goal. */
    private boolean searchDown(int goal, int to) {
        if (visited == null) {
            visited = new int[segments.count()];
            stack = new int[segments.count()];
        }
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(visited, 0);
            epoch = 1;
        }
        int top = 0;
        stack[top++] = to;
        visited[to] = epoch;
        int floor = segments.bottomRank[goal];
        while (top > 0) {
            int segment = stack[--top];
            for (int parent : segments.parents[segment]) {
                if (parent == goal) {
                    return true;
                }
                if (visited[parent] != epoch && segments.bottomRank[parent] > floor) {
                    visited[parent] = epoch;
                    stack[top++] = parent;
                }
            }
        }
        return false;
    }
}
