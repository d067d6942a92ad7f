package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ops.Column;
import dev.retort.ops.Recreate;
import dev.retort.ops.Types;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rebuilding a table that other tables reference, under each {@code PRAGMA foreign_keys} setting:
 * no referencing row is lost or re-pointed, and a rebuild that leaves dangling references fails and
 * rolls back.
 */
class SqliteRebuildForeignKeysTest {
    private static void parentAndChild(SqliteDatabase db, String onDelete) throws SQLException {
        db.sql(
                "CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT)",
                "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id)" + onDelete + ")",
                "CREATE INDEX ix_child_parent ON child (parent_id)",
                "INSERT INTO parent VALUES (1, 'a'), (2, 'b')",
                "INSERT INTO child VALUES (10, 1), (11, 2), (12, 2)");
    }

    private static void widenParent(SqliteDatabase db) {
        db.op.batchAlterTable("parent", b -> b.alterColumn("name", c -> c.type(Types.string(50))));
    }

    @Test
    void enforcedKeysWithAutocommitAreSwitchedOffAroundTheRebuildAndCascadesDoNotFire() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(true)) {
            parentAndChild(db, " ON DELETE CASCADE");

            widenParent(db);

            assertThat(db.sink.statements)
                    .startsWith("PRAGMA foreign_keys = OFF")
                    .endsWith("PRAGMA foreign_keys = ON");
            assertThat(db.query("SELECT id, parent_id FROM child ORDER BY id"))
                    .containsExactly(List.of(10, 1), List.of(11, 2), List.of(12, 2));
            assertThat(db.schema("child").foreignKeys().get(0))
                    .hasToString("FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE");
            db.sql("DELETE FROM parent WHERE id = 2");
            assertThat(db.query("SELECT id FROM child")).containsExactly(List.of(10));
        }
    }

    @Test
    void insideATransactionWithoutEnforcementTheRowsStay() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            parentAndChild(db, " ON DELETE CASCADE");
            db.beginRevision();

            widenParent(db);
            db.connection.commit();

            assertThat(db.sink.statements).noneMatch(s -> s.contains("foreign_keys"));
            assertThat(db.count("SELECT count(*) FROM child")).isEqualTo(3);
            assertThat(db.schema("parent").column("name").orElseThrow().declaredType())
                    .isEqualTo("VARCHAR(50)");
        }
    }

    @Test
    void insideATransactionThatEnforcesKeysAReferencedTableIsCopiedThroughAScratchTable() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(true)) {
            parentAndChild(db, "");
            db.sql("CREATE TABLE node (id INTEGER PRIMARY KEY, up INTEGER REFERENCES node (id) ON DELETE CASCADE)");
            db.sql("INSERT INTO node VALUES (1, NULL), (2, 1), (3, 2)");
            db.beginRevision();

            widenParent(db);
            db.op.batchAlterTable(
                    "node",
                    b -> b.addColumn(Column.of("label", Types.text()).notNull().serverDefault("")));
            db.connection.commit();

            assertThat(db.sink.statements)
                    .contains(
                            "CREATE TEMP TABLE _retort_copy_parent AS SELECT * FROM parent",
                            "INSERT INTO parent (id, name)\nSELECT id, name FROM temp._retort_copy_parent")
                    .contains("PRAGMA defer_foreign_keys = ON", "PRAGMA defer_foreign_keys = OFF");
            assertThat(db.count("SELECT count(*) FROM child")).isEqualTo(3);
            assertThat(db.query("SELECT id, up, label FROM node ORDER BY id"))
                    .containsExactly(Arrays.asList(1, null, ""), List.of(2, 1, ""), List.of(3, 2, ""));
            assertThat(db.query("PRAGMA foreign_key_check")).isEmpty();
        }
    }

    @Test
    void insideATransactionThatEnforcesKeysATableReferencingOthersIsCopiedOnceWithChecksDeferred() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(true)) {
            parentAndChild(db, " ON DELETE CASCADE");
            db.beginRevision();

            db.op.batchAlterTable("child", b -> b.alterColumn("parent_id", c -> c.notNull()));
            db.connection.commit();

            assertThat(db.sink.statements)
                    .contains("PRAGMA defer_foreign_keys = ON", "DROP TABLE child", "PRAGMA defer_foreign_keys = OFF")
                    .noneMatch(s -> s.startsWith("CREATE TEMP TABLE"));
            assertThat(db.schema("child").column("parent_id").orElseThrow().nullable())
                    .isFalse();
            db.sql("DELETE FROM parent WHERE id = 1");
            assertThat(db.query("SELECT id FROM child ORDER BY id")).containsExactly(List.of(11), List.of(12));
        }
    }

    @Test
    void insideATransactionThatEnforcesKeysADanglingReferenceFailsBeforeTheCommit() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(true)) {
            parentAndChild(db, "");
            db.sql("PRAGMA foreign_keys = OFF", "INSERT INTO child VALUES (13, 99)", "PRAGMA foreign_keys = ON");
            db.beginRevision();

            assertThatThrownBy(() -> db.op.batchAlterTable("child", Recreate.ALWAYS, b -> {}))
                    .isInstanceOf(ForeignKeyViolationException.class)
                    .hasMessage("op.batchAlterTable(\"child\", Recreate.ALWAYS): after rebuilding child, 1 row of child"
                            + " references rows of parent that do not exist (PRAGMA foreign_key_check); fix or delete"
                            + " them before the batch and run the migration again");
            db.connection.rollback();
            assertThat(db.count("SELECT count(*) FROM child")).isEqualTo(4);
        }
    }

    @Test
    void insideATransactionThatEnforcesKeysADeleteActionOnAReferencingTableIsRefused() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(true)) {
            parentAndChild(db, " ON DELETE SET NULL");
            db.beginRevision();

            assertThatThrownBy(() -> widenParent(db))
                    .isInstanceOf(TableRebuildException.class)
                    .hasMessage("op.batchAlterTable(\"parent\"): cannot rebuild parent in a transaction that enforces"
                            + " foreign keys: dropping the old table would fire ON DELETE SET NULL of child(parent_id);"
                            + " turn PRAGMA foreign_keys off before the revision's transaction begins (SQLite ignores it"
                            + " inside one)");
            assertThat(db.sink.statements).isEmpty();
        }
    }

    @Test
    void danglingReferencesFailTheBatchAndTheRevisionRollsBack() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            parentAndChild(db, "");
            db.sql("CREATE TABLE note (id INTEGER PRIMARY KEY, parent_id INTEGER)");
            db.sql("INSERT INTO note VALUES (1, 1), (2, 7), (3, 8)");
            String before = db.schema("note").toString();
            db.beginRevision();

            assertThatThrownBy(() -> db.op.batchAlterTable(
                            "note",
                            b -> b.createForeignKey("fk_note_parent", fk -> fk.columns("parent_id")
                                    .references("parent", "id"))))
                    .isInstanceOf(ForeignKeyViolationException.class)
                    .hasMessage("op.batchAlterTable(\"note\"): after rebuilding note, 2 rows of note reference rows of"
                            + " parent that do not exist (PRAGMA foreign_key_check); fix or delete them before the batch"
                            + " and run the migration again");
            db.connection.rollback();

            assertThat(db.schema("note")).hasToString(before);
            assertThat(db.count("SELECT count(*) FROM note")).isEqualTo(3);
        }
    }

    @Test
    void withAutocommitAViolationRollsTheRebuildBackByItself() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(true)) {
            parentAndChild(db, "");
            db.sql("PRAGMA foreign_keys = OFF", "INSERT INTO child VALUES (13, 99)", "PRAGMA foreign_keys = ON");
            String before = db.schema("parent").toString();

            assertThatThrownBy(() -> widenParent(db))
                    .isInstanceOf(ForeignKeyViolationException.class)
                    .hasMessageStartingWith(
                            "op.batchAlterTable(\"parent\"): after rebuilding parent, 1 row of child references rows of parent");

            assertThat(db.schema("parent")).hasToString(before);
            assertThat(db.query("PRAGMA foreign_keys")).containsExactly(List.of(1));
            assertThat(db.connection.getAutoCommit()).isTrue();
        }
    }

    @Test
    void aBatchThatWouldLeaveAReferencingKeyWithoutAUniqueKeyIsRefused() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql(
                    "CREATE TABLE author (id INTEGER PRIMARY KEY, code TEXT, CONSTRAINT uq_code UNIQUE (code))",
                    "CREATE TABLE book (author_code TEXT REFERENCES author (code))");

            assertThatThrownBy(() -> db.op.batchAlterTable("author", b -> b.dropConstraint("uq_code")))
                    .isInstanceOf(TableRebuildException.class)
                    .hasMessage("op.batchAlterTable(\"author\"): book(author_code) references author(code), which would"
                            + " not be a primary key or unique key of author after this batch; keep a key on those"
                            + " columns");
        }
    }
}
