package dev.retort.check;

import dev.retort.RetortException;
import dev.retort.graph.RevisionGraph;
import dev.retort.script.JavaRevisionCompiler;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.SqlSyntax;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs {@code retort check}: the script directory and graph, every file read as a run would read
 * it, the database's record of applied revisions when there is one, and a lint of the revisions
 * not applied yet. Not thread-safe.
 */
public final class Checker {
    private final ScriptDirectory scripts;
    private final SqlSyntax syntax;
    private final JavaRevisionCompiler compiler;

    /** A checker reading SQL files with {@code syntax} (the target's) and compiling with {@code compiler}. */
    public Checker(ScriptDirectory scripts, SqlSyntax syntax, JavaRevisionCompiler compiler) {
        this.scripts = scripts;
        this.syntax = syntax;
        this.compiler = compiler;
    }

    /** The report of a script directory whose files or graph cannot be read at all. */
    public static CheckReport broken(Path scriptDirectory, RetortException problem) {
        String message = problem.getMessage() == null ? problem.toString() : problem.getMessage();
        Finding finding = new Finding("graph", Optional.empty(), Optional.empty(), 0, message);
        return new CheckReport(
                List.of(finding),
                List.of("nothing else was checked: the revision graph of " + scriptDirectory + " cannot be built"),
                0,
                false,
                0);
    }

    /**
     * Checks the scripts against {@code graph} and, when given, the database's record.
     *
     * @param graph the script directory's graph (already validated)
     * @param database the database's record, or empty when it was not read
     * @param notes what the caller could not check, to pass on
     */
    public CheckReport check(RevisionGraph graph, Optional<AppliedRevisions> database, List<String> notes) {
        List<RevisionScript> all = scripts.scripts();
        List<Finding> findings = new ArrayList<>();
        List<String> allNotes = new ArrayList<>(notes);

        ScriptChecks files = new ScriptChecks(syntax, compiler);
        files.run(all);
        findings.addAll(files.findings());

        Set<String> applied = Set.of();
        if (database.isPresent()) {
            AppliedRevisions record = database.get();
            findings.addAll(record.findings());
            allNotes.addAll(record.notes());
            applied = record.applied();
        } else {
            allNotes.add("every revision was linted: without the database, none is known to be applied");
        }
        Set<String> broken = new HashSet<>();
        files.findings().forEach(f -> f.revision().ifPresent(broken::add));
        List<RevisionScript> pending = new ArrayList<>();
        for (RevisionScript script : all) {
            if (!applied.contains(script.id()) && !broken.contains(script.id()) && graph.contains(script.id())) {
                pending.add(script);
            }
        }
        findings.addAll(Lint.check(pending, files.parsed()));
        return new CheckReport(findings, allNotes, all.size(), database.isPresent(), applied.size());
    }
}
