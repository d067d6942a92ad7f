package dev.retort.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort stamp REV}: set the version table without running migrations. */
@Command(name = "stamp", description = "Set the version table to REV without running any migration.")
final class StampCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "REV", description = "Revision(s) to stamp: an id, head, heads, base.")
    List<String> revisions = new ArrayList<>();

    @Option(
            names = "--purge",
            description = "Delete every row of the version table first (it may name unknown revisions).")
    boolean purge;

    @Override
    void run() {
        retort().stamp(revisions, purge);
        if (!quiet()) {
            err().println("Stamped " + String.join(", ", revisions));
        }
    }
}
