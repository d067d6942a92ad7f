package dev.retort.cli;

import dev.retort.graph.RevisionNode;
import dev.retort.script.RevisionScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;

/** {@code retort branches}: the branch points and the revisions they branch into. */
@Command(name = "branches", description = "Show the branch points of the revision graph.")
final class BranchesCommand extends Subcommand {
    @Override
    void run() {
        RevisionFormat format = new RevisionFormat(retort().graph(), root.workingDirectory, Set.of());
        List<Object> json = new ArrayList<>();
        for (RevisionScript point : retort().branchPoints()) {
            List<RevisionScript> next = new ArrayList<>();
            for (RevisionNode child : retort().graph().children(point.id())) {
                next.add(retort().script(child.id()));
            }
            if (json()) {
                Map<String, Object> o = new LinkedHashMap<>(format.json(point));
                o.put("branches_into", next.stream().map(format::json).toList());
                json.add(o);
                continue;
            }
            out().println(verbose() ? format.entry(point) : format.line(point, false, true, true, false));
            String indent = " ".repeat(point.id().length());
            for (RevisionScript child : next) {
                out().println(indent + " -> " + format.line(child, false, true, true, verbose()));
            }
            out().println();
        }
        if (json()) {
            out().println(Json.write(json));
        }
    }
}
