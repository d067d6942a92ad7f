package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ops.Column;
import dev.retort.ops.Types;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a rebuild treats the rows: values convert by CAST where a type changes, and rows that would
 * be refused or changed in meaning are counted and reported before anything is copied.
 */
class SqliteRebuildDataTest {

    @Test
    void numericTextConvertsToNumbersAndEverythingElseIsCopiedAsItIs() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql(
                    "CREATE TABLE m (id INTEGER PRIMARY KEY, amount TEXT, whole TEXT, label INT, raw BLOB)",
                    "INSERT INTO m VALUES (1, '1.50', ' 12 ', 7, x'00'), (2, '1e3', '3.0', 8, 'text'),"
                            + " (3, NULL, NULL, NULL, NULL), (4, '-0.25', '-4', 9, 5)");

            db.op.batchAlterTable("m", b -> {
                b.alterColumn("amount", c -> c.type(Types.numeric(10, 2)));
                b.alterColumn("whole", c -> c.type(Types.bigint()));
                b.alterColumn("label", c -> c.type(Types.text()));
            });

            assertThat(db.sink.statements)
                    .contains("INSERT INTO _retort_tmp_m (id, amount, whole, label, raw)\n"
                            + "SELECT id, CAST(amount AS NUMERIC), CAST(whole AS NUMERIC), label, raw FROM m");
            assertThat(db.query("SELECT amount, typeof(amount), whole, typeof(whole), label, typeof(label) FROM m"
                            + " ORDER BY id"))
                    .containsExactly(
                            List.of(1.5, "real", 12, "integer", "7", "text"),
                            List.of(1000, "integer", 3, "integer", "8", "text"),
                            Arrays.asList(null, "null", null, "null", null, "null"),
                            List.of(-0.25, "real", -4, "integer", "9", "text"));
        }
    }

    @Test
    void textThatIsNotANumberIsReportedNotStored() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql(
                    "CREATE TABLE product (id INTEGER PRIMARY KEY, price TEXT)",
                    "INSERT INTO product VALUES (1, '1.5'), (2, 'n/a'), (3, '12abc'), (4, NULL), (5, x'3132')");

            assertThatThrownBy(() -> db.op.batchAlterTable(
                            "product", b -> b.alterColumn("price", c -> c.type(Types.numeric(10, 2)))))
                    .isInstanceOf(IncompatibleRowsException.class)
                    .hasMessage("op.batchAlterTable(\"product\"): changing the type of product.price would lose data:"
                            + " 3 rows have a value that is not a number (text, a blob or a fraction); convert or clean"
                            + " them first (op.execute(\"UPDATE ...\"))");
            assertThat(db.sink.statements).isEmpty();
            assertThat(db.schema("product").column("price").orElseThrow().declaredType())
                    .isEqualTo("TEXT");
        }
    }

    @Test
    void fractionsAreReportedForIntegerTargets() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql("CREATE TABLE t (n REAL)", "INSERT INTO t VALUES (1.0), (2.5), (3)");

            assertThatThrownBy(() -> db.op.batchAlterTable("t", b -> b.alterColumn("n", c -> c.type(Types.integer()))))
                    .isInstanceOf(IncompatibleRowsException.class)
                    .hasMessage("op.batchAlterTable(\"t\"): changing the type of t.n would lose data: 1 row has a value"
                            + " that is not an integer (text, a blob or a fraction); convert or clean them first"
                            + " (op.execute(\"UPDATE ...\"))");
        }
    }

    @Test
    void nullsInAColumnMadeNotNullAreCountedBeforeAnythingIsCopied() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql(
                    "CREATE TABLE \"user\" (id INTEGER PRIMARY KEY, email TEXT)",
                    "INSERT INTO \"user\" VALUES (1, NULL)," + " (2, 'b'), (3, NULL)");
            db.beginRevision();

            assertThatThrownBy(() -> db.op.batchAlterTable("user", b -> b.alterColumn("email", c -> c.notNull())))
                    .isInstanceOf(IncompatibleRowsException.class)
                    .hasMessage("op.batchAlterTable(\"user\"): cannot make user.email NOT NULL: 2 rows have NULL in"
                            + " email; update them first (op.execute(\"UPDATE ...\"))");
            assertThat(db.sink.statements).isEmpty();
        }
    }

    @Test
    void aNewNotNullColumnNeedsADefaultWhenTheTableHasRows() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql("CREATE TABLE a (id INTEGER PRIMARY KEY)", "CREATE TABLE b (id INTEGER PRIMARY KEY)");
            db.sql("INSERT INTO a VALUES (1)");

            assertThatThrownBy(() -> db.op.batchAlterTable(
                            "a",
                            b -> b.addColumn(Column.of("code", Types.string(5)).notNull())))
                    .isInstanceOf(IncompatibleRowsException.class)
                    .hasMessage(
                            "op.batchAlterTable(\"a\"): cannot add NOT NULL column code without a server default to a:"
                                    + " 1 row has no value for it; give it serverDefault(...)");
            db.op.batchAlterTable(
                    "b", b -> b.addColumn(Column.of("code", Types.string(5)).notNull()));
            assertThat(db.schema("b").column("code").orElseThrow()).hasToString("code VARCHAR(5) NOT NULL");
        }
    }

    @Test
    void aDuplicateUnderANewUniqueConstraintFailsTheCopyNamingTheConstraint() throws SQLException {
        try (SqliteDatabase db = new SqliteDatabase(false)) {
            db.sql("CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT)", "INSERT INTO t VALUES (1, 'x'), (2, 'x')");
            db.beginRevision();

            assertThatThrownBy(() -> db.op.batchAlterTable("t", b -> b.createUniqueConstraint("uq_code", "code")))
                    .isInstanceOf(StatementFailedException.class)
                    .hasMessageContaining("INSERT INTO _retort_tmp_t (id, code) ...")
                    .hasMessageContaining("UNIQUE constraint failed: _retort_tmp_t.code");
            db.connection.rollback();
            assertThat(db.query("SELECT count(*) FROM t")).containsExactly(List.of(2));
        }
    }
}
