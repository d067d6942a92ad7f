package dev.retort;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolved configuration: every value has been taken from the command line, the environment, the
 * config file or the default, in that order of precedence. Built by {@link SettingsLoader}.
 *
 * @param configFile the config file read, if any
 * @param baseDirectory the directory relative paths in the config are resolved against
 * @param url the JDBC URL; empty means the default SQLite file {@code retort.db} next to the config
 * @param user database user, if any
 * @param password database password, if any (never printed: see {@link #toString()})
 * @param scriptDirectory the script directory
 * @param versionLocations the folders holding revision files
 * @param versionTable the version table's name
 * @param versionTableSchema the version table's schema, if not the connection's default
 * @param arguments the {@code -x KEY=VALUE} arguments handed to migrations
 */
public record Settings(
        Optional<Path> configFile,
        Path baseDirectory,
        Optional<String> url,
        Optional<String> user,
        Optional<String> password,
        Path scriptDirectory,
        List<Path> versionLocations,
        String versionTable,
        Optional<String> versionTableSchema,
        Map<String, String> arguments) {

    /** The default name of the version table. */
    public static final String DEFAULT_VERSION_TABLE = "retort_version";

    /** Copies the collections so that the record stays immutable. */
    public Settings {
        versionLocations = List.copyOf(versionLocations);
        arguments = Map.copyOf(arguments);
    }

    /** The JDBC URL to connect to: the configured one, or the SQLite file next to the config. */
    public String effectiveUrl() {
        return url.orElseGet(() -> "jdbc:sqlite:" + baseDirectory.resolve("retort.db"));
    }

    /** Like the record's, but the password is masked. */
    @Override
    public String toString() {
        return "Settings[configFile=" + configFile.map(Path::toString).orElse("none")
                + ", url=" + url.map(Redaction::redactUrl).orElse("default")
                + ", user=" + user.orElse("none")
                + ", password=" + (password.isPresent() ? "****" : "none")
                + ", scriptDirectory=" + scriptDirectory
                + ", versionLocations=" + versionLocations
                + ", versionTable=" + versionTableSchema.map(s -> s + ".").orElse("") + versionTable
                + ", arguments=" + arguments.keySet() + "]";
    }
}
