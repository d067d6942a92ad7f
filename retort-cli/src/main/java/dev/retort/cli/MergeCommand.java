package dev.retort.cli;

import dev.retort.RevisionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort merge}: writes a revision that merges two or more heads. */
@Command(name = "merge", description = "Create a merge revision of two or more revisions (e.g. 'heads').")
final class MergeCommand extends Subcommand {
    @Option(
            names = {"-m", "--message"},
            paramLabel = "MSG",
            description = "What the merge is for.")
    String message = "merge";

    @Parameters(arity = "1..*", paramLabel = "REV", description = "Revisions to merge: ids, labels, or 'heads'.")
    List<String> revisions = new ArrayList<>();

    @Option(names = "--sql", description = "Write a .sql revision instead of a .java one.")
    boolean sql;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "Branch label for the merge revision.")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of a fresh random one.")
    String revisionId;

    @Override
    void run() {
        RevisionRequest request = new RevisionRequest(
                message,
                sql,
                revisions,
                false,
                branchLabels,
                List.of(),
                Optional.ofNullable(revisionId),
                Optional.empty());
        reportGenerated(retort().merge(request).file());
    }
}
