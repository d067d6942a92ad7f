package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ops.Column;
import dev.retort.ops.Types;
import dev.retort.testing.DatabaseKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Names with quotes, spaces, reserved words, upper case and non-ASCII letters are kept exactly and never injected. */
class IdentifiersIntegrationTest {
    private static final String HOSTILE_TABLE = "x\"; DROP TABLE victim; --";
    private static final String HOSTILE_MYSQL_TABLE = "x`; DROP TABLE victim; --";

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void oddNamesAreQuotedAndKeptExactly(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            db.op.createTable("victim", t -> t.column("id", Types.integer()));
            String table = kind == DatabaseKind.MARIADB ? HOSTILE_MYSQL_TABLE : HOSTILE_TABLE;
            List<String> columns = List.of("Mixed Case", "select", "naïve", "it's", "userId", "order");
            db.op.createTable(table, t -> {
                t.column("id", Types.integer(), Column::primaryKey);
                columns.forEach(c -> t.column(c, Types.string(10)));
            });
            db.op.createIndex("Ix Odd", table, "select", "userId");
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", 1);
            columns.forEach(c -> row.put(c, c.substring(0, 3)));
            db.op.bulkInsert(table, List.of(row));

            assertThat(db.schema.tables().values()).contains(table).anyMatch(n -> n.equalsIgnoreCase("victim"));
            List<String> stored = db.schema.columns(table).values().stream()
                    .map(ReflectedSchema.ColumnInfo::name)
                    .toList();
            assertThat(stored).containsAll(List.of("Mixed Case", "naïve", "it's", "userId"));
            assertThat(db.schema.indexes(table).get("ix odd").name()).isEqualTo("Ix Odd");
            assertThat(db.schema.rows("SELECT " + db.op.quote("Mixed Case") + ", " + db.op.quote("it's") + " FROM "
                            + db.op.quote(table)))
                    .containsExactly(List.of("Mix", "it'"));

            db.op.dropTable(table);
            assertThat(db.schema.tables().values()).doesNotContain(table);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aFailingStatementNamesTheStatementButNotTheBoundValues(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            db.op.createTable("secret", t -> t.column("id", Types.integer(), Column::primaryKey)
                    .column("token", Types.string(40), Column::notNull));
            db.op.execute("INSERT INTO secret (id, token) VALUES (?, ?)", 1, "s3cr3t-one");
            assertThatThrownBy(() -> db.op.execute("INSERT INTO secret (id, token) VALUES (?, ?)", 1, "s3cr3t-two"))
                    .isInstanceOf(StatementFailedException.class)
                    .hasMessageStartingWith("statement failed: INSERT INTO secret (id, token) VALUES (?, ?) (")
                    .hasMessageNotContaining("s3cr3t");
        }
    }
}
