package dev.retort.runtime;

import dev.retort.Migration;
import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.graph.Direction;
import dev.retort.graph.MigrationStep;
import dev.retort.script.RevisionScript;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Offline mode ({@code upgrade --sql}): renders the complete SQL script of a run, version-table
 * and history statements included, without connecting. Each revision is wrapped in
 * {@code BEGIN; ... COMMIT;} where the dialect has transactional DDL, mirroring a live run.
 */
public final class OfflineScript {
    private final Dialect dialect;
    private final VersionTable versions;
    private final HistoryTable history;
    private final RunOptions options;

    /** A renderer for one dialect and version table. */
    public OfflineScript(Dialect dialect, Optional<String> schema, String versionTable, RunOptions options) {
        this.dialect = dialect;
        this.versions = new VersionTable(dialect, schema, versionTable);
        this.history = new HistoryTable(dialect, schema);
        this.options = options;
    }

    /**
     * Renders the steps. {@code createTables} adds the version and history tables' DDL first (an
     * upgrade from base); a Java revision that reads data fails with an {@link OfflineException}.
     */
    public String render(
            List<MigrationStep> steps,
            Function<String, RevisionScript> scripts,
            MigrationLoader loader,
            boolean createTables) {
        StringBuilder out = new StringBuilder();
        ScriptSqlSink sink = new ScriptSqlSink(dialect, out);
        if (createTables) {
            versions.create(sink);
            history.create(sink);
            out.append('\n');
        }
        loader.prepare(steps.stream().map(s -> scripts.apply(s.revision().id())).toList());
        try {
            for (MigrationStep step : steps) {
                RevisionScript script = scripts.apply(step.revision().id());
                Migration migration = loader.load(script);
                boolean transactional = dialect.transactionalDdl() && script.transactional();
                out.append("-- Running ")
                        .append(step.direction() == Direction.UPGRADE ? "upgrade " : "downgrade ")
                        .append(describe(step))
                        .append('\n');
                if (transactional) {
                    out.append("BEGIN;\n");
                }
                ExecutingOps ops = new ExecutingOps(dialect, sink, options.arguments());
                try {
                    ops.run(migration, step.direction(), script.kind());
                } catch (RetortException e) {
                    throw e; // Retort's own refusals keep their type (a library catches them)
                } catch (RuntimeException | LinkageError | StackOverflowError e) {
                    // the revision's own code failed: say which revision, as online; nothing is printed
                    throw new OfflineException(Failures.located(script, e) + ": " + Failures.reason(e), e);
                }
                versions.apply(sink, step.versionChanges());
                history.recordOffline(
                        sink,
                        script.id(),
                        step.direction() == Direction.UPGRADE ? "upgrade" : "downgrade",
                        script.checksum());
                if (transactional) {
                    out.append("COMMIT;\n");
                }
                out.append('\n');
            }
        } finally {
            loader.finish();
        }
        return out.toString();
    }

    private static String describe(MigrationStep step) {
        String from = String.join(", ", step.revision().revises());
        String to = step.revision().id();
        return step.direction() == Direction.UPGRADE ? from + " -> " + to : to + " -> " + from;
    }
}
