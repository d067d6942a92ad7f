package dev.retort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Reads {@code retort.toml} and merges it with command-line options and environment variables.
 *
 * <p>Precedence, highest first: the command line, the environment ({@code RETORT_URL},
 * {@code RETORT_USER}, {@code RETORT_PASSWORD}), the config file, the defaults. String values in the
 * file may reference the environment as {@code ${NAME}} or {@code ${NAME:-default}}; {@code $$}
 * stands for a literal {@code $}. Relative paths in the file are resolved against the file's
 * directory, relative paths on the command line against the working directory. Unknown keys are
 * errors, so that a misspelt {@code pasword} does not silently fall back to a default.
 */
public final class SettingsLoader {
    /** The config file looked for in the working directory when none is named. */
    public static final String DEFAULT_CONFIG = "retort.toml";

    private static final Map<String, List<String>> KNOWN_KEYS = Map.of(
            "database", List.of("url", "user", "password"),
            "scripts", List.of("dir", "version_locations"),
            "version_table", List.of("name", "schema"));

    /** Values that name something: empty would only fail later, with a far less helpful message. */
    private static final List<String> NAMES =
            List.of("scripts.dir", "version_table.name", "version_table.schema", "database.url");

    private final Path workingDirectory;
    private final Map<String, String> environment;
    private Path configFile;
    private Path scriptDirectory;
    private String url;
    private String user;
    private String password;
    private final Map<String, String> arguments = new LinkedHashMap<>();

    private SettingsLoader(Path workingDirectory, Map<String, String> environment) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.environment = Map.copyOf(environment);
    }

    /** A loader for the process's working directory and environment. */
    public static SettingsLoader fromProcess() {
        return new SettingsLoader(Path.of(""), System.getenv());
    }

    /** A loader with an explicit working directory and environment (for embedding and tests). */
    public static SettingsLoader of(Path workingDirectory, Map<String, String> environment) {
        return new SettingsLoader(workingDirectory, environment);
    }

    /** The config file named on the command line ({@code -c}); it must exist. */
    public SettingsLoader configFile(Path file) {
        this.configFile = file;
        return this;
    }

    /** The script directory named on the command line ({@code -d}). */
    public SettingsLoader scriptDirectory(Path dir) {
        this.scriptDirectory = dir;
        return this;
    }

    /** The JDBC URL named on the command line ({@code --url}). */
    public SettingsLoader url(String value) {
        this.url = value;
        return this;
    }

    /** The user named on the command line ({@code --user}). */
    public SettingsLoader user(String value) {
        this.user = value;
        return this;
    }

    /** The password named on the command line ({@code --password}). */
    public SettingsLoader password(String value) {
        this.password = value;
        return this;
    }

    /** Adds {@code -x} arguments for migrations. */
    public SettingsLoader arguments(Map<String, String> values) {
        arguments.putAll(values);
        return this;
    }

    /** Reads the config file (if any) and resolves every setting. */
    public Settings load() {
        Optional<Path> file = locateConfig();
        Map<String, String> values = file.map(this::read).orElse(Map.of());
        Path base = file.map(f -> f.toAbsolutePath().getParent()).orElse(workingDirectory);

        Path dir = scriptDirectory != null
                ? workingDirectory.resolve(scriptDirectory).normalize()
                : base.resolve(values.getOrDefault("scripts.dir", "migrations")).normalize();
        List<Path> locations = new ArrayList<>();
        String listed = values.get("scripts.version_locations");
        if (listed != null) {
            for (String location : listed.split("\n", -1)) {
                locations.add(base.resolve(location).normalize());
            }
        } else {
            locations.add(dir.resolve("versions"));
        }
        return new Settings(
                file,
                base,
                first(url, environment.get("RETORT_URL"), values.get("database.url")),
                first(user, environment.get("RETORT_USER"), values.get("database.user")),
                first(password, environment.get("RETORT_PASSWORD"), values.get("database.password")),
                dir,
                locations,
                first(values.get("version_table.name")).orElse(Settings.DEFAULT_VERSION_TABLE),
                first(values.get("version_table.schema")),
                arguments);
    }

    private Optional<Path> locateConfig() {
        if (configFile != null) {
            Path file = workingDirectory.resolve(configFile).normalize();
            if (Files.isDirectory(file)) {
                throw new ConfigException("config file " + configFile + " is a directory; name a TOML file");
            }
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("config file " + configFile + " does not exist");
            }
            return Optional.of(file);
        }
        Path file = workingDirectory.resolve(DEFAULT_CONFIG);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Map<String, String> read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
        TomlParseResult toml = Toml.parse(text);
        if (toml.hasErrors()) {
            var error = toml.errors().get(0);
            int line = error.position() == null ? 0 : error.position().line();
            throw new ConfigException(file + ":" + line + ": " + error.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String section : toml.keySet()) {
            List<String> keys = KNOWN_KEYS.get(section);
            if (keys == null || !toml.isTable(section)) {
                throw unknown(
                        file,
                        toml,
                        section,
                        "unknown section [" + section + "] (known: "
                                + KNOWN_KEYS.keySet().stream().sorted().toList() + ")");
            }
            TomlTable table = toml.getTable(section);
            for (String key : table.keySet()) {
                String dotted = section + "." + key;
                if (!keys.contains(key)) {
                    throw unknown(
                            file,
                            toml,
                            dotted,
                            "unknown key '" + dotted + "' (known in [" + section + "]: " + String.join(", ", keys)
                                    + ")");
                }
                values.put(dotted, value(file, toml, dotted, table.get(key)));
            }
        }
        return values;
    }

    private String value(Path file, TomlParseResult toml, String key, Object raw) {
        int line = line(toml, key);
        boolean list = key.equals("scripts.version_locations");
        if (raw instanceof String s && !list) {
            String value = Interpolation.apply(s, environment, file + ":" + line + ": " + key);
            if (value.isBlank() && NAMES.contains(key)) {
                throw new ConfigException(file + ":" + line + ": " + key + " must not be empty");
            }
            return value;
        }
        if (raw instanceof TomlArray array && list) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                if (!(array.get(i) instanceof String s)) {
                    throw new ConfigException(file + ":" + line + ": " + key + " must be a list of strings");
                }
                items.add(Interpolation.apply(s, environment, file + ":" + line + ": " + key));
            }
            if (items.isEmpty()) {
                throw new ConfigException(file + ":" + line + ": " + key + " must name at least one folder");
            }
            return String.join("\n", items);
        }
        String expected = list ? "a list of strings" : "a string";
        throw new ConfigException(file + ":" + line + ": " + key + " must be " + expected);
    }

    private static ConfigException unknown(Path file, TomlParseResult toml, String key, String message) {
        return new ConfigException(file + ":" + line(toml, key) + ": " + message);
    }

    private static int line(TomlParseResult toml, String dottedKey) {
        var position = toml.inputPositionOf(dottedKey);
        return position == null ? 0 : position.line();
    }

    @SafeVarargs
    private static <T> Optional<T> first(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
