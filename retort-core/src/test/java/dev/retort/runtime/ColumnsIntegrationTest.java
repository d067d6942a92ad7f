package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.OperationNotSupportedException;
import dev.retort.ops.Column;
import dev.retort.ops.ServerDefault;
import dev.retort.ops.Types;
import dev.retort.testing.DatabaseKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Server defaults, comments and in-place column changes, read back through JDBC metadata. */
class ColumnsIntegrationTest {
    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "SQLITE", mode = EnumSource.Mode.EXCLUDE)
    void serverDefaultsAreSetAndDropped(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            db.op.createTable("task", t -> t.column("id", Types.integer(), Column::primaryKey)
                    .column("state", Types.string(20))
                    .column("done", Types.bool(), c -> c.notNull().serverDefault(false)));
            db.op.alterColumn("task", "state", c -> c.serverDefault("new"));
            db.op.alterColumn("task", "done", c -> c.serverDefault(true));
            db.sql("INSERT INTO task (id) VALUES (1)");
            List<Object> row = db.schema.rows("SELECT state, done FROM task").get(0);
            assertThat(row.get(0)).isEqualTo("new");
            assertThat(String.valueOf(row.get(1))).isIn("true", "1");

            db.op.alterColumn("task", "state", c -> c.dropServerDefault());
            db.sql("INSERT INTO task (id) VALUES (2)");
            assertThat(db.schema
                            .rows("SELECT state FROM task WHERE id = 2")
                            .get(0)
                            .get(0))
                    .isNull();
            assertThat(db.schema.column("task", "state").defaultValue()).isIn(null, "NULL");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void expressionDefaultsAreWrittenAsTheyAre(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            db.op.createTable("event", t -> t.column("id", Types.integer(), Column::primaryKey)
                    .column(
                            "at",
                            Types.timestamp(),
                            c -> c.serverDefault(ServerDefault.expression("CURRENT_TIMESTAMP"))));
            db.sql("INSERT INTO event (id) VALUES (1)");
            assertThat(db.schema.rows("SELECT at FROM event").get(0).get(0)).isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void tableAndColumnCommentsWhereTheDatabaseHasThem(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            db.op.createTable("note", t -> t.column("id", Types.integer(), Column::primaryKey)
                    .column("body", Types.text(), c -> c.comment("Markdown, it's fine"))
                    .comment("Notes people write"));
            boolean comments = db.dialect.supportsComments();
            assertThat(db.schema.tableRemarks("note"))
                    .isEqualTo(comments ? java.util.Optional.of("Notes people write") : java.util.Optional.empty());
            assertThat(db.schema.column("note", "body").remarks()).isEqualTo(comments ? "Markdown, it's fine" : null);

            db.op.createTableComment("note", "Changed");
            assertThat(db.schema.tableRemarks("note"))
                    .isEqualTo(comments ? java.util.Optional.of("Changed") : java.util.Optional.empty());
            db.op.dropTableComment("note");
            assertThat(db.schema.tableRemarks("note")).isEmpty();
            db.op.alterColumn("note", "body", c -> c.dropComment());
            assertThat(db.schema.column("note", "body").remarks()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "MARIADB")
    void mysqlReadsTheHintsItLacksSoNothingElseChanges(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            db.sql("CREATE TABLE coupon (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                    + " code VARCHAR(20) NOT NULL DEFAULT 'NEW' COMMENT 'shown to users',"
                    + " created DATETIME DEFAULT CURRENT_TIMESTAMP)");
            db.op.alterColumn("coupon", "code", c -> c.type(Types.string(40)));
            db.op.alterColumn("coupon", "id", c -> c.comment("surrogate key"));
            db.op.alterColumn("coupon", "created", c -> c.nullable(false));

            var code = db.schema.column("coupon", "code");
            assertThat(code.size()).isEqualTo(40);
            assertThat(code.nullable()).isFalse();
            assertThat(code.remarks()).isEqualTo("shown to users");
            assertThat(code.defaultValue()).isIn("NEW", "'NEW'");
            assertThat(db.schema.column("coupon", "id").remarks()).isEqualTo("surrogate key");
            assertThat(db.schema.column("coupon", "created").nullable()).isFalse();
            db.sql("INSERT INTO coupon () VALUES ()");
            assertThat(db.schema.rows("SELECT id, code, created FROM coupon").get(0))
                    .satisfies(r -> assertThat(((Number) r.get(0)).intValue()).isEqualTo(1))
                    .satisfies(r -> assertThat(r.get(1)).isEqualTo("NEW"))
                    .satisfies(r -> assertThat(r.get(2)).isNotNull());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void sqliteRefusesANotNullColumnWithoutDefaultBeforeRunningIt(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            db.op.createTable("t", t -> t.column("id", Types.integer(), Column::primaryKey));
            db.op.bulkInsert("t", List.of(Map.of("id", 1)));
            if (kind == DatabaseKind.SQLITE) {
                assertThatThrownBy(() -> db.op.addColumn(
                                "t", Column.of("code", Types.string(5)).notNull()))
                        .isInstanceOf(OperationNotSupportedException.class)
                        .hasMessage("SQLite cannot add NOT NULL column t.code without a server default;"
                                + " give it serverDefault(...)");
            }
            db.op.addColumn("t", Column.of("code", Types.string(5)).notNull().serverDefault("x"));
            assertThat(db.schema.rows("SELECT code FROM t").get(0).get(0)).isEqualTo("x");
        }
    }
}
