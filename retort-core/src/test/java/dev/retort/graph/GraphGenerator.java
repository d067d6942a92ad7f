package dev.retort.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates large revision graphs for tests and benchmarks: a growing set of open heads, where each new
 * revision extends a head, branches off a head's parent (making a branch point) or merges two heads
 * (making a merge point). Deterministic for a given seed.
 */
public final class GraphGenerator {
    private GraphGenerator() {}

    /**
     * Generates {@code count} revisions with about {@code branchFraction} of them starting a branch and
     * {@code mergeFraction} merging two heads. Ids are 12 hex digits, as Retort generates them.
     */
    public static List<RevisionNode> generate(int count, double branchFraction, double mergeFraction, long seed) {
        Random random = new Random(seed);
        List<RevisionNode> nodes = new ArrayList<>(count);
        List<String> heads = new ArrayList<>();
        List<String> parentOf = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String id = newId(random, used);
            double roll = random.nextDouble();
            RevisionNode node;
            if (nodes.isEmpty()) {
                node = RevisionNode.of(id);
                heads.add(id);
                parentOf.add(null);
            } else if (roll < mergeFraction && heads.size() > 1) {
                int a = random.nextInt(heads.size());
                int b = (a + 1 + random.nextInt(heads.size() - 1)) % heads.size();
                node = RevisionNode.of(id, heads.get(a), heads.get(b));
                removeHeads(heads, parentOf, a, b);
                heads.add(id);
                parentOf.add(node.revises().get(0));
            } else if (roll < mergeFraction + branchFraction && hasParent(parentOf)) {
                int h = pickWithParent(random, parentOf);
                String parent = parentOf.get(h);
                node = RevisionNode.of(id, parent);
                heads.add(id);
                parentOf.add(parent);
            } else {
                int h = random.nextInt(heads.size());
                node = RevisionNode.of(id, heads.get(h));
                parentOf.set(h, heads.get(h));
                heads.set(h, id);
            }
            nodes.add(node);
        }
        return nodes;
    }

    private static String newId(Random random, Set<String> used) {
        String id;
        do {
            id = String.format(Locale.ROOT, "%012x", random.nextLong() & 0xffffffffffffL);
        } while (!used.add(id));
        return id;
    }

    private static void removeHeads(List<String> heads, List<String> parentOf, int a, int b) {
        int high = Math.max(a, b);
        int low = Math.min(a, b);
        heads.remove(high);
        parentOf.remove(high);
        heads.remove(low);
        parentOf.remove(low);
    }

    private static boolean hasParent(List<String> parentOf) {
        return parentOf.stream().anyMatch(p -> p != null);
    }

    private static int pickWithParent(Random random, List<String> parentOf) {
        int h;
        do {
            h = random.nextInt(parentOf.size());
        } while (parentOf.get(h) == null);
        return h;
    }
}
