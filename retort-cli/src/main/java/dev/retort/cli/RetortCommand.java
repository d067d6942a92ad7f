package dev.retort.cli;

import dev.retort.Redaction;
import dev.retort.RetortException;
import dev.retort.Settings;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code retort} command: global options; the subcommands are registered per run
 * by {@link Subcommands} (a new command goes there).
 */
@Command(
        name = "retort",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Database schema migrations for the JVM.")
final class RetortCommand implements Runnable {
    @Mixin
    GlobalOptions options;

    @Spec
    CommandSpec spec;

    final Path workingDirectory;
    final Map<String, String> environment;
    private Settings settings;

    RetortCommand(Path workingDirectory, Map<String, String> environment) {
        this.workingDirectory = workingDirectory;
        this.environment = environment;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The settings resolved from the global options, the environment and the config file. */
    Settings settings() {
        settings = options.settings(workingDirectory, environment);
        return settings;
    }

    /** Every password this run knows of (options, environment, config, URLs), to mask in messages. */
    List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        if (options.password != null) {
            secrets.add(options.password);
        }
        if (environment.get("RETORT_PASSWORD") != null) {
            secrets.add(environment.get("RETORT_PASSWORD"));
        }
        secrets.addAll(Redaction.passwordsIn(options.url));
        secrets.addAll(Redaction.passwordsIn(environment.get("RETORT_URL")));
        if (settings != null) {
            settings.password().ifPresent(secrets::add);
            secrets.addAll(Redaction.passwordsIn(settings.effectiveUrl()));
        }
        return secrets;
    }

    /** Runs the command line in the process's directory and environment, returning the exit code. */
    static int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(args, out, err, Path.of("").toAbsolutePath(), System.getenv());
    }

    /** Runs the command line with explicit streams, directory and environment (used by tests). */
    static int execute(String[] args, PrintStream out, PrintStream err, Path cwd, Map<String, String> env) {
        RetortCommand root = new RetortCommand(cwd, env);
        CommandLine cli = new CommandLine(root);
        Subcommands.register(cli, args);
        PrintWriter errWriter = new PrintWriter(err, true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(errWriter);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String message = e instanceof RetortException
                    ? e.getMessage()
                    : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            errWriter.println("error: " + Redaction.redactAll(oneLine(message), root.secrets()));
            if (root.options.verbose) {
                e.printStackTrace(errWriter);
            }
            return 1;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            CommandLine failed = e.getCommandLine();
            // picocli words a few messages awkwardly ("Error: ...", "option option '-x'")
            String message = oneLine(e.getMessage())
                    .replaceFirst("^Error: ", "")
                    .replace("Value for option option ", "Value for option ");
            StringBuilder line = new StringBuilder("error: ").append(message);
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                    && !unmatched.getSuggestions().isEmpty()) {
                line.append("; did you mean ")
                        .append(String.join(
                                " or ",
                                unmatched.getSuggestions().stream()
                                        .limit(2)
                                        .map(s -> "'" + s + "'")
                                        .toList()))
                        .append('?');
            }
            // one line, as every error (SPEC), with the way to the command's usage
            line.append(" (see '")
                    .append(failed.getCommandSpec().qualifiedName())
                    .append(" --help')");
            errWriter.println(line);
            return CommandLine.ExitCode.USAGE;
        });
        try {
            return cli.execute(args);
        } catch (VirtualMachineError | LinkageError e) {
            // picocli hands errors on; still one line (the database work was rolled back on the way)
            errWriter.println("error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null
                            ? ""
                            : ": " + Redaction.redactAll(oneLine(e.getMessage()), root.secrets()))
                    + (root.options.verbose ? "" : " (run with --verbose for the stack trace)"));
            if (root.options.verbose) {
                e.printStackTrace(errWriter);
            }
            return 1;
        }
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
