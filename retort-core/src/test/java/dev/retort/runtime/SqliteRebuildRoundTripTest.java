package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ops.Recreate;
import dev.retort.schema.TableSchema;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rebuild that changes nothing ({@link Recreate#ALWAYS} with an empty batch) must give back the
 * same table: every kind of constraint, index and trigger, the rows with their rowids and storage
 * classes, the AUTOINCREMENT counter, and the tables and views around it.
 */
class SqliteRebuildRoundTripTest {
    static final String[] SCHEMA = {
        "CREATE TABLE parent (id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT NOT NULL UNIQUE, label TEXT DEFAULT 'x')",
        """
        CREATE TABLE item (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL,
            sku VARCHAR(20) NOT NULL COLLATE NOCASE,
            price NUMERIC(10, 2) DEFAULT (0.0) CHECK (price >= 0),
            qty INT DEFAULT 1,
            note TEXT,
            "odd ""name""\" BLOB DEFAULT x'00ff',
            total AS (price * qty) STORED,
            CONSTRAINT uq_item_sku UNIQUE (sku),
            UNIQUE (parent_id, note),
            CONSTRAINT ck_qty CHECK (qty > 0),
            CONSTRAINT fk_item_note FOREIGN KEY (note) REFERENCES item (sku) DEFERRABLE INITIALLY DEFERRED
        )""",
        "CREATE INDEX ix_item_lower ON item (lower(sku))",
        "CREATE UNIQUE INDEX ix_item_partial ON item (qty) WHERE note IS NOT NULL",
        "CREATE INDEX ix_item_price ON item (price DESC, qty COLLATE BINARY)",
        "CREATE TRIGGER trg_item AFTER INSERT ON item BEGIN UPDATE parent SET label = NEW.sku WHERE id = NEW.parent_id; END",
        "CREATE TABLE line (item_id INTEGER REFERENCES item (id) ON DELETE CASCADE, n INT)",
        "CREATE VIEW item_view AS SELECT sku, price FROM item",
        "CREATE TRIGGER trg_line AFTER DELETE ON line BEGIN UPDATE item SET qty = qty WHERE id = OLD.item_id; END",
        "INSERT INTO parent (code) VALUES ('p1'), ('p2')",
        "INSERT INTO item (parent_id, sku, price, qty, note) VALUES (1, 'a', 1.5, 2, NULL), (1, 'b', '2', 3, 'a'),"
                + " (2, 'c', 3, 4, 'b')",
        "INSERT INTO item (id, parent_id, sku) VALUES (10, 2, 'd')",
        "DELETE FROM item WHERE id = 10",
        "INSERT INTO line VALUES (1, 1), (2, 2), (3, 3)"
    };

    @ParameterizedTest(name = "foreign keys {0}, revision transaction {1}")
    @ValueSource(strings = {"off,autocommit", "on,autocommit", "off,transaction"})
    void emptyBatchGivesBackTheSameTableRowsAndNeighbours(String mode) throws SQLException {
        boolean foreignKeys = mode.startsWith("on");
        try (SqliteDatabase db = new SqliteDatabase(foreignKeys)) {
            db.sql(SCHEMA);
            TableSchema before = db.schema("item");
            List<List<Object>> items = db.rows("item");
            List<List<Object>> lines = db.rows("line");
            String lineDdl = ddl(db, "line");
            if (mode.endsWith("transaction")) {
                db.beginRevision();
            }

            db.op.batchAlterTable("item", Recreate.ALWAYS, b -> {});

            assertThat(db.sink.ran("DROP TABLE item")).isTrue();
            assertThat(db.schema("item")).hasToString(before.toString()).isEqualTo(before);
            assertThat(db.rows("item")).isEqualTo(items);
            assertThat(db.rows("line")).isEqualTo(lines);
            assertThat(ddl(db, "line")).isEqualTo(lineDdl);
            assertThat(db.query("SELECT seq FROM sqlite_sequence WHERE name = 'item'"))
                    .containsExactly(List.of(10));
            assertThat(db.query("SELECT sku FROM item_view ORDER BY sku"))
                    .containsExactly(List.of("a"), List.of("b"), List.of("c"));
            assertThat(db.query("PRAGMA legacy_alter_table")).containsExactly(List.of(0));
            assertThat(db.query("PRAGMA foreign_keys")).containsExactly(List.of(foreignKeys ? 1 : 0));
            if (mode.endsWith("transaction")) {
                db.connection.commit();
            }
            db.sql("INSERT INTO item (parent_id, sku) VALUES (2, 'e')");
            assertThat(db.query("SELECT id FROM item WHERE sku = 'e'")).containsExactly(List.of(11));
            assertThat(db.query("SELECT label FROM parent WHERE id = 2")).containsExactly(List.of("e"));
        }
    }

    @Test
    void aBatchChangesWhatItSaysAndNothingElse() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(true)) {
            db.sql(SCHEMA);
            TableSchema before = db.schema("item");
            List<List<Object>> items = db.rows("item");

            db.op.batchAlterTable(
                    "item", b -> b.alterColumn("qty", c -> c.notNull().serverDefault(2)));

            TableSchema expected = before.toBuilder()
                    .columns(before.columns().stream()
                            .map(c -> c.name().equals("qty")
                                    ? c.toBuilder()
                                            .notNull()
                                            .defaultExpression("2")
                                            .build()
                                    : c)
                            .toList())
                    .build();
            assertThat(db.schema("item")).hasToString(expected.toString()).isEqualTo(expected);
            assertThat(db.rows("item")).isEqualTo(items);
        }
    }

    @Test
    void compositeKeyWithoutRowidStrictTable() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql(
                    "CREATE TABLE pair (a TEXT, b INT, v ANY, CONSTRAINT pk_pair PRIMARY KEY (a, b)) STRICT, WITHOUT ROWID",
                    "INSERT INTO pair VALUES ('x', 2, 1.5), ('x', 1, 'text'), ('a', 9, x'01')");
            TableSchema before = db.schema("pair");
            List<List<Object>> rows = db.rows("pair");

            db.op.batchAlterTable("pair", Recreate.ALWAYS, b -> {});

            assertThat(db.schema("pair")).isEqualTo(before);
            assertThat(db.rows("pair")).isEqualTo(rows);
        }
    }

    @Test
    void rowidsOfATableWithoutIntegerKeySurvive() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql(
                    "CREATE TABLE tag (name TEXT PRIMARY KEY, n INT)",
                    "INSERT INTO tag (rowid, name, n) VALUES (5, 'five', 1), (9, 'nine', 2)");

            db.op.batchAlterTable("tag", Recreate.ALWAYS, b -> {});

            assertThat(db.query("SELECT rowid, name FROM tag ORDER BY rowid"))
                    .containsExactly(List.of(5, "five"), List.of(9, "nine"));
        }
    }

    @Test
    void namesThatNeedQuotingSurvive() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(true)) {
            db.sql(
                    "CREATE TABLE \"order\" (\"select\" INTEGER PRIMARY KEY, [my col] TEXT, \"q\"\"t\" INT UNIQUE)",
                    "CREATE INDEX \"ix \"\"o\"\"\" ON \"order\" ([my col])",
                    "INSERT INTO \"order\" VALUES (1, 'a', 2)");
            TableSchema before = db.schema("order");

            db.op.batchAlterTable("order", b -> b.alterColumn("my col", c -> c.notNull()));

            assertThat(db.schema("order").column("my col").orElseThrow().nullable())
                    .isFalse();
            assertThat(db.schema("order").indexes()).isEqualTo(before.indexes());
            assertThat(db.schema("order").uniqueConstraints()).isEqualTo(before.uniqueConstraints());
            assertThat(db.query("SELECT * FROM \"order\"")).containsExactly(List.of(1, "a", 2));
        }
    }

    private static String ddl(SqliteDatabase db, String table) throws SQLException {
        return (String) db.query("SELECT sql FROM sqlite_master WHERE name = '" + table + "'")
                .get(0)
                .get(0);
    }
}
