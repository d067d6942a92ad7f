package dev.retort;

import dev.retort.check.AppliedRevisions;
import dev.retort.check.CheckReport;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.graph.MigrationStep;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionNode;
import dev.retort.runtime.Connector;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.MigrationLock;
import dev.retort.runtime.MigrationLocks;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.OfflineScript;
import dev.retort.runtime.RunOptions;
import dev.retort.runtime.ScriptMigrationLoader;
import dev.retort.script.JavaRevisionCompiler;
import dev.retort.script.RevisionScript;
import dev.retort.script.RevisionWriter;
import dev.retort.script.ScriptDirectory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The facade over Retort's layers: everything the command line (and an application embedding
 * Retort) does goes through here, so that configuration is mapped once.
 *
 * <p>Graph commands ({@link #heads()}, {@link #history}, ...) read revision metadata only; they
 * never compile Java revisions or connect to the database. Not thread-safe.
 */
public final class Retort {
    private final Settings settings;
    private ScriptDirectory scripts;
    private RevisionGraph graph;
    private FutureTask<RevisionGraph> pendingGraph;
    private JavaRevisionCompiler compiler;

    private Retort(Settings settings) {
        this.settings = settings;
    }

    /** A facade over the given settings. Nothing is read until a command needs it. */
    public static Retort create(Settings settings) {
        return new Retort(settings);
    }

    /** The resolved settings. */
    public Settings settings() {
        return settings;
    }

    /** The script directory, read on first use. */
    public ScriptDirectory scripts() {
        if (scripts == null) {
            scripts = ScriptDirectory.openCached(settings.scriptDirectory(), settings.versionLocations());
        }
        return scripts;
    }

    /** The revision graph of the script directory, built and validated on first use. */
    public RevisionGraph graph() {
        if (graph == null) {
            graph = pendingGraph != null ? awaitGraph() : graphOf(scripts());
            pendingGraph = null;
        }
        return graph;
    }

    private static RevisionGraph graphOf(ScriptDirectory directory) {
        List<RevisionNode> nodes = new ArrayList<>();
        for (RevisionScript s : directory.scripts()) {
            nodes.add(new RevisionNode(s.id(), s.revises(), s.branchLabels(), s.dependsOn(), s.origin()));
        }
        return RevisionGraph.of(nodes);
    }

    /**
     * Starts reading the script directory and building the graph on another thread, for commands
     * that are about to wait for the database: a cold JVM spends about as long on each (a tenth of a
     * second for 1,000 files), and the second core is otherwise idle. Errors surface from {@link
     * #graph()} as they would have; a script directory that cannot even be opened is left to it.
     */
    private void readScriptsMeanwhile() {
        if (graph != null || pendingGraph != null) {
            return;
        }
        ScriptDirectory directory;
        try {
            directory = scripts();
        } catch (RuntimeException e) {
            return;
        }
        pendingGraph = new FutureTask<>(() -> graphOf(directory));
        Thread reader = new Thread(pendingGraph, "retort-read-scripts");
        reader.setDaemon(true);
        reader.start();
    }

    private RevisionGraph awaitGraph() {
        try {
            return pendingGraph.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new RetortException("reading the script directory failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("interrupted while reading the script directory", e);
        }
    }

    /** The script of one revision, by exact id. */
    public RevisionScript script(String id) {
        return scripts()
                .find(id)
                .orElseThrow(
                        () -> new RetortException("revision " + id + " has no file in " + settings.versionLocations()));
    }

    /** The graph's heads, as scripts. */
    public List<RevisionScript> heads() {
        return scriptsOf(graph().heads());
    }

    /** The graph's branch points. */
    public List<RevisionScript> branchPoints() {
        return scriptsOf(graph().branchPoints());
    }

    /** The revisions in {@code range} ({@code START:END}, either side optional; null for all), newest first. */
    public List<RevisionScript> history(String range, Set<String> currentHeads) {
        return scriptsOf(graph().history(range, currentHeads));
    }

    /** The revisions an identifier names (several for {@code heads}, none for {@code base}). */
    public List<RevisionScript> resolve(String identifier, Set<String> currentHeads) {
        return scriptsOf(graph().resolve(identifier, currentHeads));
    }

    /** Writes a new revision file ({@code retort revision}) and returns it as read back. */
    public RevisionScript revision(RevisionRequest request) {
        return write(planner().revision(request));
    }

    /** Writes a merge revision ({@code retort merge}) and returns it as read back. */
    public RevisionScript merge(RevisionRequest request) {
        return write(planner().merge(request));
    }

    /** The revisions the database is at; empty at base. Never creates Retort's tables. */
    public Set<String> current() {
        readScriptsMeanwhile(); // what the database is at is shown with its place in the graph
        try (Connection connection = connect()) {
            return migrator(connection, RunOptions.defaults(), MigrationListener.NONE)
                    .currentHeads();
        } catch (SQLException e) {
            throw closing(e);
        }
    }

    /**
     * Applies revisions up to {@code target} ({@code heads} for all). Refuses before the first step
     * while a revision is dirty or an applied revision's file changed; warns the listener of applied
     * revisions whose file is missing. Returns where the database is now.
     */
    public Set<String> upgrade(String target, RunOptions options, MigrationListener listener) {
        return run(options, listener, (record, heads) -> {
            record.refuseChanges();
            record.missingWarnings().forEach(listener::notice);
            return graph().upgradePlan(heads, target);
        });
    }

    /**
     * Reverts revisions down to {@code target}, refusing before anything runs if one is irreversible
     * or a revision is dirty; a reverted revision whose file changed since it was applied is reported
     * to the listener as a warning. Returns where the database is now.
     */
    public Set<String> downgrade(String target, RunOptions options, MigrationListener listener) {
        return run(options, listener, (record, heads) -> {
            List<MigrationStep> steps = checkReversible(graph().downgradePlan(heads, target));
            record.driftWarnings(steps).forEach(listener::notice);
            return steps;
        });
    }

    /**
     * Validates the script directory, the database's record of applied revisions and the pending
     * revisions ({@code retort check}). Never creates the database or Retort's tables.
     *
     * @param readDatabase false to check the files alone
     */
    public CheckReport check(boolean readDatabase) {
        return new Checks(this).run(readDatabase);
    }

    /**
     * Records a decision about revisions the database's record disagrees with ({@code retort repair}):
     * a changed file accepted, a dirty revision resolved, a missing file forgotten. Holds the migration
     * lock; returns one line per revision saying what was done.
     */
    public List<String> repair(RepairAction action, List<String> revisions) {
        return new Repairs(this).run(action, revisions);
    }

    /** Sets the version table to {@code revisions} without running migrations. */
    public void stamp(List<String> revisions, boolean purge) {
        try (Connection connection = connect();
                MigrationLock lock = lock(connection, RunOptions.defaults())) {
            Migrator migrator = migrator(connection, RunOptions.defaults(), MigrationListener.NONE);
            AppliedRevisions record =
                    AppliedRevisions.of(graph(), scripts(), migrator.currentHeads(), migrator.history());
            record.refuseDirty();
            record.refuseInterrupted(List.of());
            Set<String> heads = purge ? Set.of() : knownHeads(migrator.currentHeads());
            migrator.stamp(graph().stampPlan(heads, revisions, purge), purge);
        } catch (SQLException e) {
            throw closing(e);
        }
    }

    /** The SQL an upgrade would run, without connecting: {@code target} or {@code START:END}. */
    public String upgradeSql(String range, String dialectName, RunOptions options) {
        String[] bounds = splitRange(range, "upgrade");
        Set<String> start = bounds[0] == null ? Set.of() : ids(graph().resolve(bounds[0], Set.of()));
        List<MigrationStep> steps = graph().upgradePlan(start, bounds[1]);
        return offline(dialectName, options)
                .render(steps, this::script, loader(offlineDialect(dialectName)), start.isEmpty());
    }

    /** The SQL a downgrade would run, without connecting: {@code START:END} is required. */
    public String downgradeSql(String range, String dialectName, RunOptions options) {
        String[] bounds = splitRange(range, "downgrade");
        if (bounds[0] == null) {
            throw new RetortException("downgrade --sql needs a range START:END (e.g. head:base), since the database"
                    + " is not asked where it is");
        }
        Set<String> start = ids(graph().resolve(bounds[0], Set.of()));
        List<MigrationStep> steps = checkReversible(graph().downgradePlan(start, bounds[1]));
        return offline(dialectName, options).render(steps, this::script, loader(offlineDialect(dialectName)), false);
    }

    private interface Planner {
        List<MigrationStep> plan(AppliedRevisions record, Set<String> heads);
    }

    private Set<String> run(RunOptions options, MigrationListener listener, Planner planner) {
        readScriptsMeanwhile();
        // the lock is taken before the version table is read: a run that waited for another one
        // then finds that run's revisions applied and has nothing left to do
        try (Connection connection = connect();
                MigrationLock lock = lock(connection, options)) {
            Migrator migrator = migrator(connection, options, listener);
            Set<String> heads = knownHeads(migrator.currentHeads());
            AppliedRevisions record = AppliedRevisions.of(graph(), scripts(), heads, migrator.history());
            record.refuseDirty();
            List<MigrationStep> steps = planner.plan(record, heads);
            // a backfill left interrupted is finished by running its step again, never skipped
            record.refuseInterrupted(steps);
            migrator.run(steps, this::script, loader(dialect()));
            return migrator.currentHeads();
        } catch (SQLException e) {
            throw closing(e);
        }
    }

    private List<MigrationStep> checkReversible(List<MigrationStep> steps) {
        for (MigrationStep step : steps) {
            RevisionScript s = script(step.revision().id());
            if (!s.hasDowngrade()) {
                String why = s.irreversible()
                        .map(reason -> "it is marked @Irreversible(\"" + reason + "\")")
                        .orElse("it has no downgrade section");
                throw new IrreversibleMigrationException("cannot downgrade through revision " + s.id() + " ("
                        + s.origin() + "): " + why + "; nothing was run");
            }
        }
        return steps;
    }

    /** The database's heads, refusing ones this script directory does not know. */
    private Set<String> knownHeads(Set<String> heads) {
        for (String head : heads) {
            if (scripts().find(head).isEmpty()) {
                throw new RetortException("the database is at revision " + head + ", which is not in the script"
                        + " directory " + settings.scriptDirectory() + ": restore its file, or if it is gone for good"
                        + " run 'retort stamp --purge REV' with the revision the schema really matches");
            }
        }
        return heads;
    }

    MigrationLock lock(Connection connection, RunOptions options) {
        String key = settings.versionTableSchema().map(s -> s + ".").orElse("") + settings.versionTable();
        return MigrationLocks.acquire(
                connection, settings.effectiveUrl(), settings.user(), settings.password(), key, options.lockTimeout());
    }

    Connection connect() {
        return Connector.open(settings.effectiveUrl(), settings.user(), settings.password());
    }

    Dialect dialect() {
        return Dialects.forUrl(settings.effectiveUrl());
    }

    private Dialect offlineDialect(String name) {
        return name != null ? Dialects.named(name) : dialect();
    }

    private OfflineScript offline(String dialectName, RunOptions options) {
        return new OfflineScript(
                offlineDialect(dialectName), settings.versionTableSchema(), settings.versionTable(), options);
    }

    Migrator migrator(Connection connection, RunOptions options, MigrationListener listener) {
        return new Migrator(
                connection, dialect(), settings.versionTableSchema(), settings.versionTable(), options, listener);
    }

    private ScriptMigrationLoader loader(Dialect dialect) {
        if (compiler == null) {
            compiler = new JavaRevisionCompiler();
        }
        return new ScriptMigrationLoader(dialect, compiler);
    }

    private RevisionPlanner planner() {
        return new RevisionPlanner(scripts(), graph());
    }

    private RevisionScript write(RevisionPlanner.Planned planned) {
        new RevisionWriter(scripts()).write(planned.revision(), planned.location());
        scripts = null;
        graph = null;
        pendingGraph = null;
        return script(planned.revision().id());
    }

    private static String[] splitRange(String range, String command) {
        int colon = range.indexOf(':');
        if (colon < 0) {
            return new String[] {null, range};
        }
        String start = range.substring(0, colon);
        String end = range.substring(colon + 1);
        if (end.isEmpty()) {
            throw new RetortException(command + " --sql range '" + range + "' has no end revision");
        }
        return new String[] {start.isEmpty() || start.equals("base") ? null : start, end};
    }

    private static Set<String> ids(List<RevisionNode> nodes) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        nodes.forEach(n -> ids.add(n.id()));
        return ids;
    }

    private static RetortException closing(SQLException e) {
        return new RetortException("closing the database connection failed: " + e.getMessage(), e);
    }

    private List<RevisionScript> scriptsOf(List<RevisionNode> nodes) {
        List<RevisionScript> result = new ArrayList<>(nodes.size());
        for (RevisionNode node : nodes) {
            result.add(script(node.id()));
        }
        return result;
    }
}
