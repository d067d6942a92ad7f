package dev.retort.graph;

import static dev.retort.graph.Topology.BASE;
import static dev.retort.graph.Topology.OVERWALK;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One question put to the graph, with the caches it needs; {@link RevisionGraph} makes one per call. */
final class GraphQuery {
    private final Topology t;
    private final IdentifierResolver resolver;
    private final TargetParser parser;
    private final RevisionCollector collector;

    GraphQuery(Topology topology) {
        this.t = topology;
        this.resolver = new IdentifierResolver(topology);
        this.parser = new TargetParser(resolver);
        this.collector = new RevisionCollector(resolver, parser);
    }

    List<RevisionNode> resolve(String identifier, Set<String> currentHeads) {
        requireIdentifier(identifier);
        if (TargetParser.relative(identifier) != null) {
            int revision = relative(identifier, currentHeads);
            return revision == BASE ? List.of() : List.of(t.nodes[revision]);
        }
        return nodes(Arrays.stream(resolver.revisions(identifier))
                .filter(r -> r >= 0)
                .toArray());
    }

    RevisionNode resolveOne(String identifier, Set<String> currentHeads) {
        requireIdentifier(identifier);
        int revision = TargetParser.relative(identifier) != null
                ? relative(identifier, currentHeads)
                : resolver.revision(identifier);
        return revision == BASE ? null : t.nodes[revision];
    }

    /** {@code +N} counts up as an upgrade would, {@code -N} down as a downgrade would. */
    private int relative(String identifier, Set<String> currentHeads) {
        List<String> current = currentIds(currentHeads);
        if (TargetParser.relative(identifier).steps() < 0) {
            return parser.downgradeTarget(current, identifier, true).revision();
        }
        return parser.upgradeTargets(current, identifier, true)[0];
    }

    List<RevisionNode> history(String range, Set<String> currentHeads) {
        String start = null;
        String end = null;
        if (range != null) {
            String trimmed = range.strip();
            int colon = trimmed.indexOf(':');
            if (colon < 0 || trimmed.indexOf(':', colon + 1) >= 0) {
                throw MalformedIdentifierException.historyRange(range);
            }
            start = trimmed.substring(0, colon);
            end = trimmed.substring(colon + 1);
        }
        List<String> current = "current".equals(start) || "current".equals(end) ? currentIds(currentHeads) : List.of();
        String lowerText = null;
        List<String> lower = current;
        if (!"current".equals(start) || current.isEmpty()) {
            lowerText = isBlank(start) || "current".equals(start) ? "base" : start;
            lower = List.of(lowerText);
        }
        List<String> upper = current;
        int[] targets;
        if ("current".equals(end) && !current.isEmpty()) {
            targets = parser.current(current);
        } else {
            String upperText = isBlank(end) || "current".equals(end) ? "heads" : end;
            upper = List.of(upperText);
            targets = parser.upgradeTargets(lower, upperText, false);
        }
        String shown = range == null ? "base:heads" : range;
        RevisionCollector.Collected c = collector.upgrade(targets, upper, lower, lowerText, shown);
        return nodes(RevisionSorter.sortRange(t, resolver.lineage, c.revisions(), c.heads()));
    }

    List<RevisionNode> topologicalOrder() {
        BitSet all = new BitSet(t.size());
        all.set(0, t.size());
        int[] order = RevisionSorter.sort(t, resolver.lineage, all, t.realHeads);
        return nodes(reversed(order));
    }

    List<MigrationStep> upgradePlan(Set<String> currentHeads, String target) {
        List<String> current = currentIds(currentHeads);
        String goal = target == null ? "heads" : requireIdentifier(target);
        int[] targets = parser.upgradeTargets(current, goal, true);
        RevisionCollector.Collected c = collector.upgrade(targets, List.of(goal), current, null, null);
        int[] order = reversed(RevisionSorter.sort(t, resolver.lineage, c.revisions(), c.heads()));
        HeadTracker tracker = new HeadTracker(t, resolver.lineage, parser.current(current));
        List<MigrationStep> steps = new ArrayList<>(order.length);
        for (int revision : order) {
            steps.add(new MigrationStep(t.nodes[revision], Direction.UPGRADE, tracker.upgrade(revision)));
        }
        return steps;
    }

