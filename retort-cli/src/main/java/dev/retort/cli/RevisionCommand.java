package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.RevisionRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort revision}: writes a new revision file revising the current head. */
@Command(name = "revision", description = "Create a new revision file.")
final class RevisionCommand extends Subcommand {
    @Option(
            names = {"-m", "--message"},
            required = true,
            paramLabel = "MSG",
            description = "What the revision does.")
    String message;

    @Option(names = "--sql", description = "Write a .sql revision instead of a .java one.")
    boolean sql;

    @Option(
            names = "--head",
            paramLabel = "REV",
            description = "Revision to base the new one on (default: the head; 'base' starts a new base).")
    String head;

    @Option(names = "--splice", description = "Allow --head to name a revision that is not a head (a new branch).")
    boolean splice;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "Branch label for the new revision.")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--depends-on", paramLabel = "REV", description = "Revision or label the new one depends on.")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of a fresh random one.")
    String revisionId;

    @Option(names = "--version-path", paramLabel = "DIR", description = "Folder to write into (several configured).")
    Path versionPath;

    @Option(names = "--autogenerate", description = "Compare the database with a model (not supported yet).")
    boolean autogenerate;

    @Override
    void run() {
        if (autogenerate) {
            throw new RetortException("--autogenerate is not supported yet: Retort has no model to compare the "
                    + "database with; write the operations by hand");
        }
        RevisionRequest request = new RevisionRequest(
                message,
                sql,
                head == null ? List.of() : List.of(head),
                splice,
                branchLabels,
                dependsOn,
                Optional.ofNullable(revisionId),
                Optional.ofNullable(versionPath).map(p -> root.workingDirectory.resolve(p)));
        reportGenerated(retort().revision(request).file());
    }
}
