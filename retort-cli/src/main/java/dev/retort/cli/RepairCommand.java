package dev.retort.cli;

import dev.retort.RepairAction;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code retort repair}: record an explicit decision where the database's record disagrees with the
 * files or a run was interrupted (Flyway's {@code repair}, one named action at a time).
 */
@Command(
        name = "repair",
        description = "Record a decision about revisions 'retort check' reports: a changed file accepted, a dirty"
                + " revision resolved, a removed file forgotten.")
final class RepairCommand extends Subcommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    @Parameters(arity = "1..*", paramLabel = "REV", description = "The revision(s) to repair.")
    List<String> revisions = new ArrayList<>();

    /** Exactly one of the actions. */
    static final class Action {
        @Option(
                names = "--accept",
                description = "The applied revision's file changed on purpose: record its new checksum.")
        boolean accept;

        @Option(
                names = "--applied",
                description = "The dirty revision's changes are all in place: record it as applied.")
        boolean applied;

        @Option(
                names = "--rolled-back",
                description = "The dirty revision's committed statements were undone: record that.")
        boolean rolledBack;

        @Option(names = "--forget", description = "The applied revision's file was removed on purpose: forget it.")
        boolean forget;

        RepairAction value() {
            if (accept) {
                return RepairAction.ACCEPT;
            }
            if (applied) {
                return RepairAction.APPLIED;
            }
            return rolledBack ? RepairAction.ROLLED_BACK : RepairAction.FORGET;
        }
    }

    @Override
    void run() {
        List<String> done = retort().repair(action.value(), revisions);
        if (!quiet()) {
            done.forEach(err()::println);
        }
    }
}
