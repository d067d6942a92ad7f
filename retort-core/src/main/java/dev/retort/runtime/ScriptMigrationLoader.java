package dev.retort.runtime;

import dev.retort.Migration;
import dev.retort.dialect.Dialect;
import dev.retort.script.JavaRevisionCompiler;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptKind;
import dev.retort.script.SqlRevision;
import dev.retort.script.SqlSyntax;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads revision scripts as migrations: SQL files are split with the target database's syntax,
 * Java files compiled (all of a run's at once, cached between runs) and instantiated when their
 * turn comes. Not thread-safe.
 */
public final class ScriptMigrationLoader implements MigrationLoader {
    private final JavaRevisionCompiler compiler;
    private final SqlSyntax syntax;
    private final Map<String, Migration> loaded = new HashMap<>();

    /** A loader for the given dialect, compiling into the given compiler's cache. */
    public ScriptMigrationLoader(Dialect dialect, JavaRevisionCompiler compiler) {
        this.compiler = compiler;
        this.syntax = switch (dialect.name()) {
            case "postgresql" -> SqlSyntax.POSTGRESQL;
            case "mysql", "mariadb" -> SqlSyntax.MYSQL;
            default -> SqlSyntax.STANDARD;
        };
    }

    @Override
    public void prepare(List<RevisionScript> scripts) {
        List<RevisionScript> java = scripts.stream()
                .filter(s -> s.kind() == ScriptKind.JAVA && !loaded.containsKey(s.id()))
                .toList();
        if (!java.isEmpty()) {
            // compiles what is not cached (errors stop the run here) and defines the rest ahead
            compiler.prepare(java);
        }
        for (RevisionScript script : scripts) {
            // parse every SQL file up front too: an unterminated quote must stop the run before it starts
            if (script.kind() == ScriptKind.SQL) {
                load(script);
            }
        }
    }

    @Override
    public void finish() {
        compiler.discardPrepared();
    }

    @Override
    public Migration load(RevisionScript script) {
        return loaded.computeIfAbsent(
                script.id(),
                id -> script.kind() == ScriptKind.SQL
                        ? new SqlMigration(SqlRevision.read(script, syntax))
                        : compiler.load(script));
    }
}
