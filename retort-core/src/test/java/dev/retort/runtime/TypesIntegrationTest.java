package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ops.Column;
import dev.retort.ops.Types;
import dev.retort.testing.DatabaseKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each portable type creates the column type the dialect documents, and holds values bound through JDBC. */
class TypesIntegrationTest {
    private static final List<String> COLUMNS = List.of(
            "c_bigint",
            "c_smallint",
            "c_bool",
            "c_string",
            "c_text",
            "c_date",
            "c_time",
            "c_ts",
            "c_tstz",
            "c_num",
            "c_float",
            "c_double",
            "c_bin",
            "c_uuid",
            "c_json",
            "c_enum");

    private static final Map<DatabaseKind, List<String>> TYPE_NAMES = Map.of(
            DatabaseKind.SQLITE,
            List.of(
                    "BIGINT",
                    "SMALLINT",
                    "BOOLEAN",
                    "VARCHAR",
                    "TEXT",
                    "DATE",
                    "TIME",
                    "TIMESTAMP",
                    "TIMESTAMP WITH TIME ZONE",
                    "NUMERIC",
                    "REAL",
                    "DOUBLE PRECISION",
                    "BLOB",
                    "CHAR",
                    "TEXT",
                    "VARCHAR"),
            DatabaseKind.H2,
            List.of(
                    "BIGINT",
                    "SMALLINT",
                    "BOOLEAN",
                    "CHARACTER VARYING",
                    "CHARACTER LARGE OBJECT",
                    "DATE",
                    "TIME",
                    "TIMESTAMP",
                    "TIMESTAMP WITH TIME ZONE",
                    "NUMERIC",
                    "REAL",
                    "DOUBLE PRECISION",
                    "BINARY LARGE OBJECT",
                    "UUID",
                    "JSON",
                    "ENUM('a', 'bb')"),
            DatabaseKind.POSTGRESQL,
            List.of(
                    "int8",
                    "int2",
                    "bool",
                    "varchar",
                    "text",
                    "date",
                    "time",
                    "timestamp",
                    "timestamptz",
                    "numeric",
                    "float4",
                    "float8",
                    "bytea",
                    "uuid",
                    "jsonb",
                    "varchar"),
            DatabaseKind.MARIADB,
            List.of(
                    "BIGINT",
                    "SMALLINT",
                    "BOOLEAN",
                    "VARCHAR",
                    "TEXT",
                    "DATE",
                    "TIME",
                    "DATETIME",
                    "DATETIME",
                    "DECIMAL",
                    "FLOAT",
                    "DOUBLE",
                    "BLOB",
                    "CHAR",
                    "LONGTEXT",
                    "ENUM"));

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyPortableTypeMakesTheDocumentedColumnType(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            db.op.createTable("all_types", t -> t.column("id", Types.integer(), Column::primaryKey)
                    .column("c_bigint", Types.bigint())
                    .column("c_smallint", Types.smallint())
                    .column("c_bool", Types.bool())
                    .column("c_string", Types.string(20))
                    .column("c_text", Types.text())
                    .column("c_date", Types.date())
                    .column("c_time", Types.time())
                    .column("c_ts", Types.timestamp())
                    .column("c_tstz", Types.timestampWithTimeZone())
                    .column("c_num", Types.numeric(10, 2))
                    .column("c_float", Types.floatType())
                    .column("c_double", Types.doubleType())
                    .column("c_bin", Types.binary())
                    .column("c_uuid", Types.uuid())
                    .column("c_json", Types.json())
                    .column("c_enum", Types.enumeration("a", "bb")));
            List<String> typeNames = COLUMNS.stream()
                    .map(c -> {
                        try {
                            return db.schema.column("all_types", c).typeName();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            assertThat(typeNames).containsExactlyElementsOf(TYPE_NAMES.get(kind));
            assertThat(db.schema.column("all_types", "c_num").decimalDigits()).isEqualTo(2);

            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", 1);
            row.put("c_bigint", 9_000_000_000L);
            row.put("c_smallint", (short) 7);
            row.put("c_bool", true);
            row.put("c_string", "twenty chars at most");
            row.put("c_text", "x".repeat(5000));
            row.put("c_num", new BigDecimal("12345678.90"));
            row.put("c_double", 0.25d);
            row.put("c_enum", "bb");
            db.op.bulkInsert("all_types", List.of(row));
            List<Object> back = db.schema
                    .rows("SELECT c_bigint, c_string, LENGTH(c_text), c_num, c_enum FROM all_types")
                    .get(0);
            assertThat(((Number) back.get(0)).longValue()).isEqualTo(9_000_000_000L);
            assertThat(back.get(1)).isEqualTo("twenty chars at most");
            assertThat(((Number) back.get(2)).intValue()).isEqualTo(5000);
            assertThat(new BigDecimal(back.get(3).toString())).isEqualByComparingTo("12345678.90");
            assertThat(back.get(4)).isEqualTo("bb");
            // Other values are refused: by the CHECK (SQLite, PostgreSQL) or the native ENUM (H2, MariaDB strict mode).
            assertThat(db.refuses("UPDATE all_types SET c_enum = 'zz'")).isTrue();
            db.op.execute("UPDATE all_types SET c_date = ? WHERE id = ?", LocalDate.of(2026, 1, 14), 1);
            assertThat(String.valueOf(db.schema
                            .rows("SELECT c_date FROM all_types")
                            .get(0)
                            .get(0)))
                    .startsWith("2026-01-14");
        }
    }
}
