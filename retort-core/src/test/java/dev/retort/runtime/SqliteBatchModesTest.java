package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialects;
import dev.retort.dialect.OperationNotSupportedException;
import dev.retort.ops.Column;
import dev.retort.ops.Ops;
import dev.retort.ops.Recreate;
import dev.retort.ops.ServerDefault;
import dev.retort.ops.Types;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a SQLite batch runs in place and when it rebuilds: the {@link Recreate} choices, online and offline. */
class SqliteBatchModesTest {
    private static final String TABLE = "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT, code TEXT, price REAL)";

    @Test
    void autoRunsInPlaceWhatSqliteCanAlterInPlace() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql(TABLE);

            db.op.batchAlterTable("item", b -> {
                b.addColumn(Column.of("note", Types.text()));
                b.alterColumn("name", c -> c.rename("title"));
                b.dropColumn("code");
                b.createIndex("ix_item_title", "title");
            });

            assertThat(db.sink.statements)
                    .containsExactly(
                            "ALTER TABLE item ADD COLUMN note TEXT",
                            "ALTER TABLE item RENAME COLUMN name TO title",
                            "ALTER TABLE item DROP COLUMN code",
                            "CREATE INDEX ix_item_title ON item (title)");
        }
    }

    @Test
    void autoRebuildsForAChangeSqliteCannotMakeInPlaceIncludingDroppingAnIndexedColumn() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql(TABLE, "CREATE INDEX ix_item_code ON item (code)");

            db.op.batchAlterTable("item", b -> b.dropColumn("code"));

            assertThat(db.sink.statements).contains("DROP TABLE item", "ALTER TABLE _retort_tmp_item RENAME TO item");
            assertThat(db.schema("item").indexes()).isEmpty();
        }
    }

    @Test
    void autoRebuildsForAnExpressionDefaultAndForADropOtherTablesDependOn() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql(
                    "CREATE TABLE item (id INTEGER PRIMARY KEY, code TEXT UNIQUE)",
                    "CREATE TABLE sale (item_code TEXT REFERENCES item (code))",
                    "INSERT INTO item VALUES (1, 'c')");

            db.op.batchAlterTable(
                    "item",
                    b -> b.addColumn(Column.of("created", Types.timestamp())
                            .serverDefault(ServerDefault.expression("CURRENT_TIMESTAMP"))));

            assertThat(db.sink.statements).contains("DROP TABLE item");
            assertThat(db.count("SELECT count(*) FROM item WHERE created IS NOT NULL"))
                    .isEqualTo(1);
            assertThatThrownBy(() -> db.op.batchAlterTable("item", b -> b.dropColumn("code")))
                    .isInstanceOf(TableRebuildException.class)
                    .hasMessage("op.batchAlterTable(\"item\"): column item.code is referenced by sale(item_code); drop"
                            + " or change that foreign key first");
        }
    }

    @Test
    void alwaysRebuildsEvenWhenEverythingCouldBeDoneInPlace() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql(TABLE);

            db.op.batchAlterTable("item", Recreate.ALWAYS, b -> b.addColumn(Column.of("note", Types.text())));

            assertThat(db.sink.statements)
                    .containsExactly(
                            "CREATE TABLE _retort_tmp_item (\n    id INTEGER PRIMARY KEY,\n    name TEXT,\n    code TEXT,\n"
                                    + "    price REAL,\n    note TEXT\n)",
                            "INSERT INTO _retort_tmp_item (id, name, code, price)\nSELECT id, name, code, price FROM item",
                            "DROP TABLE item",
                            "PRAGMA legacy_alter_table = ON",
                            "ALTER TABLE _retort_tmp_item RENAME TO item",
                            "PRAGMA legacy_alter_table = OFF");
        }
    }

    @Test
    void neverRefusesARebuildBeforeAnythingRunsAndRunsTheRestInPlace() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql(TABLE);

            assertThatThrownBy(() -> db.op.batchAlterTable("item", Recreate.NEVER, b -> {
                        b.addColumn(Column.of("note", Types.text()));
                        b.alterColumn("price", c -> c.type(Types.numeric(10, 2)));
                    }))
                    .isInstanceOf(OperationNotSupportedException.class)
                    .hasMessage("op.batchAlterTable(\"item\", Recreate.NEVER): SQLite needs a table rebuild for"
                            + " alterColumn price (type); allow it with Recreate.AUTO");
            assertThat(db.sink.statements).isEmpty();

            db.op.batchAlterTable("item", Recreate.NEVER, b -> b.addColumn(Column.of("note", Types.text())));
            assertThat(db.sink.statements).containsExactly("ALTER TABLE item ADD COLUMN note TEXT");
        }
    }

    @Test
    void aMissingTableOrAClauseARebuildWouldLoseIsRefused() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql("CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT UNIQUE ON CONFLICT REPLACE)");

            assertThatThrownBy(() -> db.op.batchAlterTable("nope", b -> b.dropColumn("x")))
                    .isInstanceOf(TableRebuildException.class)
                    .hasMessage("op.batchAlterTable(\"nope\"): there is no table nope in the SQLite database; check the"
                            + " name");
            assertThatThrownBy(() -> db.op.batchAlterTable("t", b -> b.alterColumn("code", c -> c.notNull())))
                    .isInstanceOf(TableRebuildException.class)
                    .hasMessage("op.batchAlterTable(\"t\"): table t has ON CONFLICT REPLACE on UNIQUE of column code,"
                            + " which a rebuild cannot carry over; rebuild it by hand with op.execute(...)");
            assertThat(db.sink.statements).isEmpty();
        }
    }

    @Test
    void offlineARebuildIsRefusedAndInPlaceChangesAreWritten() {
        StringBuilder script = new StringBuilder();
        Ops op = new ExecutingOps(
                Dialects.named("sqlite"), new ScriptSqlSink(Dialects.named("sqlite"), script), Map.of());

        assertThatThrownBy(() -> op.batchAlterTable("item", b -> {
                    b.addColumn(Column.of("note", Types.text()));
                    b.alterColumn("price", c -> c.type(Types.numeric(10, 2)));
                }))
                .isInstanceOf(OfflineException.class)
                .hasMessage("op.batchAlterTable(\"item\") on SQLite needs the live table to rebuild it (for alterColumn"
                        + " price (type)); it cannot run in --sql mode, so run this revision against the database");
        assertThatThrownBy(() -> op.batchAlterTable("item", Recreate.ALWAYS, b -> {}))
                .isInstanceOf(OfflineException.class)
                .hasMessage(
                        "op.batchAlterTable(\"item\", Recreate.ALWAYS) on SQLite needs the live table to rebuild it;"
                                + " it cannot run in --sql mode, so run this revision against the database");
        assertThatThrownBy(
                        () -> op.batchAlterTable("item", Recreate.NEVER, b -> b.alterColumn("price", c -> c.notNull())))
                .isInstanceOf(OperationNotSupportedException.class);
        assertThat(script).isEmpty();

        op.batchAlterTable("item", b -> b.dropColumn("code"));
        assertThat(script).hasToString("ALTER TABLE item DROP COLUMN code;\n\n");
    }

    @Test
    void otherDatabasesAlterInPlaceWhateverTheChoice() {
        StringBuilder script = new StringBuilder();
        Ops op = new ExecutingOps(
                Dialects.named("postgresql"), new ScriptSqlSink(Dialects.named("postgresql"), script), Map.of());

        op.batchAlterTable("item", Recreate.ALWAYS, b -> b.alterColumn("price", c -> c.notNull()));

        assertThat(script).hasToString("ALTER TABLE item ALTER COLUMN price SET NOT NULL;\n\n");
    }
}
