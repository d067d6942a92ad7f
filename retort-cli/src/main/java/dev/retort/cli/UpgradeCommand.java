package dev.retort.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort upgrade [REV]}: apply revisions up to REV (default: all heads). */
@Command(name = "upgrade", description = "Upgrade the database to a later revision (default: heads).")
final class UpgradeCommand extends RunCommand {
    @Parameters(
            arity = "0..1",
            paramLabel = "REV",
            description = "Target: heads (default), head, an id or prefix, +N, LABEL@head; with --sql also START:END.")
    String target = "heads";

    @Override
    void run() {
        if (sql) {
            out().print(retort().upgradeSql(target, dialect, runOptions()));
            return;
        }
        reportNowAt(retort().upgrade(target, runOptions(), listener()));
    }
}
