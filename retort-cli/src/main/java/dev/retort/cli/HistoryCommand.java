package dev.retort.cli;

import dev.retort.script.RevisionScript;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort history}: the revisions, newest first. */
@Command(name = "history", description = "List revisions in chronological order, newest first.")
final class HistoryCommand extends Subcommand {
    @Option(
            names = {"-r", "--rev-range"},
            paramLabel = "RANGE",
            description = "Revision range START:END (either side optional), e.g. base:head, -3:, abc1:")
    String range;

    @Option(
            names = {"-i", "--indicate-current"},
            description = "Mark the database's current revisions.")
    boolean indicateCurrent;

    @Override
    void run() {
        Set<String> current = indicateCurrent ? currentHeads() : Set.of();
        List<RevisionScript> revisions = retort().history(range, current);
        RevisionFormat format = new RevisionFormat(retort().graph(), root.workingDirectory, current);
        if (json()) {
            out().println(Json.write(revisions.stream().map(format::json).toList()));
            return;
        }
        for (RevisionScript s : revisions) {
            out().println(verbose() ? format.entry(s) : format.line(s, true, true, true, true));
        }
    }

    private Set<String> currentHeads() {
        return retort().current();
    }
}
