package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqliteReflectionTest {
    private TestDatabase db;
    private Connection connection;
    private SchemaReflector reflector;

    @BeforeEach
    void open() {
        db = TestDatabase.create(DatabaseKind.SQLITE);
        connection = db.connect();
        reflector = SchemaReflector.forConnection(connection);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
        db.close();
    }

    @Test
    void reflectsEveryKindOfColumnConstraintIndexAndTrigger() throws Exception {
        Ddl.run(
                connection,
                "CREATE TABLE parent (id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT NOT NULL,"
                        + " CONSTRAINT uq_parent_code UNIQUE (code))",
                """
                CREATE TABLE child (
                    id INTEGER NOT NULL,
                    version INT NOT NULL DEFAULT 1,
                    name VARCHAR(40) NOT NULL COLLATE NOCASE,
                    price NUMERIC(10, 2) DEFAULT (0.0) CHECK (price >= 0),
                    parent_id INTEGER REFERENCES parent (id) ON DELETE CASCADE,
                    parent_code TEXT CONSTRAINT fk_code REFERENCES parent (code)
                        ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,
                    created TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
                    note TEXT DEFAULT 'n/a, (none)',
                    total REAL GENERATED ALWAYS AS (price * 2) STORED,
                    label TEXT AS (upper(name)),
                    CONSTRAINT pk_child PRIMARY KEY (id, version),
                    UNIQUE (name, version),
                    CONSTRAINT ck_version CHECK (version > 0 AND (version < 100))
                )""",
                "CREATE INDEX ix_child_name ON child (name)",
                "CREATE UNIQUE INDEX ix_child_lower ON child (lower(name), version DESC) WHERE price > 0",
                "CREATE TRIGGER trg_child AFTER INSERT ON child BEGIN"
                        + " UPDATE parent SET code = code WHERE id = NEW.parent_id; END");

        assertThat(reflector.table("child"))
                .contains(TableSchema.builder("child")
                        .column(ColumnSchema.builder("id", "INTEGER").notNull().build())
                        .column(ColumnSchema.builder("version", "INT")
                                .notNull()
                                .defaultExpression("1")
                                .build())
                        .column(ColumnSchema.builder("name", "VARCHAR(40)")
                                .notNull()
                                .collation("NOCASE")
                                .build())
                        .column(ColumnSchema.builder("price", "NUMERIC(10, 2)")
                                .defaultExpression("(0.0)")
                                .build())
                        .column(ColumnSchema.builder("parent_id", "INTEGER").build())
                        .column(ColumnSchema.builder("parent_code", "TEXT").build())
                        .column(ColumnSchema.builder("created", "TIMESTAMP")
                                .defaultExpression("CURRENT_TIMESTAMP")
                                .build())
                        .column(ColumnSchema.builder("note", "TEXT")
                                .defaultExpression("'n/a, (none)'")
                                .build())
                        .column(ColumnSchema.builder("total", "REAL")
                                .computed("price * 2", true)
                                .build())
                        .column(ColumnSchema.builder("label", "TEXT")
                                .computed("upper(name)", false)
                                .build())
                        .primaryKey(PrimaryKey.named("pk_child", "id", "version"))
                        .foreignKey(ForeignKey.builder(List.of("parent_id"), "parent", List.of("id"))
                                .onDelete(ReferentialAction.CASCADE)
                                .build())
                        .foreignKey(ForeignKey.builder(List.of("parent_code"), "parent", List.of("code"))
                                .name("fk_code")
                                .onUpdate(ReferentialAction.SET_NULL)
                                .initiallyDeferred()
                                .build())
                        .uniqueConstraint(UniqueConstraint.of("name", "version"))
                        .checkConstraint(CheckConstraint.of("price >= 0"))
                        .checkConstraint(CheckConstraint.named("ck_version", "version > 0 AND (version < 100)"))
                        .index(IndexSchema.builder("ix_child_lower")
                                .unique()
                                .columns("lower(name)", "version")
                                .where("price > 0")
                                .originalSql(
                                        "CREATE UNIQUE INDEX ix_child_lower ON child (lower(name), version DESC) WHERE price > 0")
                                .build())
                        .index(IndexSchema.builder("ix_child_name")
                                .columns("name")
                                .originalSql("CREATE INDEX ix_child_name ON child (name)")
                                .build())
                        .trigger(new TriggerSchema(
                                "trg_child",
                                "CREATE TRIGGER trg_child AFTER INSERT ON child BEGIN"
                                        + " UPDATE parent SET code = code WHERE id = NEW.parent_id; END"))
                        .build());

        assertThat(reflector.table("parent"))
                .contains(TableSchema.builder("parent")
                        .column(ColumnSchema.builder("id", "INTEGER")
                                .autoincrement()
                                .build())
                        .column(ColumnSchema.builder("code", "TEXT").notNull().build())
                        .primaryKey(PrimaryKey.of("id"))
                        .uniqueConstraint(UniqueConstraint.named("uq_parent_code", "code"))
                        .build());
    }

    @Test
    void listsUserTablesOnlyAndFindsTablesInAnyCase() throws Exception {
        Ddl.run(
                connection,
                "CREATE TABLE b_table (id INTEGER PRIMARY KEY AUTOINCREMENT)",
                "CREATE TABLE A_Table (x INT UNIQUE)",
                "CREATE INDEX ix_x ON A_Table (x)",
                "CREATE VIEW v AS SELECT 1");

        assertThat(reflector.tableNames()).containsExactly("A_Table", "b_table");
        assertThat(reflector.hasTable("a_table")).isTrue();
        assertThat(reflector.hasTable("v")).isFalse();
        assertThat(reflector.table("a_table")).map(TableSchema::name).contains("A_Table");
        assertThat(reflector.indexNames("A_TABLE")).containsExactly("ix_x");
        assertThat(reflector.indexNames("missing")).isEmpty();
        assertThat(reflector.table("missing")).isEmpty();
    }

    @Test
    void keepsWithoutRowidStrictAndImplicitNotNullOfTheKey() throws Exception {
        Ddl.run(connection, "CREATE TABLE kv (k TEXT, v ANY, PRIMARY KEY (k)) STRICT, WITHOUT ROWID");

        assertThat(reflector.table("kv"))
                .contains(TableSchema.builder("kv")
                        .column(ColumnSchema.builder("k", "TEXT").notNull().build())
                        .column(ColumnSchema.builder("v", "ANY").build())
                        .primaryKey(PrimaryKey.of("k"))
                        .option("STRICT")
                        .option("WITHOUT ROWID")
                        .build());
    }

    @Test
    void spellsConstraintColumnsAsTheTableDeclaresThem() throws Exception {
        Ddl.run(connection, "CREATE TABLE t (Id INT, Code TEXT, UNIQUE (code), FOREIGN KEY (ID) REFERENCES p (X))");

        TableSchema table = reflector.table("t").orElseThrow();

        assertThat(table.uniqueConstraints()).containsExactly(UniqueConstraint.of("Code"));
        assertThat(table.foreignKeys())
                .containsExactly(
                        ForeignKey.builder(List.of("Id"), "p", List.of("X")).build());
    }

    @Test
    void refusesVirtualTablesWithAClearMessage() throws Exception {
        Ddl.run(connection, "CREATE VIRTUAL TABLE docs USING fts5(body)");

        assertThatThrownBy(() -> reflector.table("docs"))
                .isInstanceOf(SchemaReflectionException.class)
                .hasMessage("cannot reflect SQLite table docs: it is a virtual table, whose columns and storage"
                        + " its module defines; Retort reflects ordinary tables only");
    }
}
