package dev.retort;

import dev.retort.check.AppliedRevisions;
import dev.retort.check.CheckReport;
import dev.retort.check.Checker;
import dev.retort.graph.RevisionGraph;
import dev.retort.runtime.DatabaseConnectException;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.RunOptions;
import dev.retort.script.JavaRevisionCompiler;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.SqlSyntax;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link Retort#check}: reads what it needs without creating anything, then hands over to {@link Checker}. */
final class Checks {
    private final Retort retort;

    Checks(Retort retort) {
        this.retort = retort;
    }

    CheckReport run(boolean readDatabase) {
        ScriptDirectory scripts = retort.scripts(); // a missing directory is an error, not a finding
        RevisionGraph graph;
        try {
            scripts.scripts();
            graph = retort.graph();
        } catch (RetortException e) { // an unreadable file, bad metadata, a cycle...
            return Checker.broken(scripts.path(), e);
        }
        List<String> notes = new ArrayList<>();
        Optional<AppliedRevisions> record = Optional.empty();
        String url = retort.settings().effectiveUrl();
        Optional<Path> missing = EmbeddedDatabase.missingFile(url);
        if (!readDatabase) {
            notes.add("the database was not read (--no-database)");
        } else if (missing.isPresent()) {
            notes.add("the database " + missing.get() + " does not exist yet (not created by check): every revision"
                    + " is pending");
            record = Optional.of(AppliedRevisions.of(graph, scripts, Set.of(), List.of()));
        } else {
            record = Optional.of(read(graph, scripts));
        }
        Checker checker = new Checker(scripts, syntax(retort.dialect().name()), new JavaRevisionCompiler());
        return checker.check(graph, record, notes);
    }

    private AppliedRevisions read(RevisionGraph graph, ScriptDirectory scripts) {
        Connection connection;
        try {
            connection = retort.connect();
        } catch (DatabaseConnectException e) {
            throw new RetortException(e.getMessage() + "; 'retort check --no-database' checks the files alone", e);
        }
        try (connection) {
            Migrator migrator = retort.migrator(connection, RunOptions.defaults(), MigrationListener.NONE);
            return AppliedRevisions.of(graph, scripts, migrator.currentHeads(), migrator.history());
        } catch (SQLException e) {
            throw new RetortException("closing the database connection failed: " + e.getMessage(), e);
        }
    }

    static SqlSyntax syntax(String dialect) {
        return switch (dialect) {
            case "postgresql" -> SqlSyntax.POSTGRESQL;
            case "mysql", "mariadb" -> SqlSyntax.MYSQL;
            default -> SqlSyntax.STANDARD;
        };
    }
}
