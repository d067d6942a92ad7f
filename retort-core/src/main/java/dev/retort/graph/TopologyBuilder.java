package dev.retort.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates revision nodes and builds a {@link Topology}, failing on the first problem found. */
final class TopologyBuilder {
    private static final int[] NONE = new int[0];

    RevisionNode[] nodes;
    Map<String, Integer> indexById;
    Map<String, Integer> labelOwner;
    int[][] down;
    int[][] deps;
    int[][] allDown;
    int[][] normDown;
    int[][] next;
    int[][] allNext;
    int[][] normNext;
    int[] rank;
    int[] order;
    boolean hasDependencies;
    Segments versionedSegments;
    Segments allSegments;
    List<Set<String>> labels;
    String[] keys;

    static Topology build(Collection<RevisionNode> input) {
        TopologyBuilder b = new TopologyBuilder();
        b.index(input);
        b.mapLabels();
        b.resolveEdges();
        b.next = Edges.reverse(b.down);
        b.allNext = b.hasDependencies ? Edges.reverse(b.allDown) : b.next;
        b.sortTopologically();
        b.versionedSegments = Segments.build(b.down, b.next, b.order);
        b.allSegments = b.hasDependencies ? Segments.build(b.allDown, b.allNext, b.order) : b.versionedSegments;
        b.normDown = b.hasDependencies ? DependencyNormalizer.normalize(b) : b.down;
        b.normNext = b.hasDependencies ? Edges.reverse(b.normDown) : b.next;
        b.labels = BranchLabels.compute(b);
        b.keys = b.sortedKeys();
        return new Topology(b);
    }

    private void index(Collection<RevisionNode> input) {
        nodes = input.toArray(new RevisionNode[0]);
        for (RevisionNode node : nodes) {
            if (!validId(node.id())) {
                throw new InvalidRevisionIdException(node);
            }
            if (node.revises().contains(node.id())) {
                throw CycleException.selfLoop(node, "revises");
            }
            if (node.dependsOn().contains(node.id())) {
                throw CycleException.selfLoop(node, "depends on");
            }
        }
        Arrays.sort(nodes, Comparator.comparing(RevisionNode::id));
        indexById = new HashMap<>(nodes.length * 2);
        for (int i = 0; i < nodes.length; i++) {
            if (i > 0 && nodes[i].id().equals(nodes[i - 1].id())) {
                throw new DuplicateRevisionException(nodes[i - 1], nodes[i]);
            }
            indexById.put(nodes[i].id(), i);
        }
    }

    private static boolean validId(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '@' || c == '-' || c == '+' || c == ':') {
                return false;
            }
        }
        return !id.isEmpty();
    }

    private void mapLabels() {
        labelOwner = new HashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i].branchLabels().isEmpty()) {
                continue;
            }
            for (String label : nodes[i].branchLabels()) {
                Integer revision = indexById.get(label);
                if (revision != null) {
                    throw DuplicateBranchLabelException.revisionId(label, nodes[i], nodes[revision]);
                }
                Integer owner = labelOwner.putIfAbsent(label, i);
                if (owner != null) {
                    throw DuplicateBranchLabelException.twice(label, nodes[owner], nodes[i]);
                }
            }
        }
    }

    private void resolveEdges() {
        int n = nodes.length;
        down = new int[n][];
        deps = new int[n][];
        allDown = new int[n][];
        for (int i = 0; i < n; i++) {
            RevisionNode node = nodes[i];
            down[i] = resolve(node.revises(), i, true);
            deps[i] = resolve(node.dependsOn(), i, false);
            if (deps[i].length == 0) {
                allDown[i] = down[i];
            } else {
                hasDependencies = true;
                allDown[i] = Edges.concatDistinct(down[i], deps[i]);
            }
        }
    }

    private int[] resolve(List<String> references, int self, boolean revises) {
        if (references.isEmpty()) {
            return NONE;
        }
        int[] result = new int[references.size()];
        for (int i = 0; i < result.length; i++) {
            String reference = references.get(i);
            Integer target = indexById.get(reference);
            if (target == null && !revises) {
                target = labelOwner.get(reference);
            }
            RevisionNode node = nodes[self];
            if (target == null) {
                throw revises
                        ? RevisionNotFoundException.unknownRevises(node.origin(), reference)
                        : RevisionNotFoundException.unknownDependency(node.origin(), reference);
            }
            if (target == self) {
                throw CycleException.selfLoop(node, revises ? "revises" : "depends on");
            }
            result[i] = target;
        }
        return result.length == 1 ? result : Edges.concatDistinct(result, NONE);
    }

    /** Kahn's algorithm over parents and dependencies; what it cannot order lies on or above a cycle. */
    private void sortTopologically() {
        int n = nodes.length;
        int[] waiting = new int[n];
        order = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            waiting[i] = allDown[i].length;
            if (waiting[i] == 0) {
                order[count++] = i;
            }
        }
        rank = new int[n];
        for (int head = 0; head < count; head++) {
            int revision = order[head];
            rank[revision] = head;
            for (int child : allNext[revision]) {
                if (--waiting[child] == 0) {
                    order[count++] = child;
                }
            }
        }
        if (count < n) {
            List<RevisionNode> cycle = findCycle(waiting);
            boolean hasBase = Arrays.stream(down).anyMatch(parents -> parents.length == 0);
            throw hasBase ? CycleException.cycle(cycle) : new MissingBaseException(n, cycle);
        }
    }

    /** Follows unordered parents from an unordered revision until one repeats; every such revision has one. */
    private List<RevisionNode> findCycle(int[] waiting) {
        int start = 0;
        while (waiting[start] == 0) {
            start++;
        }
        int[] seenAt = new int[nodes.length];
        Arrays.fill(seenAt, -1);
        List<Integer> path = new ArrayList<>();
        int current = start;
        while (seenAt[current] < 0) {
            seenAt[current] = path.size();
            path.add(current);
            for (int parent : allDown[current]) {
                if (waiting[parent] > 0) {
                    current = parent;
                    break;
                }
            }
        }
        List<Integer> cycle = path.subList(seenAt[current], path.size());
        int first = cycle.indexOf(cycle.stream().min(Integer::compare).orElseThrow());
        List<RevisionNode> rotated = new ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) {
            rotated.add(nodes[cycle.get((first + i) % cycle.size())]);
        }
        return rotated;
    }

    /** Ids (already sorted) merged with the sorted branch labels. */
    private String[] sortedKeys() {
        String[] labels = labelOwner.keySet().toArray(new String[0]);
        Arrays.sort(labels);
        String[] keys = new String[nodes.length + labels.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < nodes.length || j < labels.length) {
            boolean takeId =
                    j == labels.length || (i < nodes.length && nodes[i].id().compareTo(labels[j]) < 0);
            keys[k++] = takeId ? nodes[i++].id() : labels[j++];
        }
        return keys;
    }
}
