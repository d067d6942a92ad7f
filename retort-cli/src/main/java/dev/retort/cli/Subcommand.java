package dev.retort.cli;

import dev.retort.Retort;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the root's global options, the output streams, the facade. */
abstract class Subcommand implements Callable<Integer> {
    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    private Retort retort;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    boolean json() {
        return root.options.json;
    }

    boolean verbose() {
        return root.options.verbose;
    }

    boolean quiet() {
        return root.options.quiet;
    }

    /** Prints Alembic's {@code Generating <file> ... done} for a file a command wrote. */
    void reportGenerated(Path written) {
        if (!quiet()) {
            out().println("Generating " + shown(written) + " ... done");
        }
    }

    /** A path relative to the working directory when it lies below it, else absolute. */
    String shown(Path path) {
        Path file = path.toAbsolutePath().normalize();
        return (file.startsWith(root.workingDirectory) ? root.workingDirectory.relativize(file) : file).toString();
    }

    Retort retort() {
        if (retort == null) {
            retort = Retort.create(root.settings());
            if (retort.settings().effectiveUrl().startsWith("jdbc:sqlite:")) {
                SqliteNativeLibrary.useCachedCopy(SqliteNativeLibrary.cacheRoot(root.environment));
            }
        }
        return retort;
    }

    @Override
    public final Integer call() {
        try {
            run();
        } finally {
            out().flush();
            err().flush();
        }
        return 0;
    }

    /** Runs the command; failures are thrown as {@link dev.retort.RetortException}s. */
    abstract void run();
}
