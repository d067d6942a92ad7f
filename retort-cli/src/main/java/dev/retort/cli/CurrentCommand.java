package dev.retort.cli;

import dev.retort.script.RevisionScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;

/** {@code retort current}: the revisions the database is at. */
@Command(name = "current", description = "Show the revisions the database is at.")
final class CurrentCommand extends Subcommand {
    @Override
    void run() {
        Set<String> current = retort().current();
        List<Object> json = new ArrayList<>();
        RevisionFormat format = null;
        for (String id : current) {
            RevisionScript script = retort().scripts().find(id).orElse(null);
            if (script == null) {
                // the database names a revision this directory does not have: say so, don't fail
                if (json()) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("revision", id);
                    o.put("known", false);
                    json.add(o);
                } else {
                    out().println(id + " (not in the script directory)");
                }
                continue;
            }
            if (format == null) {
                format = new RevisionFormat(retort().graph(), root.workingDirectory, Set.of());
            }
            if (json()) {
                json.add(format.json(script));
            } else {
                out().println(verbose() ? format.entry(script) : format.line(script, false, false, true, false));
            }
        }
        if (json()) {
            out().println(Json.write(json));
        }
    }
}
