package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ops.Column;
import dev.retort.ops.Ops;
import dev.retort.ops.Types;
import dev.retort.testing.DatabaseKind;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What offline mode writes is valid SQL for its database: the script, run by hand, builds the same schema and rows. */
class OfflineScriptIntegrationTest {
    private static void migration(Ops op) {
        op.createTable("user", t -> t.column("id", Types.integer(), Column::primaryKey)
                .column("email", Types.string(255), Column::notNull)
                .column("is_active", Types.bool(), c -> c.notNull().serverDefault(true)));
        op.addColumn("user", Column.of("status", Types.string(20)).notNull().serverDefault("active"));
        op.createIndex("ix_user_email", "user", "email");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 1);
        row.put("email", "o'brien@x.io");
        row.put("is_active", false);
        op.bulkInsert("user", List.of(row));
        op.execute("UPDATE " + op.quote("user") + " SET status = ? WHERE is_active = ?", "it's \\ off", false);
        op.createTable("visit", t -> t.column("on_day", Types.date()));
        op.execute("INSERT INTO visit (on_day) VALUES (?)", LocalDate.of(2026, 1, 14));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theOfflineScriptRunsOnItsDatabase(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            StringBuilder script = new StringBuilder();
            migration(new ExecutingOps(db.dialect, new ScriptSqlSink(db.dialect, script), Map.of()));
            for (String statement : script.toString().split(";\n\n")) {
                if (!statement.isBlank()) {
                    db.sql(statement);
                }
            }
            assertThat(db.schema.indexes("user")).containsKey("ix_user_email");
            assertThat(db.schema.rows("SELECT email, status FROM " + db.op.quote("user")))
                    .containsExactly(List.of("o'brien@x.io", "it's \\ off"));
            assertThat(String.valueOf(
                            db.schema.rows("SELECT on_day FROM visit").get(0).get(0)))
                    .startsWith("2026-01-14");
        }
    }
}
