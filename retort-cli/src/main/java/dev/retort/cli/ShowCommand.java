package dev.retort.cli;

import dev.retort.script.RevisionScript;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort show REV}: one revision's details. */
@Command(name = "show", description = "Show the details of a revision (or of each of several, e.g. heads).")
final class ShowCommand extends Subcommand {
    @Parameters(paramLabel = "REV", description = "A revision identifier: id, prefix, head, LABEL@head, ...")
    String revision;

    @Override
    void run() {
        List<RevisionScript> revisions = retort().resolve(revision, Set.of());
        RevisionFormat format = new RevisionFormat(retort().graph(), root.workingDirectory, Set.of());
        if (json()) {
            out().println(Json.write(revisions.stream().map(format::json).toList()));
            return;
        }
        for (RevisionScript s : revisions) {
            out().print(format.entry(s));
        }
    }
}
