package dev.retort.check;

import dev.retort.graph.MigrationStep;
import dev.retort.graph.RevisionGraph;
import dev.retort.runtime.HistoryEntry;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The database's record of applied revisions (version table and {@code retort_history}) held
 * against the script directory: which applied files changed, which applied revisions have no
 * file, whether the version table names an unknown revision, and which revisions were left dirty.
 *
 * <p>A revision's expected checksum is the one of its last successful {@code upgrade} or {@code
 * rebaseline} row; a later downgrade or stamp of it means nothing is recorded to compare. Databases
 * adopted from Alembic, and revisions only ever stamped, have no checksum: not a finding.
 */
public final class AppliedRevisions {
    private static final Set<String> STATE_DIRECTIONS = Set.of("upgrade", "downgrade", "stamp", "rebaseline", "forget");
    private static final Set<String> CHECKSUMMED = Set.of("upgrade", "rebaseline");

    private final ScriptDirectory scripts;
    private final Map<String, RevisionScript> byId = new HashMap<>();
    private final Set<String> heads;
    private final List<HistoryEntry> history;
    private final Set<String> applied;

    private AppliedRevisions(
            ScriptDirectory scripts, Set<String> heads, List<HistoryEntry> history, Set<String> applied) {
        this.scripts = scripts;
        // one map instead of ScriptDirectory.find per revision: runs check every applied revision
        scripts.scripts().forEach(script -> byId.putIfAbsent(script.id(), script));
        this.heads = heads;
        this.history = history;
        this.applied = applied;
    }

    /**
     * The record of a database at {@code heads} with {@code history} (oldest first).
     *
     * @param graph the script directory's graph; applied revisions are the heads' ancestors in it
     */
    public static AppliedRevisions of(
            RevisionGraph graph, ScriptDirectory scripts, Set<String> heads, List<HistoryEntry> history) {
        Set<String> known = new LinkedHashSet<>();
        heads.stream().filter(graph::contains).forEach(known::add);
        Set<String> applied = new LinkedHashSet<>();
        if (!known.isEmpty()) {
            // reverting everything from the heads visits exactly the applied revisions, newest first
            List<MigrationStep> steps = graph.downgradePlan(known, "base");
            for (int i = steps.size() - 1; i >= 0; i--) {
                applied.add(steps.get(i).revision().id());
            }
        }
        return new AppliedRevisions(scripts, Set.copyOf(heads), List.copyOf(history), applied);
    }

    /** The ids of the applied revisions that have a file (all ancestors of the version table's heads). */
    public Set<String> applied() {
        return applied;
    }

