package dev.retort.graph;

import static dev.retort.graph.Topology.BASE;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Keeps the version table's rows (the current heads) while a plan is built, and says which rows each
 * step inserts, deletes or updates (Alembic's {@code HeadMaintainer} with its revision and stamp
 * steps). A row is never kept for a revision that another row already implies.
 *
 * <p>"Implied by another row" is answered from the set of applied revisions, which each step changes by
 * one revision: a revision lies below some row exactly when one of its children is applied. That keeps
 * plans over long histories with many heads linear.
 */
final class HeadTracker {
    private final Topology t;
    private final Lineage lineage;
    private final LinkedHashSet<Integer> heads = new LinkedHashSet<>();
    private final BitSet applied;
    /** Whether no row is an ancestor of another, which Alembic's rules keep once it holds. */
    private boolean antichain;

    private List<VersionChange> changes;

    HeadTracker(Topology topology, Lineage lineage, int[] current) {
        this.t = topology;
        this.lineage = lineage;
        for (int head : current) {
            heads.add(head);
        }
        applied = lineage.ancestors(current, true);
        antichain = noneBelowAnother(current);
    }

    /** Applying {@code revision}: a new branch, a merge of branches, or a plain move up. */
    List<VersionChange> upgrade(int revision) {
        changes = new ArrayList<>(2);
        int[] parents = t.normDown[revision];
        List<Integer> present = new ArrayList<>(parents.length);
        for (int parent : parents) {
            if (heads.contains(parent)) {
                present.add(parent);
            }
        }
        if (present.isEmpty()) {
            insert(revision);
        } else if (present.size() > 1) {
            present.removeIf(p -> impliedByOtherRow(p, parents));
            moveInto(present, revision);
        } else {
            update(present.get(0), revision);
        }
        applied.set(revision);
        return changes;
    }

    /** Reverting {@code revision}: its row goes down to the parents that no other row implies. */
    List<VersionChange> downgrade(int revision) {
        changes = new ArrayList<>(2);
        if (!heads.contains(revision)) {
            applied.clear(revision);
            return changes;
        }
        int[] parents = t.normDown[revision];
        int[] self = {revision};
        List<Integer> to = new ArrayList<>(parents.length);
        for (int parent : parents) {
            boolean implied =
                    heads.size() > 1 ? impliedByOtherRow(parent, self) : properAncestorOfAnother(parent, parents);
            if (!implied) {
                to.add(parent);
            }
        }
        if (to.size() > 1 && antichain) {
            antichain = unrelated(to.stream().mapToInt(Integer::intValue).toArray());
        }
        if (to.isEmpty()) {
            delete(revision);
        } else {
            for (int i = 0; i < to.size() - 1; i++) {
                insert(to.get(i));
            }
            update(revision, to.get(to.size() - 1));
        }
        applied.clear(revision);
        return changes;
    }

    /** A stamp step: from the given rows to {@code to} (BASE: delete), as Alembic's {@code StampStep}. */
    List<VersionChange> stamp(List<Integer> from, int to, boolean upgrade, boolean branchMove) {
        changes = new ArrayList<>();
        if (to == BASE) {
            from.forEach(this::delete);
        } else if (upgrade && (branchMove || !heads.containsAll(from)) && !heads.contains(to)) {
            insert(to);
        } else {
            moveInto(from, to);
        }
        return changes;
    }

    /** Deletes all rows but the last, which becomes {@code to} (a new row if there are none). */
    private void moveInto(List<Integer> from, int to) {
        if (from.isEmpty()) {
            insert(to);
            return;
        }
        for (int i = 0; i < from.size() - 1; i++) {
            delete(from.get(i));
        }
        update(from.get(from.size() - 1), to);
    }

    /**
     * Whether {@code revision} is a row, or lies below a row, other than the {@code excluded} rows: some
     * child of it is applied, and not only as an ancestor of an excluded row.
     */
    private boolean impliedByOtherRow(int revision, int[] excluded) {
        if (heads.contains(revision) && !Edges.contains(excluded, revision)) {
            return true;
        }
        for (int child : t.allNext[revision]) {
            if (!applied.get(child) || (antichain && Edges.contains(excluded, child))) {
                continue;
            }
            if (!belowAny(child, excluded) || belowOtherRow(child, excluded)) {
                return true;
            }
        }
        return false;
    }

    private boolean belowAny(int revision, int[] rows) {
        for (int row : rows) {
            if (lineage.isAncestorOrSelf(revision, row, true)) {
                return true;
            }
        }
        return false;
    }

    private boolean belowOtherRow(int revision, int[] excluded) {
        for (int head : heads) {
            if (!Edges.contains(excluded, head) && lineage.isAncestorOrSelf(revision, head, true)) {
                return true;
            }
        }
        return false;
    }

    private boolean properAncestorOfAnother(int revision, int[] others) {
        for (int other : others) {
            if (other != revision && lineage.isAncestorOrSelf(revision, other, true)) {
                return true;
            }
        }
        return false;
    }

    /** Whether no revision is a proper ancestor of another: one walk down from all their parents. */
    private boolean noneBelowAnother(int[] revisions) {
        int parents = 0;
        for (int revision : revisions) {
            parents += t.allDown[revision].length;
        }
        int[] starts = new int[parents];
        int count = 0;
        for (int revision : revisions) {
            for (int parent : t.allDown[revision]) {
                starts[count++] = parent;
            }
        }
        BitSet below = lineage.ancestors(starts, true);
        for (int revision : revisions) {
            if (below.get(revision)) {
                return false;
            }
        }
        return true;
    }

    private boolean unrelated(int[] revisions) {
        for (int a : revisions) {
            for (int b : revisions) {
                if (a != b && lineage.isAncestorOrSelf(a, b, true)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void insert(int revision) {
        if (heads.add(revision)) {
            changes.add(new VersionChange.Insert(t.id(revision)));
        }
    }

    private void delete(int revision) {
        if (heads.remove(revision)) {
            changes.add(new VersionChange.Delete(t.id(revision)));
        }
    }

    private void update(int from, int to) {
        if (heads.contains(to)) {
            delete(from);
        } else if (!heads.remove(from)) {
            insert(to);
        } else {
            heads.add(to);
            changes.add(new VersionChange.Update(t.id(from), t.id(to)));
        }
    }
}
