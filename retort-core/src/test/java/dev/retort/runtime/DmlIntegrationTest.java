package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.data.Table;
import dev.retort.ops.Column;
import dev.retort.ops.Types;
import dev.retort.testing.DatabaseKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The DML helpers against each database: the guide's conditional update, inserts, deletes and reads. */
class DmlIntegrationTest {
    private static Table users(LiveDatabase db) {
        db.op.createTable("user", t -> t.column("id", Types.integer(), Column::primaryKey)
                .column("email", Types.string(100))
                .column("is_active", Types.bool())
                .column("status", Types.string(20)));
        Table user = db.op.table("user", "id", "email", "is_active", "status");
        user.insert(Map.of("id", 1, "email", "a@x.io", "is_active", true));
        user.insert()
                .value("id", 2)
                .value("email", "")
                .value("is_active", false)
                .execute();
        user.insert()
                .value("id", 3)
                .value("email", null)
                .value("is_active", false)
                .execute();
        return user;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theGuidesConditionalUpdateSetsStatusFromIsActive(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            Table user = users(db);
            assertThat(user.update()
                            .set("status", "active")
                            .where(user.column("is_active").eq(true))
                            .execute())
                    .isEqualTo(1);
            assertThat(user.update()
                            .set("status", "inactive")
                            .where(user.column("is_active").eq(false))
                            .execute())
                    .isEqualTo(2);
            assertThat(user.select("id", "status").orderBy("id").list())
                    .extracting(
                            row -> row.values().stream().map(String::valueOf).toList())
                    .containsExactly(List.of("1", "active"), List.of("2", "inactive"), List.of("3", "inactive"));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void countsScalarsListsAndDeletes(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            Table user = users(db);
            assertThat(user.count()).isEqualTo(3);
            assertThat(user.count(user.column("email")
                            .eq(null)
                            .or(user.column("email").eq(""))))
                    .isEqualTo(2);
            assertThat(db.op.scalar(Long.class, "SELECT COUNT(*) FROM " + db.op.quote("user") + " WHERE id > ?", 1))
                    .isEqualTo(2L);
            assertThat(db.op.scalar(String.class, "SELECT email FROM " + db.op.quote("user") + " WHERE id = ?", 1))
                    .isEqualTo("a@x.io");
            assertThat(db.op.scalar(String.class, "SELECT email FROM " + db.op.quote("user") + " WHERE id = ?", 99))
                    .isNull();
            List<Map<String, Object>> rows =
                    db.op.queryForList("SELECT id, email FROM " + db.op.quote("user") + " ORDER BY id");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).keySet()).map(String::toLowerCase).containsExactly("id", "email");
            assertThat(user.select("email")
                            .where("id = ?", 1)
                            .first()
                            .orElseThrow()
                            .values())
                    .containsExactly("a@x.io");

            assertThat(user.delete().where(user.column("id").in(2, 3)).execute())
                    .isEqualTo(2);
            assertThat(user.count()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aFailingReadNamesTheQueryButNotTheValues(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            users(db);
            assertThatThrownBy(
                            () -> db.op.scalar(Long.class, "SELECT COUNT(*) FROM no_such_table WHERE x = ?", "s3cret"))
                    .isInstanceOf(RetortException.class)
                    .hasMessageStartingWith("scalar failed: SELECT COUNT(*) FROM no_such_table WHERE x = ? (")
                    .hasMessageNotContaining("s3cret");
        }
    }
}