    List<MigrationStep> downgradePlan(Set<String> currentHeads, String target) {
        if (target == null) {
            throw MalformedIdentifierException.missingTarget();
        }
        requireIdentifier(target);
        List<String> current = currentIds(currentHeads);
        RevisionCollector.Collected c = collector.downgrade(current, target);
        int[] order = RevisionSorter.sort(t, resolver.lineage, c.revisions(), c.heads());
        HeadTracker tracker = new HeadTracker(t, resolver.lineage, c.heads());
        List<MigrationStep> steps = new ArrayList<>(order.length);
        for (int revision : order) {
            steps.add(new MigrationStep(t.nodes[revision], Direction.DOWNGRADE, tracker.downgrade(revision)));
        }
        return steps;
    }

    /** Alembic's {@code _stamp_revs}: move the heads that share lineage with the targets onto them. */
    List<VersionChange> stampPlan(Set<String> currentHeads, List<String> targets, boolean purge) {
        List<VersionChange> changes = new ArrayList<>();
        List<String> current = List.of();
        if (purge && currentHeads != null) {
            currentHeads.forEach(id -> changes.add(new VersionChange.Delete(id)));
        } else if (!purge) {
            current = currentIds(currentHeads);
        }
        int[] heads = parser.current(current);
        HeadTracker tracker = new HeadTracker(t, resolver.lineage, heads);
        List<String> goals = targets == null || targets.isEmpty() ? List.of("base") : targets;
        LinkedHashSet<Integer> affected = new LinkedHashSet<>();
        List<Integer> destinations = new ArrayList<>();
        for (String goal : goals) {
            if (!isBlank(goal)) {
                Arrays.stream(resolver.filterForLineage(heads, goal, true)).forEach(affected::add);
            }
            for (int revision : resolver.revisions(goal)) {
                if (revision == OVERWALK) {
                    throw RelativeRevisionException.beyondBase(goal);
                }
                destinations.add(revision);
            }
        }
        if (destinations.isEmpty()) {
            destinations.add(BASE);
        }
        List<Integer> from = new ArrayList<>(affected);
        for (int destination : destinations) {
            if (destination == BASE) {
                changes.addAll(tracker.stamp(from, BASE, false, true));
            } else if (!affected.contains(destination)) {
                changes.addAll(stampTo(tracker, from, destination));
            }
        }
        return changes;
    }

    private List<VersionChange> stampTo(HeadTracker tracker, List<Integer> from, int destination) {
        Lineage lineage = resolver.lineage;
        if (from.stream().anyMatch(h -> lineage.isAncestorOrSelf(destination, h, true))) {
            return tracker.stamp(from, destination, false, false);
        }
        if (from.stream().anyMatch(h -> lineage.isAncestorOrSelf(h, destination, true))) {
            return tracker.stamp(from, destination, true, false);
        }
        return tracker.stamp(List.of(), destination, true, true);
    }

    /** The version table's rows, which must be exact revision ids. */
    private List<String> currentIds(Collection<String> currentHeads) {
        if (currentHeads == null) {
            return List.of();
        }
        for (String id : currentHeads) {
            if (!t.indexById.containsKey(id)) {
                throw RevisionNotFoundException.unknownCurrent(id);
            }
        }
        return List.copyOf(currentHeads);
    }

    private List<RevisionNode> nodes(int[] revisions) {
        return Arrays.stream(revisions).mapToObj(r -> t.nodes[r]).toList();
    }

    private static int[] reversed(int[] values) {
        int[] result = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[values.length - 1 - i];
        }
        return result;
    }

    private static String requireIdentifier(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            throw MalformedIdentifierException.empty();
        }
        return identifier;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
