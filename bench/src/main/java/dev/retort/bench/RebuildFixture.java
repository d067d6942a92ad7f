package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database the SQLite rebuild benchmark works on: {@code item} with {@code rows} rows, a unique
 * and a plain index, a trigger, and a {@code line} table with a foreign key to it (one line per
 * hundred items). Built once per size as a template file and copied for every timed run, so that
 * each run starts from the same bytes.
 */
final class RebuildFixture {
    private final Path template;

    private RebuildFixture(Path template) {
        this.template = template;
    }

    static RebuildFixture create(Path directory, int rows) throws SQLException {
        Path template = directory.resolve("template-" + rows + ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + template);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, sku TEXT NOT NULL, name TEXT, price REAL,"
                    + " qty INTEGER DEFAULT 0, created TEXT DEFAULT CURRENT_TIMESTAMP)");
            s.execute("CREATE TABLE line (id INTEGER PRIMARY KEY, item_id INTEGER REFERENCES item (id), n INTEGER)");
            s.execute("CREATE TABLE audit (item_id INTEGER, at TEXT)");
            c.setAutoCommit(false);
            s.execute("WITH RECURSIVE k(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM k WHERE x < " + rows + ")"
                    + " INSERT INTO item (id, sku, name, price, qty, created)"
                    + " SELECT x, 'SKU-' || x, 'item number ' || (x % 5000), (x % 10000) / 100.0, x % 17,"
                    + " '2026-01-01 00:00:00' FROM k");
            s.execute("INSERT INTO line (item_id, n) SELECT id, id % 7 FROM item WHERE id % 100 = 0");
            c.commit();
            c.setAutoCommit(true);
            s.execute("CREATE UNIQUE INDEX ix_item_sku ON item (sku)");
            s.execute("CREATE INDEX ix_item_name ON item (name)");
            s.execute("CREATE INDEX ix_line_item ON line (item_id)");
            s.execute("CREATE TRIGGER trg_item_delete AFTER DELETE ON item BEGIN"
                    + " INSERT INTO audit VALUES (OLD.id, 'now'); END");
        }
        return new RebuildFixture(template);
    }

    /** A fresh copy of the template. */
    Path copy(Path target) throws IOException {
        return Files.copy(template, target, StandardCopyOption.REPLACE_EXISTING);
    }

    long bytes() throws IOException {
        return Files.size(template);
    }
}
