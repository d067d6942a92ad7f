package dev.retort;

import dev.retort.check.AppliedRevisions;
import dev.retort.graph.MigrationStep;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.VersionChange;
import dev.retort.runtime.HistoryEntry;
import dev.retort.runtime.HistoryRepair;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.MigrationLock;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.RunOptions;
import dev.retort.script.RevisionScript;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Retort#repair}: under the migration lock, checks that each revision is in the state the
 * action is for, then records the decision. Nothing is written for a revision that needs nothing.
 */
final class Repairs {
    private final Retort retort;
    private Connection connection;
    private Migrator migrator;

    Repairs(Retort retort) {
        this.retort = retort;
    }

    List<String> run(RepairAction action, List<String> revisions) {
        RevisionGraph graph = retort.graph();
        try (Connection c = retort.connect();
                MigrationLock lock = retort.lock(c, RunOptions.defaults())) {
            connection = c;
            migrator = retort.migrator(c, RunOptions.defaults(), MigrationListener.NONE);
            List<String> done = new ArrayList<>();
            for (String given : revisions) {
                done.add(repair(action, graph, given));
            }
            return done;
        } catch (SQLException e) {
            throw new RetortException("closing the database connection failed: " + e.getMessage(), e);
        }
    }

    private String repair(RepairAction action, RevisionGraph graph, String given) {
        Set<String> heads = migrator.currentHeads();
        List<HistoryEntry> history = migrator.history();
        AppliedRevisions record = AppliedRevisions.of(graph, retort.scripts(), heads, history);
        String id = resolve(graph, given, heads, history);
        return switch (action) {
            case ACCEPT -> accept(record, id);
            case APPLIED -> applied(record, graph, heads, id);
            case ROLLED_BACK -> rolledBack(record, heads, id);
            case FORGET -> forget(record, id);
        };
    }

    private String accept(AppliedRevisions record, String id) {
        RevisionScript script = retort.scripts()
                .find(id)
                .orElseThrow(() -> new RetortException("revision " + id + " has no file, so there is no checksum to"
                        + " accept; if it was removed on purpose run 'retort repair --forget " + id + "'"));
        if (!record.applied().contains(id)) {
            throw new RetortException(
                    "revision " + id + " is not applied, so no checksum is recorded for it:" + " nothing to accept");
        }
        Optional<String> recorded = record.recordedChecksum(id);
        if (recorded.isPresent() && recorded.get().equals(script.checksum())) {
            return "Revision " + id + " already matches its recorded checksum";
        }
        String was = recorded.map(c -> "was " + shortChecksum(c)).orElse("none was recorded");
        write(
                id,
                "rebaseline",
                script.checksum(),
                "success",
                "accepted the file's new checksum (" + was + ")",
                List.of());
        return "Accepted the changed file of revision " + id + ": checksum " + shortChecksum(script.checksum()) + " ("
                + was + ")";
    }

    private String applied(AppliedRevisions record, RevisionGraph graph, Set<String> heads, String id) {
        HistoryEntry dirty = dirtyEntry(record, id);
        List<VersionChange> changes;
        if (dirty.direction().equals("downgrade")) {
            changes = revert(graph, heads, id);
        } else {
            List<MigrationStep> steps = graph.upgradePlan(heads, id);
            if (steps.size() != 1 || !steps.get(0).revision().id().equals(id)) {
                throw new RetortException("cannot mark revision " + id + " applied: the version table (" + heads
                        + ") is not at its parents; set it with 'retort stamp' instead");
            }
            changes = steps.get(0).versionChanges();
        }
        write(
                id,
                dirty.direction(),
                checksum(id),
                "success",
                "marked applied with 'retort repair --applied' after a run that did not finish it",
                changes);
        return "Marked the " + dirty.direction() + " of revision " + id + " as applied; the database is now at "
                + String.join(", ", migrator.currentHeads());
    }

    private String rolledBack(AppliedRevisions record, Set<String> heads, String id) {
        HistoryEntry dirty = dirtyEntry(record, id);
        write(
                id,
                "repair",
                checksum(id),
                "rolled-back",
                "the partly applied " + dirty.direction() + " was undone by hand ('retort repair --rolled-back')",
                List.of());
        return "Marked the " + dirty.direction() + " of revision " + id + " as rolled back; the database stays at "
                + (heads.isEmpty() ? "base" : String.join(", ", heads));
    }

    private String forget(AppliedRevisions record, String id) {
        if (!record.isMissing(id)) {
            throw new RetortException("revision " + id + " is not recorded as applied without a file: nothing to"
                    + " forget ('retort check' lists such revisions)");
        }
        write(id, "forget", null, "success", "its file was removed on purpose ('retort repair --forget')", List.of());
        return "Forgot revision " + id + ": its file is no longer expected";
    }

    private HistoryEntry dirtyEntry(AppliedRevisions record, String id) {
        return record.dirtyEntry(id)
                .orElseThrow(() -> new RetortException("revision " + id + " is not dirty: nothing to repair"
                        + " ('retort check' lists dirty revisions)"));
    }

    /** The version-table change of reverting {@code id}: its row gives way to parents no other head covers. */
    private static List<VersionChange> revert(RevisionGraph graph, Set<String> heads, String id) {
        if (!heads.contains(id)) {
            throw new RetortException("cannot mark the downgrade of revision " + id + " applied: the version table ("
                    + heads + ") does not name it; set it with 'retort stamp' instead");
        }
        Set<String> others = new LinkedHashSet<>(heads);
        others.remove(id);
        Set<String> covered = new HashSet<>(others);
        if (!others.isEmpty()) {
            graph.downgradePlan(others, "base")
                    .forEach(s -> covered.add(s.revision().id()));
        }
        List<VersionChange> changes = new ArrayList<>();
        changes.add(new VersionChange.Delete(id));
        for (String parent : graph.get(id).revises()) {
            if (!covered.contains(parent)) {
                changes.add(new VersionChange.Insert(parent));
            }
        }
        return changes;
    }

    private String resolve(RevisionGraph graph, String given, Set<String> heads, List<HistoryEntry> history) {
        if (graph.contains(given) || history.stream().anyMatch(h -> h.revision().equals(given))) {
            return given; // an exact id, also one whose file is gone
        }
        return graph.resolveOne(given, heads).id();
    }

    private String checksum(String id) {
        return retort.scripts().find(id).map(RevisionScript::checksum).orElse(null);
    }

    private void write(
            String id, String direction, String checksum, String outcome, String detail, List<VersionChange> changes) {
        migrator.ensureTables();
        new HistoryRepair(
                        connection,
                        retort.dialect(),
                        retort.settings().versionTableSchema(),
                        retort.settings().versionTable())
                .record(id, direction, checksum, outcome, detail, changes);
    }

    private static String shortChecksum(String checksum) {
        return checksum.substring(0, Math.min(8, checksum.length()));
    }
}
