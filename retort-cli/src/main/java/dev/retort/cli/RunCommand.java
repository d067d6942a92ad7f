package dev.retort.cli;

import dev.retort.data.Progress;
import dev.retort.graph.MigrationStep;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.RunOptions;
import dev.retort.script.RevisionScript;
import java.time.Duration;
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
                err().print("Running " + arrow + ", " + script.message());
                err().flush();
                printer.stepStarting();
            }

            @Override
            public void stepFinished(MigrationStep step, RevisionScript script, Duration took) {
                err().println((printer.printedInStep() ? "  ..." : " ...") + " done (" + took.toMillis() + " ms)");
            }

            @Override
            public void stepFailed(MigrationStep step, RevisionScript script) {
                printer.interrupted();
                err().println((printer.printedInStep() ? "  ..." : " ...") + " failed");
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
