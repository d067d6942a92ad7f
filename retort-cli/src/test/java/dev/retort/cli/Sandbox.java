package dev.retort.cli;

import dev.retort.testing.ScriptFixture;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One bad-input case's world: a working directory, its environment and maybe a fresh database. */
final class Sandbox {
    private final Path dir;
    private final TestDatabase db;
    private final Map<String, String> env = new HashMap<>();

    Sandbox(Path dir, TestDatabase db) {
        this.dir = dir;
        this.db = db;
    }

    Path dir() {
        return dir;
    }

    TestDatabase db() {
        return db;
    }

    /** The database's JDBC URL (with its credentials). */
    String url() {
        return db.url();
    }

    Map<String, String> env() {
        return env;
    }

    ScriptFixture scripts() {
        return new ScriptFixture(dir);
    }

    Sandbox write(String path, String text) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    void sql(String statement) {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    /**
     * What a failed command must not change: the application's tables (Retort's own excluded, as
     * they may be created before a revision fails) and the version table's rows.
     */
    List<String> snapshot() {
        List<String> state = new ArrayList<>();
        if (db == null) {
            return state;
        }
        try (Connection c = db.connect()) {
            boolean versions = false;
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    versions |= name.equals("retort_version");
                    if (!name.startsWith("retort_")) {
                        state.add("table " + name);
                    }
                }
            }
            if (versions) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT version_num FROM retort_version ORDER BY version_num")) {
                    while (rs.next()) {
                        state.add("version " + rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + db + ": " + e.getMessage(), e);
        }
        state.sort(null);
        return state;
    }
}
