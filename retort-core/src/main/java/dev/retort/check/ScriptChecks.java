package dev.retort.check;

import dev.retort.RetortException;
import dev.retort.script.InvalidRevisionClassException;
import dev.retort.script.JavaRevisionCompiler;
import dev.retort.script.RevisionCompileException;
import dev.retort.script.RevisionFileException;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptKind;
import dev.retort.script.SqlRevision;
import dev.retort.script.SqlSyntax;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every revision the way a run would: SQL files split with the target's syntax, Java files
 * compiled (through the class cache). Unlike a run it goes on after a broken file, so that one
 * check lists them all.
 */
final class ScriptChecks {
    private final SqlSyntax syntax;
    private final JavaRevisionCompiler compiler;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, SqlRevision> parsed = new LinkedHashMap<>();

    ScriptChecks(SqlSyntax syntax, JavaRevisionCompiler compiler) {
        this.syntax = syntax;
        this.compiler = compiler;
    }

    void run(List<RevisionScript> scripts) {
        List<RevisionScript> java = new ArrayList<>();
        for (RevisionScript script : scripts) {
            if (script.kind() == ScriptKind.SQL) {
                try {
                    parsed.put(script.id(), SqlRevision.read(script, syntax));
                } catch (RetortException e) {
                    findings.add(finding("sql", script, e));
                }
            } else {
                java.add(script);
            }
        }
        compile(java);
    }

    /** The problems found, in file order. */
    List<Finding> findings() {
        return findings;
    }

    /** The SQL revisions that split cleanly, by id. */
    Map<String, SqlRevision> parsed() {
        return parsed;
    }

    private void compile(List<RevisionScript> java) {
        if (java.isEmpty()) {
            return;
        }
        try {
            compiler.loadAll(java); // one javac run in the common case where everything compiles
        } catch (RetortException together) {
            for (RevisionScript script : java) {
                try {
                    compiler.load(script);
                } catch (RetortException e) {
                    findings.add(finding("compile", script, e));
                }
            }
        }
    }

    /** A finding from a file's exception, its {@code file:line:} prefix turned into fields. */
    static Finding finding(String code, RevisionScript script, RuntimeException e) {
        Path file = script.file();
        int line = 0;
        if (e instanceof RevisionFileException f) {
            file = f.file();
            line = f.line();
        } else if (e instanceof RevisionCompileException c) {
            file = c.file();
            line = c.line();
        } else if (e instanceof InvalidRevisionClassException i) {
            file = i.file();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        for (String prefix : List.of(file + ":" + line + ": ", file + ": ")) {
            if (message.startsWith(prefix)) {
                message = message.substring(prefix.length());
                break;
            }
        }
        return new Finding(code, java.util.Optional.of(script.id()), java.util.Optional.of(file), line, message);
    }
}