    /** Every problem, in the order runs refuse them: dirty, unknown version, missing files, drift. */
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        dirty().forEach(d -> findings.add(d.finding()));
        interrupted().forEach(i -> findings.add(i.finding()));
        for (String head : heads) {
            if (!byId.containsKey(head)) {
                findings.add(Finding.inDatabase("unknown-version", head, unknownHead(head)));
            }
        }
        missing().forEach(m -> findings.add(m.finding(scripts)));
        drifted().forEach(d -> findings.add(d.finding()));
        return findings;
    }

    /** Notes for {@code check --verbose}: applied revisions with nothing recorded to compare with. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        Map<String, HistoryEntry> states = latestStates();
        for (String id : applied) {
            HistoryEntry state = states.get(id);
            if (state == null || !CHECKSUMMED.contains(state.direction()) || state.checksum() == null) {
                notes.add("revision " + id + " has no recorded checksum ("
                        + (state == null
                                ? "no history row"
                                : state.direction().equals("stamp") ? "stamped" : "last step: " + state.direction())
                        + ", e.g. adopted from Alembic): its file was not compared");
            }
        }
        return notes;
    }

    /**
     * Refuses a run ({@code upgrade}, {@code downgrade}, {@code stamp}, ...) while a revision is
     * dirty.
     *
     * @throws DirtyDatabaseException naming the first dirty revision and how to continue
     */
    public void refuseDirty() {
        List<DirtyRevision> dirty = dirty();
        if (!dirty.isEmpty()) {
            DirtyRevision first = dirty.get(0);
            throw new DirtyDatabaseException(first.refusal(more(dirty.size(), "dirty revision")), first.revision());
        }
    }

    /**
     * Refuses a run that would leave a backfill interrupted: one whose {@code steps} do not run the
     * interrupted step again ({@code stamp} passes none).
     *
     * @throws DirtyDatabaseException naming the interrupted revision and how to continue
     */
    public void refuseInterrupted(List<MigrationStep> steps) {
        for (InterruptedBackfill interrupted : interrupted()) {
            if (!interrupted.resumedBy(steps)) {
                throw new DirtyDatabaseException(interrupted.refusal(), interrupted.revision());
            }
        }
    }

    /**
     * Refuses an upgrade while an applied revision's file changed since it ran.
     *
     * @throws ChecksumMismatchException naming the first applied revision whose file changed
     */
    public void refuseChanges() {
        List<DriftedRevision> drifted = drifted();
        if (!drifted.isEmpty()) {
            DriftedRevision first = drifted.get(0);
            throw new ChecksumMismatchException(
                    first.refusal() + more(drifted.size(), "changed revision file"),
                    first.script().id());
        }
    }

    /**
     * One-line warnings for revisions the history records as applied whose file is gone. A warning,
     * not a refusal: {@code retort_history} is shared by every version table in its schema, so the
     * rows may belong to another project.
     */
    public List<String> missingWarnings() {
        List<String> warnings = new ArrayList<>();
        missing().forEach(m -> warnings.add("warning: " + m.finding(scripts).message()));
        return warnings;
    }

    /** One-line warnings for the revisions {@code steps} revert whose files changed since they were applied. */
    public List<String> driftWarnings(List<MigrationStep> steps) {
        Set<String> reverted = new HashSet<>();
        steps.forEach(s -> reverted.add(s.revision().id()));
        List<String> warnings = new ArrayList<>();
        for (DriftedRevision d : drifted()) {
            if (reverted.contains(d.script().id())) {
                warnings.add("warning: " + d.finding().message());
            }
        }
        return warnings;
    }

    /** The history row that leaves {@code revision} dirty or interrupted in a backfill, if it is. */
    public Optional<HistoryEntry> dirtyEntry(String revision) {
        Optional<HistoryEntry> dirty = dirty().stream()
                .filter(d -> d.revision().equals(revision))
                .map(DirtyRevision::entry)
                .findFirst();
        return dirty.isPresent()
                ? dirty
                : interrupted().stream()
                        .filter(i -> i.revision().equals(revision))
                        .map(InterruptedBackfill::entry)
                        .findFirst();
    }

    /** Whether the history records {@code revision} as applied although it has no file. */
    public boolean isMissing(String revision) {
        return missing().stream().anyMatch(m -> m.revision().equals(revision));
    }

    /** The checksum recorded for an applied revision, when its last step recorded one. */
    public Optional<String> recordedChecksum(String revision) {
        HistoryEntry state = latestStates().get(revision);
        return state != null && CHECKSUMMED.contains(state.direction())
                ? Optional.ofNullable(state.checksum())
                : Optional.empty();
    }

    /** The revisions left dirty, oldest first. */
    List<DirtyRevision> dirty() {
        List<DirtyRevision> dirty = new ArrayList<>();
        for (HistoryEntry entry : latestRows().values()) {
            if (DirtyRevision.isDirty(entry)) {
                dirty.add(new DirtyRevision(entry, find(entry.revision())));
            }
        }
        return dirty;
    }

    /** The revisions interrupted in a backfill, oldest first. */
    List<InterruptedBackfill> interrupted() {
        List<InterruptedBackfill> interrupted = new ArrayList<>();
        for (HistoryEntry entry : latestRows().values()) {
            if (InterruptedBackfill.isInterrupted(entry)) {
                interrupted.add(new InterruptedBackfill(entry, find(entry.revision())));
            }
        }
        return interrupted;
    }

    /** Each revision's latest history row, in the order of those rows. */
    private Map<String, HistoryEntry> latestRows() {
        Map<String, HistoryEntry> latest = new LinkedHashMap<>();
        for (HistoryEntry entry : history) {
            latest.remove(entry.revision()); // keep insertion order = order of the latest rows
            latest.put(entry.revision(), entry);
        }
        return latest;
    }

    List<DriftedRevision> drifted() {
        List<DriftedRevision> drifted = new ArrayList<>();
        Map<String, HistoryEntry> states = latestStates();
        for (String id : applied) {
            HistoryEntry state = states.get(id);
            Optional<RevisionScript> script = find(id);
            if (state != null
                    && script.isPresent()
                    && CHECKSUMMED.contains(state.direction())
                    && state.checksum() != null
                    && !state.checksum().equals(script.get().checksum())) {
                drifted.add(new DriftedRevision(script.get(), state));
            }
        }
        return drifted;
    }

    List<MissingRevision> missing() {
        Map<String, Integer> positions = new HashMap<>();
        Map<String, HistoryEntry> states = new LinkedHashMap<>();
        int lastStamp = -1;
        for (int i = 0; i < history.size(); i++) {
            HistoryEntry entry = history.get(i);
            if (isState(entry)) {
                states.put(entry.revision(), entry);
                positions.put(entry.revision(), i);
                if (entry.direction().equals("stamp")) {
                    lastStamp = i;
                }
            }
        }
        List<MissingRevision> missing = new ArrayList<>();
        for (HistoryEntry state : states.values()) {
            String direction = state.direction();
            boolean stillApplied =
                    direction.equals("upgrade") || direction.equals("rebaseline") || direction.equals("stamp");
            // a later stamp is the user saying where the database is (e.g. after squashing old revisions)
            if (stillApplied
                    && positions.get(state.revision()) >= lastStamp
                    && !heads.contains(state.revision())
                    && !byId.containsKey(state.revision())) {
                missing.add(new MissingRevision(state));
            }
        }
        return missing;
    }

    private Optional<RevisionScript> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private Map<String, HistoryEntry> latestStates() {
        Map<String, HistoryEntry> states = new HashMap<>();
        for (HistoryEntry entry : history) {
            if (isState(entry)) {
                states.put(entry.revision(), entry);
            }
        }
        return states;
    }

    private static boolean isState(HistoryEntry entry) {
        return entry.outcome().equals("success") && STATE_DIRECTIONS.contains(entry.direction());
    }

    private String unknownHead(String head) {
        return "the version table names revision " + head + ", which is not in the script directory "
                + scripts.path() + ": restore its file, or if it is gone for good run 'retort stamp --purge REV'"
                + " with the revision the schema really matches";
    }

    private static String more(int count, String what) {
        return count <= 1
                ? ""
                : " (" + (count - 1) + " more " + what + (count > 2 ? "s" : "") + ": 'retort check' lists them)";
    }
}
