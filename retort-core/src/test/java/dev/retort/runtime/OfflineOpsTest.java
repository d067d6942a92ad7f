package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialects;
import dev.retort.dialect.MissingHintException;
import dev.retort.ops.Column;
import dev.retort.ops.Ops;
import dev.retort.ops.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfflineOpsTest {
    private final StringBuilder script = new StringBuilder();

    private Ops ops(String dialect) {
        return new ExecutingOps(Dialects.named(dialect), new ScriptSqlSink(Dialects.named(dialect), script), Map.of());
    }

    @Test
    void concurrentIndexesLeaveTheTransactionAsAlembicPrintsIt() {
        ops("postgresql").createIndex("idx_user_email_lower", "user", i -> i.expression("lower(email)")
                .concurrently());
        assertThat(script)
                .hasToString(
                        """
                COMMIT;

                CREATE INDEX CONCURRENTLY idx_user_email_lower ON "user" (lower(email));

                BEGIN;

                """);
    }

    @Test
    void concurrentIndexesElsewhereAreOrdinaryStatements() {
        ops("sqlite").createIndex("idx_user_email_lower", "user", i -> i.expression("lower(email)")
                .concurrently());
        assertThat(script).hasToString("CREATE INDEX idx_user_email_lower ON user (lower(email));\n\n");
    }

    @Test
    void boundParametersAreWrittenAsLiterals() {
        Ops op = ops("mysql");
        op.execute("UPDATE user SET status = ? WHERE is_active = ?", "active", true);
        op.execute("ANALYZE TABLE user;");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 1);
        row.put("name", "it's");
        op.bulkInsert("role", List.of(row));
        assertThat(script)
                .hasToString(
                        """
                UPDATE user SET status = 'active' WHERE is_active = 1;

                ANALYZE TABLE user;

                INSERT INTO role (id, name) VALUES (1, 'it''s');

                """);
    }

    @Test
    void theConnectionIsNotAvailableOffline() {
        Ops op = ops("postgresql");
        assertThat(op.offline()).isTrue();
        assertThatThrownBy(op::connection)
                .isInstanceOf(OfflineException.class)
                .hasMessage("revision reads data (op.connection()); it cannot run in offline --sql mode");
    }

    @Test
    void mysqlNeedsItsHintsOffline() {
        assertThatThrownBy(() -> ops("mysql").alterColumn("user", "email", c -> c.nullable(false)))
                .isInstanceOf(MissingHintException.class)
                .hasMessageContaining("existingType(...)");
        assertThat(script).isEmpty();
    }

    @Test
    void batchAlterTableRunsOrdinaryAltersOutsideSqlite() {
        ops("postgresql").batchAlterTable("product", b -> {
            b.addColumn(Column.of("phone", Types.string(20)));
            b.alterColumn("price", c -> c.type(Types.numeric(10, 2)).existingType(Types.floatType()));
        });
        assertThat(script)
                .hasToString(
                        """
                ALTER TABLE product ADD COLUMN phone VARCHAR(20);

                ALTER TABLE product ALTER COLUMN price TYPE NUMERIC(10, 2);

                """);
    }

    @Test
    void batchAlterTableOnSqliteRunsWhatItCanAndRefusesRebuildsBeforeAnythingRuns() {
        ops("sqlite").batchAlterTable("user", b -> {
            b.addColumn(Column.of("phone", Types.string(20)));
            b.dropColumn("fax");
        });
        assertThat(script)
                .hasToString(
                        """
                ALTER TABLE user ADD COLUMN phone VARCHAR(20);

                ALTER TABLE user DROP COLUMN fax;

                """);
        script.setLength(0);
        assertThatThrownBy(() -> ops("sqlite").batchAlterTable("product", b -> {
                    b.addColumn(Column.of("note", Types.text()));
                    b.alterColumn("price", c -> c.type(Types.numeric(10, 2)));
                }))
                .isInstanceOf(OfflineException.class)
                .hasMessage("op.batchAlterTable(\"product\") on SQLite needs the live table to rebuild it (for"
                        + " alterColumn price (type)); it cannot run in --sql mode, so run this revision against the"
                        + " database");
        assertThat(script).isEmpty();
    }

    @Test
    void argumentsAndContext() {
        Ops op = new ExecutingOps(
                Dialects.named("h2"), new ScriptSqlSink(Dialects.named("h2"), script), Map.of("tenant", "acme"));
        assertThat(op.x("tenant")).contains("acme");
        assertThat(op.x("missing")).isEmpty();
        assertThat(op.x("missing", "default")).isEqualTo("default");
        assertThat(op.arguments()).containsExactly(Map.entry("tenant", "acme"));
        assertThat(op.dialect()).isEqualTo("h2");
        assertThat(op.quote("user")).isEqualTo("\"user\"");
    }

    @Test
    void reversesRunThroughInvoke() {
        Ops op = ops("postgresql");
        op.invoke(new dev.retort.ops.RenameTable("a", "b").reverse());
        assertThat(script).hasToString("ALTER TABLE b RENAME TO a;\n\n");
    }
}
