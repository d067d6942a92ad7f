package dev.retort.dialect;

import static dev.retort.dialect.Golden.H2;
import static dev.retort.dialect.Golden.MYSQL;
import static dev.retort.dialect.Golden.POSTGRESQL;
import static dev.retort.dialect.Golden.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ops.SqlType;
import dev.retort.ops.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeRenderingTest {
    /** One row per type: the type, then its SQLite, PostgreSQL, MySQL and H2 spellings. */
    private static final List<Object[]> TABLE = List.of(
            row(Types.integer(), "INTEGER", "INTEGER", "INTEGER", "INTEGER"),
            row(Types.bigint(), "BIGINT", "BIGINT", "BIGINT", "BIGINT"),
            row(Types.smallint(), "SMALLINT", "SMALLINT", "SMALLINT", "SMALLINT"),
            row(Types.bool(), "BOOLEAN", "BOOLEAN", "BOOLEAN", "BOOLEAN"),
            row(Types.string(20), "VARCHAR(20)", "VARCHAR(20)", "VARCHAR(20)", "VARCHAR(20)"),
            row(Types.text(), "TEXT", "TEXT", "TEXT", "CLOB"),
            row(Types.date(), "DATE", "DATE", "DATE", "DATE"),
            row(Types.time(), "TIME", "TIME", "TIME", "TIME"),
            row(Types.timestamp(), "TIMESTAMP", "TIMESTAMP", "DATETIME(6)", "TIMESTAMP"),
            row(
                    Types.timestampWithTimeZone(),
                    "TIMESTAMP WITH TIME ZONE",
                    "TIMESTAMP WITH TIME ZONE",
                    "DATETIME(6)",
                    "TIMESTAMP WITH TIME ZONE"),
            row(Types.numeric(10, 2), "NUMERIC(10, 2)", "NUMERIC(10, 2)", "DECIMAL(10, 2)", "NUMERIC(10, 2)"),
            row(Types.numeric(), "NUMERIC", "NUMERIC", "DECIMAL", "NUMERIC"),
            row(Types.floatType(), "REAL", "REAL", "FLOAT", "REAL"),
            row(Types.doubleType(), "DOUBLE PRECISION", "DOUBLE PRECISION", "DOUBLE", "DOUBLE PRECISION"),
            row(Types.binary(), "BLOB", "BYTEA", "BLOB", "BLOB"),
            row(Types.binary(16), "BLOB", "BYTEA", "VARBINARY(16)", "VARBINARY(16)"),
            row(Types.uuid(), "CHAR(36)", "UUID", "CHAR(36)", "UUID"),
            row(Types.json(), "TEXT", "JSONB", "JSON", "JSON"),
            row(
                    Types.enumeration("active", "inactive"),
                    "VARCHAR(8)",
                    "VARCHAR(8)",
                    "ENUM('active', 'inactive')",
                    "ENUM('active', 'inactive')"),
            row(Types.raw("CITEXT"), "CITEXT", "CITEXT", "CITEXT", "CITEXT"));

    private static Object[] row(SqlType type, String sqlite, String postgresql, String mysql, String h2) {
        return new Object[] {type, sqlite, postgresql, mysql, h2};
    }

    @Test
    void everyPortableTypeHasItsSpellingPerDatabase() {
        for (Object[] row : TABLE) {
            SqlType type = (SqlType) row[0];
            assertThat(SQLITE.renderType(type)).as("sqlite %s", type).isEqualTo(row[1]);
            assertThat(POSTGRESQL.renderType(type)).as("postgresql %s", type).isEqualTo(row[2]);
            assertThat(MYSQL.renderType(type)).as("mysql %s", type).isEqualTo(row[3]);
            assertThat(H2.renderType(type)).as("h2 %s", type).isEqualTo(row[4]);
        }
    }

    @Test
    void mysqlNeedsAStringLength() {
        assertThatThrownBy(() -> MYSQL.renderType(Types.string()))
                .isInstanceOf(OperationNotSupportedException.class)
                .hasMessage("MySQL needs a length for string(); use Types.string(n) or Types.text()");
        assertThat(POSTGRESQL.renderType(Types.string())).isEqualTo("VARCHAR");
    }
}
