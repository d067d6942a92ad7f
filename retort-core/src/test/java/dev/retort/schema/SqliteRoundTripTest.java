package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rebuilds tables the way SQLite batch mode will (render under a new name, create, drop the old
 * table, rename, recreate indexes and triggers) and checks that reflection sees the same table.
 */
class SqliteRoundTripTest {

    static Stream<Arguments> corpus() {
        return Stream.of(
                ddl(
                        "quoted identifiers",
                        "my table",
                        """
                        CREATE TABLE "my table" ("first name" TEXT NOT NULL, "say ""hi""\" TEXT,
                            [bracket col] INT, `back``tick` REAL, 'string name' BLOB)""",
                        """
                        CREATE INDEX "ix ""q""\" ON "my table" (lower("first name") COLLATE NOCASE DESC)
                            WHERE "first name" IS NOT NULL""",
                        """
                        CREATE TRIGGER "trg q" AFTER UPDATE OF "first name" ON "my table"
                        BEGIN SELECT 1; END"""),
                ddl(
                        "reserved words",
                        "order",
                        """
                        CREATE TABLE "order" ("select" INTEGER PRIMARY KEY, "from" TEXT, "group" TEXT UNIQUE,
                            key TEXT, action TEXT, "default" TEXT DEFAULT 'default')"""),
                ddl("autoincrement", "counters", "CREATE TABLE counters (id INTEGER PRIMARY KEY AUTOINCREMENT, n INT)"),
                ddl(
                        "autoincrement in a table-level key",
                        "t",
                        "CREATE TABLE t (id INTEGER, name TEXT, PRIMARY KEY (id AUTOINCREMENT))"),
                ddl("named rowid key", "t", "CREATE TABLE t (id INTEGER CONSTRAINT pk_t PRIMARY KEY, x)"),
                ddl(
                        "without rowid and strict",
                        "kv",
                        "CREATE TABLE kv (k TEXT, v ANY, PRIMARY KEY (k)) STRICT, WITHOUT ROWID"),
                ddl(
                        "defaults",
                        "d",
                        """
                        CREATE TABLE d (
                            a TEXT DEFAULT (datetime('now', 'localtime')),
                            b INT DEFAULT (1 + 2 * (3 - 1)),
                            c INT DEFAULT -1,
                            e REAL DEFAULT +1.5e3,
                            f BLOB DEFAULT x'00ff',
                            g TEXT DEFAULT NULL,
                            h BOOLEAN DEFAULT TRUE,
                            i DATE DEFAULT CURRENT_DATE,
                            j TEXT DEFAULT 'it''s',
                            k TEXT DEFAULT 'a, b (c)',
                            l TEXT DEFAULT bare_word,
                            m REAL DEFAULT - 2.5
                        )"""),
                ddl(
                        "strings with commas and parentheses",
                        "s",
                        """
                        CREATE TABLE s (name TEXT CHECK (name <> ')(,'), tag TEXT DEFAULT '(,)' CHECK (tag <> '''))'))"""),
                ddl(
                        "nested checks",
                        "n",
                        """
                        CREATE TABLE n (a INT, b INT, c INT,
                            CONSTRAINT ck_nested CHECK ((a > 0 AND (b < 10 OR (c IS NULL)))),
                            CHECK (a IN (1, 2, (3))))"""),
                ddl(
                        "comments inside the DDL",
                        "c",
                        """
                        CREATE TABLE c /* the table */ (
                            a INT -- first, with a comma
                            , b TEXT /* second, (with parens */ DEFAULT 'x', -- trailing
                            c TEXT CHECK (c /* inside */ <> 'y') -- last
                        )"""),
                ddl(
                        "composite keys and actions",
                        "line",
                        """
                        CREATE TABLE line (order_id INT, line_no INT, product TEXT, sku TEXT,
                            CONSTRAINT pk_line PRIMARY KEY (order_id, line_no),
                            CONSTRAINT fk_order FOREIGN KEY (order_id) REFERENCES orders (id)
                                ON DELETE CASCADE ON UPDATE RESTRICT,
                            FOREIGN KEY (product, sku) REFERENCES products
                                ON DELETE SET DEFAULT ON UPDATE NO ACTION DEFERRABLE,
                            FOREIGN KEY (sku) REFERENCES skus (code) MATCH SIMPLE
                                NOT DEFERRABLE INITIALLY DEFERRED)"""),
                ddl(
                        "generated columns and collations",
                        "g",
                        """
                        CREATE TABLE g (a INT, b TEXT COLLATE NOCASE,
                            c INT GENERATED ALWAYS AS (a * 2) VIRTUAL,
                            d TEXT AS (upper(b) || ',') STORED,
                            e TEXT COLLATE "RTRIM")"""),
                ddl(
                        "odd type names",
                        "types",
                        """
                        CREATE TABLE types (a UNSIGNED BIG INT, b DOUBLE PRECISION, c VARCHAR ( 255 ),
                            d NATIVE CHARACTER(70), e DECIMAL(10,5), f, g "custom type", h 'str type',
                            i INT(-1, +2))"""),
                ddl(
                        "named column constraints",
                        "nc",
                        """
                        CREATE TABLE nc (a INT CONSTRAINT nn NOT NULL CONSTRAINT ck_a CHECK (a > 0)
                            CONSTRAINT uq_a UNIQUE CONSTRAINT dangling, b INT CONSTRAINT fk_b REFERENCES p)"""),
                ddl(
                        "table constraints without commas",
                        "nc",
                        "CREATE TABLE nc (a INT, b INT, UNIQUE (a) CHECK (b > 0) CONSTRAINT uq_b UNIQUE (b))"),
                ddl(
                        "conflict clauses",
                        "cc",
                        """
                        CREATE TABLE cc (a INT NOT NULL ON CONFLICT REPLACE, b INT UNIQUE ON CONFLICT IGNORE,
                            c INT, PRIMARY KEY (c DESC) ON CONFLICT FAIL)"""),
                ddl(
                        "unicode identifiers",
                        "données",
                        "CREATE TABLE données (clé TEXT PRIMARY KEY, \"größe\" INT, été REAL DEFAULT 0.5)"),
                ddl(
                        "columns added and renamed later",
                        "grown",
                        "CREATE TABLE grown (id INTEGER PRIMARY KEY, old_name TEXT)",
                        "ALTER TABLE grown ADD COLUMN extra TEXT DEFAULT 'e' REFERENCES parent (id) /* added */",
                        "ALTER TABLE grown RENAME COLUMN old_name TO \"new name\"",
                        "CREATE INDEX ix_grown ON grown (\"new name\", extra)"),
                ddl(
                        "if not exists and schema name",
                        "q",
                        "CREATE TABLE IF NOT EXISTS main.\"q\" (a INT PRIMARY KEY DESC, b INT)"),
                ddl(
                        "several indexes and triggers",
                        "items",
                        """
                        CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, price REAL, updated TEXT)""",
                        "CREATE UNIQUE INDEX ux_items_name ON items (name COLLATE NOCASE)",
                        "CREATE INDEX ix_items_expr ON items (price * 2, substr(name, 1, 3)) WHERE price > 0",
                        """
                        CREATE TRIGGER items_touch AFTER UPDATE ON items FOR EACH ROW
                        WHEN NEW.updated IS OLD.updated
                        BEGIN
                            UPDATE items SET updated = datetime('now') WHERE id = NEW.id; -- keep ; inside
                        END""",
                        "CREATE TRIGGER items_guard BEFORE DELETE ON items BEGIN SELECT RAISE(ABORT, 'no'); END"));
    }

