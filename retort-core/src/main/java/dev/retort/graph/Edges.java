package dev.retort.graph;

import java.util.Arrays;

/** Small operations on adjacency arrays ({@code edges[revision]} lists neighbours by index). */
final class Edges {
    private Edges() {}

    /** The reverse adjacency: for each revision, the revisions that list it; each list in index order. */
    static int[][] reverse(int[][] edges) {
        int n = edges.length;
        int[] counts = new int[n];
        for (int[] targets : edges) {
            for (int target : targets) {
                counts[target]++;
            }
        }
        int[][] reversed = new int[n][];
        for (int i = 0; i < n; i++) {
            reversed[i] = new int[counts[i]];
        }
        Arrays.fill(counts, 0);
        for (int source = 0; source < n; source++) {
            for (int target : edges[source]) {
                reversed[target][counts[target]++] = source;
            }
        }
        return reversed;
    }

    /** {@code first} then {@code second}, keeping the first occurrence of each value. */
    static int[] concatDistinct(int[] first, int[] second) {
        int[] result = new int[first.length + second.length];
        int count = 0;
        for (int[] part : new int[][] {first, second}) {
            for (int value : part) {
                if (!contains(result, count, value)) {
                    result[count++] = value;
                }
            }
        }
        return count == result.length ? result : Arrays.copyOf(result, count);
    }

    static boolean contains(int[] values, int value) {
        return contains(values, values.length, value);
    }

    private static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
