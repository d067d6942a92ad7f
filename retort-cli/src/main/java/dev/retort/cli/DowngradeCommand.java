package dev.retort.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort downgrade REV}: revert down to REV. */
@Command(name = "downgrade", description = "Revert the database to a previous revision.")
final class DowngradeCommand extends RunCommand {
    @Parameters(paramLabel = "REV", description = "Target: -1, base, an id or prefix, LABEL@-1; with --sql START:END.")
    String target;

    @Override
    void run() {
        if (sql) {
            out().print(retort().downgradeSql(target, dialect, runOptions()));
            return;
        }
        reportNowAt(retort().downgrade(target, runOptions(), listener()));
    }
}