    private static Arguments ddl(String description, String table, String... statements) {
        return Arguments.of(description, table, List.of(statements));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void rebuildingATableKeepsItsReflectedSchema(String description, String table, List<String> statements)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.SQLITE);
                Connection connection = db.connect()) {
            Ddl.run(connection, statements.toArray(String[]::new));
            SchemaReflector reflector = SchemaReflector.forConnection(connection);
            TableSchema original = reflector.table(table).orElseThrow();
            SqliteTableDefinition definition = SqliteTableDefinition.of(original);

            String temporary = "_retort_tmp_" + table;
            Ddl.run(connection, definition.createTable(temporary));
            assertThat(reflector.table(temporary).orElseThrow())
                    .isEqualTo(original.toBuilder()
                            .name(temporary)
                            .indexes(List.of())
                            .triggers(List.of())
                            .build());

            List<String> rebuild = new ArrayList<>();
            rebuild.add("DROP TABLE " + SqliteNames.quote(table));
            rebuild.add("ALTER TABLE " + SqliteNames.quote(temporary) + " RENAME TO " + SqliteNames.quote(table));
            rebuild.addAll(definition.createIndexes());
            rebuild.addAll(definition.createTriggers());
            Ddl.run(connection, rebuild.toArray(String[]::new));

            TableSchema rebuilt = reflector.table(table).orElseThrow();
            assertThat(rebuilt).isEqualTo(original);
            assertThat(SqliteTableDefinition.of(rebuilt).createTable()).isEqualTo(definition.createTable());
        }
    }
}
