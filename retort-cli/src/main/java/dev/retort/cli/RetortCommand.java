package dev.retort.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code retort} command. */
@Command(
        name = "retort",
        mixinStandardHelpOptions = true,
        version = "retort 0.1.0-SNAPSHOT",
        description = "Database schema migrations for the JVM.")
final class RetortCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** Runs the command line with the given streams and returns the exit code. */
    static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new RetortCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
