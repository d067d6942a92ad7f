package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteTableDefinitionTest {

    @Test
    void rendersATableBuiltInMemory() {
        TableSchema table = TableSchema.builder("order line")
                .column(ColumnSchema.builder("id", "INTEGER").notNull().build())
                .column(ColumnSchema.builder("order", "INT")
                        .notNull()
                        .defaultExpression("1 + 2")
                        .build())
                .column(ColumnSchema.builder("name", "TEXT")
                        .defaultExpression("'x'")
                        .collation("NOCASE")
                        .build())
                .column(ColumnSchema.builder("twice", "INT")
                        .computed("id * 2", false)
                        .build())
                .column(ColumnSchema.builder("untyped", "")
                        .defaultExpression("-1")
                        .build())
                .primaryKey(PrimaryKey.named("pk_line", "id", "order"))
                .foreignKey(ForeignKey.builder(List.of("order"), "orders", List.of("id"))
                        .name("fk_order")
                        .onDelete(ReferentialAction.CASCADE)
                        .deferrable()
                        .build())
                .foreignKey(ForeignKey.builder(List.of("name"), "names", List.of())
                        .onUpdate(ReferentialAction.SET_NULL)
                        .build())
                .uniqueConstraint(UniqueConstraint.of("name", "twice"))
                .checkConstraint(CheckConstraint.named("ck_id", "id > 0"))
                .index(IndexSchema.builder("ix name")
                        .unique()
                        .columns("name", "order")
                        .where("id > 5")
                        .build())
                .index(IndexSchema.builder("ix_kept")
                        .columns("lower(name)")
                        .originalSql("CREATE INDEX ix_kept ON \"order line\" (lower(name))")
                        .build())
                .trigger(new TriggerSchema(
                        "trg", "CREATE TRIGGER trg AFTER INSERT ON \"order line\" BEGIN SELECT 1; END"))
                .option("WITHOUT ROWID")
                .build();

        SqliteTableDefinition definition = SqliteTableDefinition.of(table);

        assertThat(definition.createTable("_retort_tmp"))
                .isEqualTo(
                        """
                CREATE TABLE _retort_tmp (
                    id INTEGER NOT NULL,
                    "order" INT NOT NULL DEFAULT (1 + 2),
                    name TEXT DEFAULT 'x' COLLATE NOCASE,
                    twice INT GENERATED ALWAYS AS (id * 2) VIRTUAL,
                    untyped DEFAULT -1,
                    CONSTRAINT pk_line PRIMARY KEY (id, "order"),
                    UNIQUE (name, twice),
                    CONSTRAINT ck_id CHECK (id > 0),
                    CONSTRAINT fk_order FOREIGN KEY ("order") REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE,
                    FOREIGN KEY (name) REFERENCES names ON UPDATE SET NULL
                ) WITHOUT ROWID""");
        assertThat(definition.createIndexes())
                .containsExactly(
                        "CREATE UNIQUE INDEX \"ix name\" ON \"order line\" (name, \"order\") WHERE id > 5",
                        "CREATE INDEX ix_kept ON \"order line\" (lower(name))");
        assertThat(definition.createTriggers())
                .containsExactly("CREATE TRIGGER trg AFTER INSERT ON \"order line\" BEGIN SELECT 1; END");
    }

    @Test
    void writesASingleColumnKeyOnItsColumnWithAutoincrement() {
        TableSchema table = TableSchema.builder("counters")
                .column(ColumnSchema.builder("n", "INT").build())
                .column(ColumnSchema.builder("id", "INTEGER").autoincrement().build())
                .primaryKey(PrimaryKey.of("id"))
                .build();

        assertThat(SqliteTableDefinition.of(table).createTable())
                .isEqualTo(
                        """
                CREATE TABLE counters (
                    n INT,
                    id INTEGER PRIMARY KEY AUTOINCREMENT
                )""");
    }
}
