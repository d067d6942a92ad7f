package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ops.Column;
import dev.retort.ops.ServerDefault;
import dev.retort.ops.Types;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Column changes that make SQLite rebuild the table: the reflected table and the rows afterwards. */
class SqliteRebuildColumnsTest {

    @Test
    void changesTypeNullabilityAndDefaultsAndAddsColumnsInOneRebuild() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql(
                    "CREATE TABLE product (id INTEGER PRIMARY KEY, name TEXT, price FLOAT, status TEXT DEFAULT 'new',"
                            + " UNIQUE (name))",
                    "CREATE INDEX ix_product_price ON product (price)",
                    "INSERT INTO product VALUES (1, 'a', 1.5, 'old'), (3, 'c', NULL, NULL)",
                    "INSERT INTO product (id, name, price) VALUES (2, 'b', '2.25')");
            db.beginRevision();

            db.op.batchAlterTable("product", b -> {
                b.alterColumn("price", c -> c.type(Types.numeric(10, 2)).existingType(Types.floatType()));
                b.alterColumn("name", c -> c.notNull().serverDefault("?"));
                b.alterColumn("status", c -> c.dropServerDefault());
                b.addColumn(Column.of("is_verified", Types.bool()).notNull().serverDefault(false));
                b.addColumn(Column.of("created", Types.timestamp())
                        .serverDefault(ServerDefault.expression("CURRENT_TIMESTAMP")));
            });
            db.connection.commit();

            assertThat(db.schema("product"))
                    .hasToString(
                            """
                            table product
                              id INTEGER
                              name TEXT NOT NULL DEFAULT '?'
                              price NUMERIC(10, 2)
                              status TEXT
                              is_verified BOOLEAN NOT NULL DEFAULT 0
                              created TIMESTAMP DEFAULT CURRENT_TIMESTAMP
                              PRIMARY KEY (id)
                              UNIQUE (name)
                              index ix_product_price price [CREATE INDEX ix_product_price ON product (price)]""");
            assertThat(db.query("SELECT id, name, price, typeof(price), status, is_verified FROM product ORDER BY id"))
                    .containsExactly(
                            List.of(1, "a", 1.5, "real", "old", 0),
                            List.of(2, "b", 2.25, "real", "new", 0),
                            Arrays.asList(3, "c", null, "null", null, 0));
            assertThat(db.count("SELECT count(*) FROM product WHERE created IS NOT NULL"))
                    .isEqualTo(3);
        }
    }

    @Test
    void dropsAColumnWithTheKeysChecksAndIndexesThatUseIt() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql(
                    "CREATE TABLE account (id INTEGER PRIMARY KEY, email TEXT UNIQUE CHECK (email LIKE '%@%'),"
                            + " nick TEXT, CONSTRAINT uq_pair UNIQUE (email, nick), CHECK (length(nick) < 20))",
                    "CREATE INDEX ix_email ON account (lower(email)) WHERE email IS NOT NULL",
                    "CREATE INDEX ix_nick ON account (nick)",
                    "INSERT INTO account VALUES (1, 'a@x', 'a'), (2, 'b@x', 'b')");

            db.op.batchAlterTable("account", b -> b.dropColumn("email"));

            assertThat(db.schema("account"))
                    .hasToString(
                            """
                            table account
                              id INTEGER
                              nick TEXT
                              PRIMARY KEY (id)
                              CHECK (length(nick) < 20)
                              index ix_nick nick [CREATE INDEX ix_nick ON account (nick)]""");
            assertThat(db.query("SELECT id, nick FROM account ORDER BY id"))
                    .containsExactly(List.of(1, "a"), List.of(2, "b"));
        }
    }

    @Test
    void renamesInsideARebuildCarryIndexesTriggersViewsAndForeignKeysAlong() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(true)) {
            db.sql(
                    "CREATE TABLE author (id INTEGER PRIMARY KEY, code TEXT UNIQUE, name TEXT)",
                    "CREATE TABLE book (id INTEGER PRIMARY KEY, author_code TEXT REFERENCES author (code))",
                    "CREATE INDEX ix_author_name ON author (name)",
                    "CREATE VIEW author_names AS SELECT name FROM author",
                    "CREATE TABLE log (msg TEXT)",
                    "CREATE TRIGGER trg_author AFTER UPDATE OF name ON author BEGIN INSERT INTO log VALUES (NEW.name); END",
                    "INSERT INTO author VALUES (1, 'a1', 'Ann')",
                    "INSERT INTO book VALUES (1, 'a1')");

            db.op.batchAlterTable("author", b -> {
                b.alterColumn("code", c -> c.rename("author_code").notNull());
                b.alterColumn("name", c -> c.rename("full_name"));
            });

            assertThat(db.schema("author"))
                    .hasToString(
                            """
                            table author
                              id INTEGER
                              author_code TEXT NOT NULL
                              full_name TEXT
                              PRIMARY KEY (id)
                              UNIQUE (author_code)
                              index ix_author_name full_name [CREATE INDEX ix_author_name ON author (full_name)]
                              trigger trg_author: CREATE TRIGGER trg_author AFTER UPDATE OF full_name ON author BEGIN\
                             INSERT INTO log VALUES (NEW.full_name); END""");
            assertThat(db.schema("book").foreignKeys().get(0))
                    .hasToString("FOREIGN KEY (author_code) REFERENCES author (author_code)");
            assertThat(db.query("SELECT * FROM author_names")).containsExactly(List.of("Ann"));
            db.sql("UPDATE author SET full_name = 'Anne'");
            assertThat(db.query("SELECT msg FROM log")).containsExactly(List.of("Anne"));
        }
    }

    @Test
    void swapsColumnNamesThroughTemporaryOnes() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql("CREATE TABLE t (a TEXT, b TEXT, c INT)", "INSERT INTO t VALUES ('x', 'y', 1)");

            db.op.batchAlterTable("t", b -> {
                b.alterColumn("a", c -> c.rename("tmp"));
                b.alterColumn("b", c -> c.rename("a"));
                b.alterColumn("tmp", c -> c.rename("b").notNull());
                b.dropColumn("c");
                b.addColumn(Column.of("c", Types.text()).serverDefault("new"));
            });

            assertThat(db.schema("t"))
                    .hasToString(
                            """
                            table t
                              b TEXT NOT NULL
                              a TEXT
                              c TEXT DEFAULT 'new'""");
            assertThat(db.query("SELECT a, b, c FROM t")).containsExactly(List.of("y", "x", "new"));
        }
    }
}
