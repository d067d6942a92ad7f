package dev.retort.graph;

import static dev.retort.graph.Topology.BASE;
import static dev.retort.graph.Topology.OVERWALK;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads upgrade and downgrade targets, including the relative forms {@code +N}, {@code -N},
 * {@code REV+N}, {@code REV-N}, {@code LABEL@+N}, {@code LABEL@-N} and {@code LABEL@REV-N}, relative
 * to the current heads where no revision is named (Alembic's {@code _parse_upgrade_target} and
 * {@code _parse_downgrade_target}).
 */
final class TargetParser {
    private static final Pattern RELATIVE =
            Pattern.compile("(?:(.+?)@)?(\\w+)?([+-]\\d+)", Pattern.UNICODE_CHARACTER_CLASS);

    private final IdentifierResolver resolver;
    private final Topology t;

    TargetParser(IdentifierResolver resolver) {
        this.resolver = resolver;
        this.t = resolver.t;
    }

    /** A relative identifier: optional branch label, optional revision, signed step count. */
    record Relative(String label, String symbol, long steps) {}

    /** The relative parts of an identifier, or null when it is absolute. */
    static Relative relative(String identifier) {
        Matcher m = RELATIVE.matcher(identifier);
        if (!m.lookingAt()) {
            return null;
        }
        return new Relative(m.group(1), m.group(2), IdentifierResolver.steps(m.group(3)));
    }

    /** A downgrade target: the branch it is restricted to, if any, and the revision (or BASE). */
    record DowngradeTarget(String label, int revision) {}

    /** The revisions an upgrade (or history) should reach; relative forms count from {@code current}. */
    int[] upgradeTargets(List<String> current, String target, boolean assertLength) {
        Relative rel = relative(target);
        if (rel == null) {
            return resolver.revisions(target);
        }
        if (rel.steps() <= 0) {
            if (rel.symbol() == null) {
                throw RelativeRevisionException.wrongDirection(target, Direction.UPGRADE);
            }
            int start = resolver.revision(rel.label() == null ? rel.symbol() : rel.label() + "@" + rel.symbol());
            return new int[] {
                checked(resolver.walk(start, rel.steps(), null, assertLength, target), rel.steps(), target)
            };
        }
        int start = rel.symbol() != null ? resolver.revision(rel.symbol()) : upgradeStart(current, rel.label(), target);
        return new int[] {
            checked(resolver.walk(start, rel.steps(), rel.label(), assertLength, target), rel.steps(), target)
        };
    }

    /** Where {@code +N} counts from: the one current head (on the branch, if given), or base. */
    private int upgradeStart(List<String> current, String label, String target) {
        int[] heads = current(current);
        int[] starts = heads.length == 0 ? new int[] {BASE} : heads;
        if (label != null) {
            starts = resolver.filterForLineage(heads, label, false);
            if (starts.length == 0) {
                starts = tipsOnBranch(heads, label);
            }
            if (starts.length == 0) {
                starts = new int[] {BASE};
            }
        }
        if (starts.length > 1) {
            throw RelativeRevisionException.ambiguousCurrent(target, t.ids(starts));
        }
        return starts[0];
    }

    /** The highest applied revisions on the branch, when none of the current heads is on it. */
    private int[] tipsOnBranch(int[] heads, String label) {
        BitSet active = resolver.lineage.ancestors(heads, true);
        int[] onBranch = resolver.filterForLineage(active.stream().toArray(), label, false);
        BitSet below = new BitSet(t.size());
        for (int revision : onBranch) {
            for (int parent : t.normDown[revision]) {
                below.set(parent);
            }
        }
        return Arrays.stream(onBranch).filter(r -> !below.get(r)).toArray();
    }

    /** The revision a downgrade should end at; relative forms count from {@code current}. */
    DowngradeTarget downgradeTarget(List<String> current, String target, boolean assertLength) {
        Relative rel = relative(target);
        if (rel == null) {
            int at = target.lastIndexOf('@');
            String label = at > 0 ? target.substring(0, at) : null;
            return new DowngradeTarget(label, resolver.revision(target.substring(at + 1)));
        }
        if (rel.steps() >= 0) {
            if (rel.symbol() == null) {
                throw RelativeRevisionException.wrongDirection(target, Direction.DOWNGRADE);
            }
            int start = resolver.revision(rel.symbol());
            return new DowngradeTarget(
                    rel.label(),
                    checked(resolver.walk(start, rel.steps(), rel.label(), assertLength, target), rel.steps(), target));
        }
        String label = rel.label();
        String symbol = rel.symbol();
        if (symbol == null) {
            symbol = t.id(downgradeStart(current, label, target));
            if (label == null) {
                // Alembic restricts the downgrade to the branch of the revision it counts from.
                label = symbol;
            }
        }
        int start = resolver.revision(label == null ? symbol : label + "@" + symbol);
        return new DowngradeTarget(
                label, checked(resolver.walk(start, rel.steps(), null, assertLength, target), rel.steps(), target));
    }

    /** Where {@code -N} counts from: the one current head (on the branch, if given). */
    private int downgradeStart(List<String> current, String label, String target) {
        int[] heads = current(current);
        if (label == null) {
            if (heads.length == 0) {
                throw RelativeRevisionException.beyondBase(target);
            }
            if (heads.length > 1) {
                // Alembic picks the first row of the version table here (with a warning); rows have no order.
                throw RelativeRevisionException.ambiguousCurrent(target, t.ids(heads));
            }
            return heads[0];
        }
        int[] onBranch = resolver.filterForLineage(heads, label, false);
        if (onBranch.length == 0) {
            onBranch = resolver.filterForLineage(effectiveHeads(heads), label, false);
        }
        if (onBranch.length == 0) {
            throw NotOnBranchException.noCurrentHead(label, target);
        }
        if (onBranch.length > 1) {
            throw RelativeRevisionException.ambiguousCurrent(target, t.ids(onBranch));
        }
        return onBranch[0];
    }

    /** The heads of everything applied, counting branches that are applied only as dependencies. */
    private int[] effectiveHeads(int[] heads) {
        BitSet applied = resolver.lineage.ancestors(heads, true);
        return applied.stream()
                .filter(r -> Arrays.stream(t.next[r]).noneMatch(applied::get))
                .toArray();
    }

    /** The current heads as revisions, in id order: the version table's rows have no order. */
    int[] current(List<String> current) {
        return current.stream()
                .flatMapToInt(id -> Arrays.stream(resolver.revisions(id)))
                .filter(r -> r >= 0)
                .sorted()
                .distinct()
                .toArray();
    }

    private static int checked(int revision, long steps, String identifier) {
        if (revision == OVERWALK) {
            throw steps > 0
                    ? RelativeRevisionException.beyondHead(identifier)
                    : RelativeRevisionException.beyondBase(identifier);
        }
        return revision;
    }
}
