package dev.retort.cli;

import dev.retort.Settings;
import dev.retort.SettingsLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts, before or after the command name (SPEC: global options). */
final class GlobalOptions {
    @Option(
            names = {"-c", "--config"},
            scope = ScopeType.INHERIT,
            paramLabel = "FILE",
            description = "Config file (default: retort.toml in the working directory, optional).")
    Path config;

    @Option(
            names = {"-d", "--dir"},
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            description = "Script directory (default: migrations, or the config's).")
    Path dir;

    @Option(
            names = "--url",
            scope = ScopeType.INHERIT,
            paramLabel = "URL",
            description = "JDBC URL (env RETORT_URL); overrides the config.")
    String url;

    @Option(
            names = "--user",
            scope = ScopeType.INHERIT,
            paramLabel = "U",
            description = "Database user (env RETORT_USER).")
    String user;

    @Option(
            names = "--password",
            scope = ScopeType.INHERIT,
            paramLabel = "P",
            description = "Database password (env RETORT_PASSWORD).")
    String password;

    @Option(
            names = "-x",
            scope = ScopeType.INHERIT,
            paramLabel = "KEY=VALUE",
            description = "Argument handed to migrations (repeatable).")
    Map<String, String> arguments = new LinkedHashMap<>();

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Machine-readable output.")
    boolean json;

    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "More output; also prints stack traces.")
    boolean verbose;

    @Option(
            names = {"-q", "--quiet"},
            scope = ScopeType.INHERIT,
            description = "Less output.")
    boolean quiet;

    /** Resolves the settings: these options, then the environment, then the config file. */
    Settings settings(Path workingDirectory, Map<String, String> environment) {
        return SettingsLoader.of(workingDirectory, environment)
                .configFile(config)
                .scriptDirectory(dir)
                .url(url)
                .user(user)
                .password(password)
                .arguments(arguments)
                .load();
    }
}
