package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MariadbReflectionTest {
    private TestDatabase db;
    private Connection connection;
    private SchemaReflector reflector;

    @BeforeEach
    void open() {
        db = TestDatabase.create(DatabaseKind.MARIADB);
        connection = db.connect();
        reflector = SchemaReflector.forConnection(connection);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
        db.close();
    }

    @Test
    void reflectsEveryKindOfColumnConstraintIndexCommentAndTrigger() throws Exception {
        Ddl.run(
                connection,
                "CREATE TABLE parent (id INT AUTO_INCREMENT PRIMARY KEY, code VARCHAR(10) NOT NULL,"
                        + " CONSTRAINT uq_parent_code UNIQUE (code))",
                """
                CREATE TABLE child (
                    id INT NOT NULL,
                    version SMALLINT NOT NULL DEFAULT 1,
                    name VARCHAR(40) NOT NULL COMMENT 'Display name',
                    price DECIMAL(10, 2) DEFAULT 0 CHECK (price >= 0),
                    parent_id INT,
                    parent_code VARCHAR(10),
                    created TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
                    note VARCHAR(20) COLLATE utf8mb4_bin DEFAULT 'n/a',
                    total DECIMAL(12, 2) AS (price * 2) STORED,
                    twice INT AS (version * 2) VIRTUAL,
                    flag BOOLEAN NOT NULL DEFAULT FALSE,
                    `Mixed Case` DOUBLE,
                    CONSTRAINT pk_child PRIMARY KEY (id, version),
                    UNIQUE (name, version),
                    CONSTRAINT ck_version CHECK (version > 0 AND version < 100),
                    CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE,
                    CONSTRAINT fk_code FOREIGN KEY (parent_code) REFERENCES parent (code)
                        ON UPDATE SET NULL ON DELETE NO ACTION
                ) COMMENT 'Children of parents'""",
                "CREATE INDEX ix_child_name ON child (name, created DESC)",
                "CREATE UNIQUE INDEX ux_child_note ON child (note)",
                "CREATE TRIGGER trg_child BEFORE UPDATE ON child FOR EACH ROW SET NEW.version = OLD.version + 1");

        assertThat(reflector.table("child"))
                .contains(TableSchema.builder("child")
                        .column(ColumnSchema.builder("id", "int(11)").notNull().build())
                        .column(ColumnSchema.builder("version", "smallint(6)")
                                .notNull()
                                .defaultExpression("1")
                                .build())
                        .column(ColumnSchema.builder("name", "varchar(40)")
                                .notNull()
                                .comment("Display name")
                                .build())
                        .column(ColumnSchema.builder("price", "decimal(10,2)")
                                .defaultExpression("0.00")
                                .build())
                        .column(ColumnSchema.builder("parent_id", "int(11)").build())
                        .column(ColumnSchema.builder("parent_code", "varchar(10)")
                                .build())
                        .column(ColumnSchema.builder("created", "timestamp")
                                .defaultExpression("current_timestamp()")
                                .build())
                        .column(ColumnSchema.builder("note", "varchar(20)")
                                .defaultExpression("'n/a'")
                                .collation("utf8mb4_bin")
                                .build())
                        .column(ColumnSchema.builder("total", "decimal(12,2)")
                                .computed("`price` * 2", true)
                                .build())
                        .column(ColumnSchema.builder("twice", "int(11)")
                                .computed("`version` * 2", false)
                                .build())
                        .column(ColumnSchema.builder("flag", "tinyint(1)")
                                .notNull()
                                .defaultExpression("0")
                                .build())
                        .column(ColumnSchema.builder("Mixed Case", "double").build())
                        .primaryKey(PrimaryKey.of("id", "version"))
                        .foreignKey(ForeignKey.builder(List.of("parent_code"), "parent", List.of("code"))
                                .name("fk_code")
                                .onDelete(ReferentialAction.NO_ACTION)
                                .onUpdate(ReferentialAction.SET_NULL)
                                .build())
                        .foreignKey(ForeignKey.builder(List.of("parent_id"), "parent", List.of("id"))
                                .name("fk_parent")
                                .onDelete(ReferentialAction.CASCADE)
                                .onUpdate(ReferentialAction.RESTRICT)
                                .build())
                        .uniqueConstraint(UniqueConstraint.named("name", "name", "version"))
                        .uniqueConstraint(UniqueConstraint.named("ux_child_note", "note"))
                        .checkConstraint(CheckConstraint.named("ck_version", "`version` > 0 and `version` < 100"))
                        .checkConstraint(CheckConstraint.named("price", "`price` >= 0"))
                        .index(IndexSchema.builder("fk_code")
                                .columns("parent_code")
                                .build())
                        .index(IndexSchema.builder("fk_parent")
                                .columns("parent_id")
                                .build())
                        .index(IndexSchema.builder("ix_child_name")
                                .columns("name", "created")
                                .build())
                        .trigger(new TriggerSchema(
                                "trg_child",
                                "CREATE TRIGGER `trg_child` BEFORE UPDATE ON `child` FOR EACH ROW"
                                        + " SET NEW.version = OLD.version + 1"))
                        .comment("Children of parents")
                        .build());

        assertThat(reflector.table("parent"))
                .contains(TableSchema.builder("parent")
                        .column(ColumnSchema.builder("id", "int(11)")
                                .notNull()
                                .autoincrement()
                                .build())
                        .column(ColumnSchema.builder("code", "varchar(10)")
                                .notNull()
                                .build())
                        .primaryKey(PrimaryKey.of("id"))
                        .uniqueConstraint(UniqueConstraint.named("uq_parent_code", "code"))
                        .build());
    }

    @Test
    void seesOnlyTablesOfTheCurrentDatabase() throws Exception {
        Ddl.run(
                connection,
                "CREATE TABLE b_table (id INT PRIMARY KEY)",
                "CREATE TABLE `A Table` (x INT UNIQUE, y INT)",
                "CREATE INDEX ix_y ON `A Table` (y)",
                "CREATE VIEW v AS SELECT 1 AS one");

        assertThat(reflector.tableNames()).containsExactly("A Table", "b_table");
        assertThat(reflector.hasTable("b_table")).isTrue();
        assertThat(reflector.hasTable("v")).isFalse();
        assertThat(reflector.indexNames("A Table")).containsExactly("ix_y");
        assertThat(reflector.indexNames("missing")).isEmpty();
        assertThat(reflector.table("missing")).isEmpty();
    }
}
