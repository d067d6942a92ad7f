package dev.retort.cli;

import dev.retort.script.RevisionScript;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;

/** {@code retort heads}: the graph's head revisions. */
@Command(name = "heads", description = "Show the current head revisions of the script directory.")
final class HeadsCommand extends Subcommand {
    @Override
    void run() {
        List<RevisionScript> heads = retort().heads();
        RevisionFormat format = new RevisionFormat(retort().graph(), root.workingDirectory, Set.of());
        if (json()) {
            out().println(Json.write(heads.stream().map(format::json).toList()));
            return;
        }
        for (RevisionScript head : heads) {
            out().println(verbose() ? format.entry(head) : format.line(head, false, true, false, false));
        }
    }
}
