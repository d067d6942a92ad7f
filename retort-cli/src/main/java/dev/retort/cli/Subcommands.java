package dev.retort.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands of {@code retort}, registered on demand: picocli builds a command's model from
 * its annotations when it is registered, about 7 ms each on a cold JVM, so a run registers only the
 * command it names and falls back to all of them (for help, usage errors and anything unusual).
 */
final class Subcommands {
    /** In the order {@code retort --help} lists them. */
    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("init", InitCommand::new);
        ALL.put("revision", RevisionCommand::new);
        ALL.put("upgrade", UpgradeCommand::new);
        ALL.put("downgrade", DowngradeCommand::new);
        ALL.put("current", CurrentCommand::new);
        ALL.put("history", HistoryCommand::new);
        ALL.put("heads", HeadsCommand::new);
        ALL.put("branches", BranchesCommand::new);
        ALL.put("show", ShowCommand::new);
        ALL.put("stamp", StampCommand::new);
        ALL.put("merge", MergeCommand::new);
        ALL.put("check", CheckCommand::new);
        ALL.put("repair", RepairCommand::new);
    }

    /** Global options that take a value, which may happen to be spelled like a command. */
    private static final Set<String> WITH_VALUE =
            Set.of("-c", "--config", "-d", "--dir", "--url", "--user", "--password", "-x");

    /** Short global options that take a value, for clusters such as {@code -vd DIR}. */
    private static final String SHORT_WITH_VALUE = "cdx";

    private Subcommands() {}

    /** Registers the command {@code args} names, none for {@code --version}, or every command when unclear. */
    static void register(CommandLine cli, String[] args) {
        if (args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"))) {
            return; // the version needs no command
        }
        String named = commandName(args);
        if (named != null) {
            cli.addSubcommand(named, ALL.get(named).get());
            return;
        }
        ALL.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    }

    /** Every command's name, in help order. */
    static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /** The first argument that is neither an option nor an option's value, if it names a command. */
    static String commandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return null;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                return ALL.containsKey(arg) ? arg : null;
            }
            if (takesNextArgument(arg)) {
                i++;
            }
        }
        return null;
    }

    private static boolean takesNextArgument(String option) {
        if (option.contains("=")) {
            return false;
        }
        if (WITH_VALUE.contains(option)) {
            return true;
        }
        if (option.startsWith("--")) {
            return false;
        }
        // a cluster of short options: the value is attached unless the value-taking one comes last
        for (int i = 1; i < option.length(); i++) {
            if (SHORT_WITH_VALUE.indexOf(option.charAt(i)) >= 0) {
                return i == option.length() - 1;
            }
        }
        return false;
    }
}
