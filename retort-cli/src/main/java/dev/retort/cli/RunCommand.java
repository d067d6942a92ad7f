package dev.retort.cli;

import dev.retort.data.Progress;
import dev.retort.graph.MigrationStep;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.RunOptions;
import dev.retort.script.RevisionScript;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** What {@code upgrade} and {@code downgrade} share: offline mode, dialect, transaction options. */
abstract class RunCommand extends Subcommand {
    @Option(names = "--sql", description = "Print the SQL script instead of running it (offline mode).")
    boolean sql;

    @Option(
            names = "--dialect",
            paramLabel = "NAME",
            description = "Dialect for --sql when no URL is configured: sqlite, postgresql, mysql, h2.")
    String dialect;

    @Option(
            names = "--single-transaction",
            description = "Run every revision in one transaction (databases with transactional DDL).")
    boolean singleTransaction;

    @Option(
            names = "--lock-timeout",
            paramLabel = "SECONDS",
            description = "How long to wait for another run's migration lock (default: 60).")
    long lockTimeoutSeconds = RunOptions.DEFAULT_LOCK_TIMEOUT.toSeconds();

    RunOptions runOptions() {
        if (lockTimeoutSeconds < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lock-timeout must not be negative");
        }
        return new RunOptions(
                retort().settings().arguments(), singleTransaction, Duration.ofSeconds(lockTimeoutSeconds));
    }

    /** Tells where the database is after a run: {@code Now at abc123def456 (head)}. */
    void reportNowAt(Set<String> heads) {
        if (quiet()) {
            return;
        }
        if (heads.isEmpty()) {
            err().println("Now at base (no revision applied)");
            return;
        }
        List<String> shown = new ArrayList<>();
        for (String id : heads) {
            shown.add(id + (retort().graph().isHead(id) ? " (head)" : ""));
        }
        err().println("Now at " + String.join(", ", shown));
    }

    /**
     * Prints Alembic-style step lines unless {@code --quiet}, and the progress of long work: a live
     * bar on a terminal, a plain line every few seconds otherwise.
     */
    MigrationListener listener() {
        if (quiet()) {
            return MigrationListener.NONE;
        }
        ProgressPrinter printer = new ProgressPrinter(
                err(), ProgressPrinter.onTerminal(), ProgressPrinter.PLAIN_INTERVAL, System::nanoTime);
        return new MigrationListener() {
            @Override
            public void stepStarting(MigrationStep step, RevisionScript script) {
                String from = step.revision().revises().isEmpty()
                        ? ""
                        : String.join(", ", step.revision().revises());
                String arrow = step.direction() == dev.retort.graph.Direction.UPGRADE
                        ? "upgrade " + from + " -> " + script.id()
                        : "downgrade " + script.id() + " -> " + from;
                // a whole line before the step runs, as Alembic logs it: warnings and progress
                // output of the step then start on lines of their own
                err().println("Running " + arrow + ", " + script.message());
                printer.stepStarting();
            }

            @Override
            public void stepFinished(MigrationStep step, RevisionScript script, Duration took) {
                if (verbose()) {
                    err().println("  done in " + took.toMillis() + " ms");
                }
            }

            @Override
            public void stepFailed(MigrationStep step, RevisionScript script) {
                // a bar left open by failed work must not run into the error line
                printer.interrupted();
            }

            @Override
            public void notice(String message) {
                err().println(message);
            }

            @Override
            public void progress(Progress progress) {
                printer.progress(progress);
            }
        };
    }
}
