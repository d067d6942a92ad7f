package dev.retort.graph;

import static dev.retort.graph.Topology.BASE;
import static dev.retort.graph.Topology.OVERWALK;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns identifiers into revisions with Alembic's rules: exact ids and branch labels, prefixes of at
 * least four characters, {@code head}, {@code heads}, {@code base}, {@code LABEL@...} and walks of
 * {@code N} steps. Revisions are indexes; {@link Topology#BASE} stands for base. Not thread-safe.
 */
final class IdentifierResolver {
    private static final Pattern NEGATIVE = Pattern.compile("-\\d+");
    private static final int NONE = -3;

    final Topology t;
    final Lineage lineage;

    IdentifierResolver(Topology topology) {
        this.t = topology;
        this.lineage = new Lineage(topology);
    }

    /** An identifier split into the ids it stands for (none for base) and its branch label. */
    record Parsed(List<String> ids, String label) {}

    Parsed parse(String identifier) {
        String label = null;
        String rest = identifier;
        if (identifier != null && identifier.indexOf('@') >= 0) {
            int at = identifier.indexOf('@');
            label = at == 0 ? null : identifier.substring(0, at);
            rest = identifier.substring(at + 1);
            if (rest.isEmpty()) {
                throw MalformedIdentifierException.emptyRevision(identifier);
            }
        }
        if ("heads".equals(rest)) {
            int[] heads = label == null ? t.realHeads : filterForLineage(t.versionedHeads, label, false);
            return new Parsed(t.ids(heads), label);
        }
        if ("head".equals(rest)) {
            int head = currentHead(label);
            return new Parsed(head == BASE ? List.of() : List.of(t.id(head)), label);
        }
        if (rest == null || "base".equals(rest)) {
            return new Parsed(List.of(), label);
        }
        return new Parsed(List.of(rest), label);
    }

    /** All revisions an identifier names; may hold BASE or OVERWALK for {@code LABEL@-N} walks. */
    int[] revisions(String identifier) {
        Parsed parsed = parse(identifier);
        if (parsed.ids().size() == 1 && NEGATIVE.matcher(parsed.ids().get(0)).matches()) {
            long steps = steps(parsed.ids().get(0));
            int[] heads = t.realHeads;
            if (parsed.label() != null) {
                heads = Arrays.stream(heads)
                        .filter(h -> t.labels.get(h).contains(parsed.label()))
                        .toArray();
            }
            return Arrays.stream(heads)
                    .map(h -> walk(h, steps, null, true, identifier))
                    .toArray();
        }
        return parsed.ids().stream()
                .mapToInt(id -> revisionFor(id, parsed.label()))
                .toArray();
    }

    /** The one revision an identifier names, or BASE. */
    int revision(String identifier) {
        Parsed parsed = parse(identifier);
        if (parsed.ids().size() > 1) {
            throw new MultipleHeadsException(identifier, parsed.ids());
        }
        return revisionFor(parsed.ids().isEmpty() ? null : parsed.ids().get(0), parsed.label());
    }

    /** Exact id or label, else a unique prefix; checked against the branch when one is given. */
    int revisionFor(String ident, String branch) {
        int branchRevision = branch == null ? NONE : branchRevision(branch);
        int revision;
        if (ident == null) {
            revision = BASE;
        } else if (t.lookup(ident) != null) {
            revision = t.lookup(ident);
        } else {
            int[] candidates = prefixMatches(ident);
            if (branch != null) {
                candidates = Arrays.stream(candidates)
                        .filter(c -> lineage.sharesLineage(c, new int[] {branchRevision}, false))
                        .toArray();
            }
            if (candidates.length == 0) {
                throw RevisionNotFoundException.unknownIdentifier(ident);
            }
            if (candidates.length > 1) {
                throw new AmbiguousRevisionException(ident, t.ids(candidates));
            }
            revision = candidates[0];
        }
        if (branch != null && revision != BASE && !lineage.sharesLineage(revision, new int[] {branchRevision}, false)) {
            throw NotOnBranchException.revision(t.id(revision), branch);
        }
        return revision;
    }

    /** The revision a branch name stands for: the one declaring the label, or a revision id or prefix. */
    int branchRevision(String branch) {
        Integer exact = t.lookup(branch);
        if (exact != null) {
            return exact;
        }
        try {
            return revisionFor(branch, null);
        } catch (RevisionNotFoundException e) {
            throw RevisionNotFoundException.unknownBranch(branch);
        }
    }

    /** The revisions that share lineage with what {@code checkAgainst} names (all of them if it names none). */
    int[] filterForLineage(int[] revisions, String checkAgainst, boolean deps) {
        Parsed parsed = parse(checkAgainst);
        List<Integer> shares = new ArrayList<>();
        if (parsed.label() != null) {
            shares.add(revisionFor(parsed.label(), null));
        }
        for (String id : parsed.ids()) {
            shares.add(revisionFor(id, null));
        }
        if (shares.isEmpty()) {
            return revisions;
        }
        int[] against = shares.stream().mapToInt(Integer::intValue).toArray();
        return Arrays.stream(revisions)
                .filter(r -> lineage.sharesLineage(r, against, deps))
                .toArray();
    }

    /** The single head (on the branch, if given), or BASE for an empty graph. */
    int currentHead(String branch) {
        int[] heads = branch == null ? t.versionedHeads : filterForLineage(t.versionedHeads, branch, false);
        if (heads.length > 1) {
            throw new MultipleHeadsException(branch == null ? "head" : branch + "@head", t.ids(heads));
        }
        return heads.length == 0 ? BASE : heads[0];
    }

    /**
     * Walks {@code steps} up (positive) or down (negative) from {@code start} (BASE: from nothing).
     * Returns OVERWALK when the walk runs off the graph and {@code noOverwalk}, else stops at the edge.
     */
    int walk(int start, long steps, String branch, boolean noOverwalk, String identifier) {
        int current = start;
        for (long i = 0; i < Math.abs(steps); i++) {
            int[] next;
            if (steps > 0) {
                next = current == BASE ? t.bases : t.next[current];
                if (branch != null) {
                    next = filterForLineage(next, branch, false);
                }
            } else if (current == BASE) {
                next = new int[0];
            } else {
                next = t.down[current].length == 0 ? new int[] {BASE} : t.down[current];
            }
            if (next.length == 0) {
                return noOverwalk ? OVERWALK : current;
            }
            if (next.length > 1) {
                String from = current == BASE ? "base" : t.id(current);
                throw RelativeRevisionException.ambiguousWalk(identifier, from, t.ids(next));
            }
            current = next[0];
        }
        return current;
    }

    static long steps(String relative) {
        try {
            return Long.parseLong(relative.startsWith("+") ? relative.substring(1) : relative);
        } catch (NumberFormatException e) {
            return relative.startsWith("-") ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
        }
    }

    /** Distinct revisions whose id or label (of more than three characters) starts with the prefix. */
    private int[] prefixMatches(String prefix) {
        String[] keys = t.keys;
        int from = Arrays.binarySearch(keys, prefix);
        from = from < 0 ? -from - 1 : from;
        java.util.Set<Integer> found = new java.util.HashSet<>();
        for (int i = from; i < keys.length && keys[i].startsWith(prefix); i++) {
            if (keys[i].length() > 3) {
                found.add(t.lookup(keys[i]));
            }
        }
        return found.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
