package dev.retort.testing;

import dev.retort.Settings;
import dev.retort.SettingsLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes revision files into a fresh script directory for a test. Not thread-safe. */
public final class ScriptFixture {
    private final Path root;
    private final Path versions;

    public ScriptFixture(Path root) {
        this.root = root;
        this.versions = root.resolve("migrations/versions");
        try {
            Files.createDirectories(versions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The working directory the script directory lives in. */
    public Path root() {
        return root;
    }

    /** Writes a SQL revision; {@code downgrade} null means none (irreversible). */
    public ScriptFixture sql(String id, String revises, String upgrade, String downgrade) {
        return sql(id, revises, "", upgrade, downgrade, "");
    }

    /** Writes a SQL revision with extra header lines (e.g. {@code -- depends_on: x}). */
    public ScriptFixture sql(String id, String revises, String header, String upgrade, String downgrade, String flags) {
        StringBuilder text = new StringBuilder("-- revision " + id + "\n--\n-- revision: " + id + "\n-- revises: "
                + revises + "\n" + header + flags + "\n-- +retort upgrade\n" + upgrade + "\n");
        if (downgrade != null) {
            text.append("\n-- +retort downgrade\n").append(downgrade).append('\n');
        }
        return write(id + "_r.sql", text.toString());
    }

    /** Writes a Java revision whose class body is given. */
    public ScriptFixture java(String id, String revises, String body) {
        String revisesLiteral =
                revises.isEmpty() ? "{}" : "{\"" + String.join("\", \"", revises.split(",\\s*")) + "\"}";
        String text = "import dev.retort.*;\nimport dev.retort.ops.*;\n\n@Revision(id = \"" + id + "\", revises = "
                + revisesLiteral + ", message = \"java " + id + "\")\nfinal class R" + id + " implements Migration {\n"
                + body + "\n}\n";
        return write(id + "_r.java", text);
    }

    public ScriptFixture write(String name, String text) {
        try {
            Files.writeString(versions.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Settings pointing at this script directory and the given database. */
    public Settings settings(TestDatabase db) {
        return SettingsLoader.of(root, Map.of()).url(db.url()).load();
    }
}
