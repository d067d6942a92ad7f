package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.data.Condition;
import dev.retort.data.OfflineDataException;
import dev.retort.data.SqlText;
import dev.retort.data.Table;
import dev.retort.data.UndeclaredColumnException;
import dev.retort.dialect.Dialects;
import dev.retort.ops.Ops;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The DML helpers' statements, exactly, per dialect; and what they write into an offline script. */
class DmlSqlTest {
    private final StringBuilder script = new StringBuilder();

    private Ops ops(String dialect) {
        return new ExecutingOps(Dialects.named(dialect), new ScriptSqlSink(Dialects.named(dialect), script), Map.of());
    }

    private static SqlText text(String sql, Object... params) {
        return new SqlText(sql, Arrays.asList(params));
    }

    @Test
    void conditionalUpdateOfTheGuideQuotesNamesAndBindsValues() {
        for (String dialect : List.of("postgresql", "h2", "mysql", "sqlite")) {
            Table user = ops(dialect).table("user", "id", "status", "is_active");
            SqlText sql = user.update()
                    .set("status", "active")
                    .where(user.column("is_active").eq(true))
                    .sql();
            // user is reserved in PostgreSQL and H2 only
            String q = dialect.equals("postgresql") || dialect.equals("h2") ? "\"user\"" : "user";
            assertThat(sql).isEqualTo(text("UPDATE " + q + " SET status = ? WHERE is_active = ?", "active", true));
        }
    }

    @Test
    void conditionsCombineWithParenthesesOnlyWhereNeeded() {
        Table t = ops("postgresql").table("account");
        SqlText sql = t.update()
                .setSql("email", "lower(trim(email))")
                .set("note", null)
                .where(t.column("email").isNotNull())
                .where(t.column("Kind").in("a", "b").or(Condition.sql("score > ? AND score < ?", 1, 5)))
                .where(t.column("deleted").eq(null).not())
                .sql();
        assertThat(sql)
                .isEqualTo(text(
                        "UPDATE account SET email = lower(trim(email)), note = ? WHERE email IS NOT NULL AND"
                                + " (\"Kind\" IN (?, ?) OR (score > ? AND score < ?)) AND NOT deleted IS NULL",
                        null,
                        "a",
                        "b",
                        1,
                        5));
        assertThat(t.select("id").where(t.column("id").in(List.of())).sql().sql())
                .isEqualTo("SELECT id FROM account WHERE 1 = 0");
    }

    @Test
    void insertDeleteAndSelectRender() {
        Table order = ops("mysql").table("order");
        assertThat(order.insert()
                        .value("id", 1)
                        .value("key", "k")
                        .valueSql("at", "NOW()")
                        .sql())
                .isEqualTo(text("INSERT INTO `order` (id, `key`, at) VALUES (?, ?, NOW())", 1, "k"));
        assertThat(order.delete().where("id < ?", 10).sql()).isEqualTo(text("DELETE FROM `order` WHERE id < ?", 10));
        assertThat(order.delete().sql()).isEqualTo(text("DELETE FROM `order`"));
        assertThat(order.select("id", "key")
                        .where(order.column("key").like("a%"))
                        .orderBy("id")
                        .limit(5)
                        .sql())
                .isEqualTo(text("SELECT id, `key` FROM `order` WHERE `key` LIKE ? ORDER BY id LIMIT 5", "a%"));
    }

    @Test
    void anUndeclaredColumnIsRefusedBeforeAnySqlRuns() {
        Table user = ops("postgresql").table("user", "id", "email");
        assertThatThrownBy(() -> user.update().set("emial", "x"))
                .isInstanceOf(UndeclaredColumnException.class)
                .hasMessage("column emial is not declared for table user [id, email]; fix the name or add it to"
                        + " op.table(\"user\", ...)");
        assertThat(script).isEmpty();
    }

    @Test
    void offlineWritesAreRenderedWithLiteralsAndReadsRefused() {
        Ops op = ops("postgresql");
        Table user = op.table("user");
        assertThat(user.update().set("status", "it's").where("id = ?", 7).execute())
                .isEqualTo(-1);
        user.insert(Map.of("id", 8));
        assertThat(script)
                .hasToString("UPDATE \"user\" SET status = 'it''s' WHERE id = 7;\n\n"
                        + "INSERT INTO \"user\" (id) VALUES (8);\n\n");
        assertThatThrownBy(user::count)
                .isInstanceOf(OfflineDataException.class)
                .hasMessage("count of user reads data, which offline --sql mode cannot do: run the revision against"
                        + " the database");
        assertThatThrownBy(() -> op.scalar(Long.class, "SELECT 1"))
                .isInstanceOf(OfflineDataException.class)
                .hasMessageStartingWith("scalar reads data");
    }
}
