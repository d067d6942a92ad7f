package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.SettingsLoader;
import dev.retort.script.ScriptDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort init [DIR]}: a new script directory and, if there is none, a {@code retort.toml}. */
@Command(name = "init", description = "Create a script directory (DIR/versions, templates) and a retort.toml.")
final class InitCommand extends Subcommand {
    @Parameters(
            arity = "0..1",
            paramLabel = "DIR",
            description = "The script directory to create (default: migrations).")
    Path dir = Path.of("migrations");

    @Override
    void run() {
        Path target = root.workingDirectory.resolve(dir).normalize();
        ScriptDirectory created = ScriptDirectory.init(target);
        if (!quiet()) {
            out().println("Creating directory " + shown(target) + " ... done");
            for (Path location : created.versionLocations()) {
                out().println("Creating directory " + shown(location) + " ... done");
            }
            out().println("Creating directory " + shown(created.templates()) + " ... done");
        }
        Path config = root.options.config != null
                ? root.workingDirectory.resolve(root.options.config)
                : root.workingDirectory.resolve(SettingsLoader.DEFAULT_CONFIG);
        if (Files.exists(config)) {
            if (!quiet()) {
                out().println("Keeping the existing " + shown(config) + "; set [scripts] dir = \""
                        + relative(config, target) + "\" in it to use the new directory");
            }
            return;
        }
        write(config, template().replace("${script_dir}", relative(config, target)));
        if (!quiet()) {
            out().println("Generating " + shown(config) + " ... done");
            out().println("Please edit the [database] settings in " + shown(config) + " before proceeding"
                    + " (without a URL, Retort uses the SQLite file retort.db next to it).");
        }
    }

    private static String relative(Path config, Path target) {
        Path base = config.toAbsolutePath().getParent();
        String path = target.startsWith(base) ? base.relativize(target).toString() : target.toString();
        return path.isEmpty() ? "." : path.replace('\\', '/');
    }

    private static String template() {
        try (InputStream in = InitCommand.class.getResourceAsStream("retort.toml.tmpl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the retort.toml template is missing from the jar", e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new RetortException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
