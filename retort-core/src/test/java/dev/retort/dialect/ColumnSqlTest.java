package dev.retort.dialect;

import static dev.retort.dialect.Golden.H2;
import static dev.retort.dialect.Golden.MYSQL;
import static dev.retort.dialect.Golden.POSTGRESQL;
import static dev.retort.dialect.Golden.SQLITE;
import static dev.retort.dialect.Golden.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ops.AddColumn;
import dev.retort.ops.Column;
import dev.retort.ops.DropColumn;
import dev.retort.ops.ServerDefault;
import dev.retort.ops.Types;
import org.junit.jupiter.api.Test;

class ColumnSqlTest {
    private static final AddColumn IS_VERIFIED = new AddColumn(
            "user", Column.of("is_verified", Types.bool()).notNull().serverDefault(false));

    @Test
    void booleanServerDefaultsAreTyped() {
        assertThat(sql(POSTGRESQL, IS_VERIFIED))
                .isEqualTo("ALTER TABLE \"user\" ADD COLUMN is_verified BOOLEAN DEFAULT false NOT NULL;\n");
        assertThat(sql(SQLITE, IS_VERIFIED))
                .isEqualTo("ALTER TABLE user ADD COLUMN is_verified BOOLEAN DEFAULT 0 NOT NULL;\n");
        assertThat(sql(MYSQL, IS_VERIFIED))
                .isEqualTo("ALTER TABLE user ADD COLUMN is_verified BOOLEAN DEFAULT 0 NOT NULL;\n");
        assertThat(sql(H2, IS_VERIFIED))
                .isEqualTo("ALTER TABLE \"user\" ADD COLUMN is_verified BOOLEAN DEFAULT false NOT NULL;\n");
    }

    @Test
    void stringAndExpressionDefaults() {
        AddColumn status = new AddColumn(
                "user", Column.of("status", Types.string(20)).notNull().serverDefault("active"));
        assertThat(sql(POSTGRESQL, status))
                .isEqualTo("ALTER TABLE \"user\" ADD COLUMN status VARCHAR(20) DEFAULT 'active' NOT NULL;\n");
        AddColumn created = new AddColumn(
                "user",
                Column.of("created_at", Types.timestamp())
                        .serverDefault(ServerDefault.expression("CURRENT_TIMESTAMP")));
        assertThat(sql(MYSQL, created))
                .isEqualTo("ALTER TABLE user ADD COLUMN created_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP;\n");
    }

    @Test
    void columnCommentsFollowOrStayInline() {
        AddColumn phone =
                new AddColumn("user", Column.of("phone", Types.string(20)).comment("E.164"));
        assertThat(sql(POSTGRESQL, phone))
                .isEqualTo(
                        """
                ALTER TABLE "user" ADD COLUMN phone VARCHAR(20);
                COMMENT ON COLUMN "user".phone IS 'E.164';
                """);
        assertThat(sql(MYSQL, phone)).isEqualTo("ALTER TABLE user ADD COLUMN phone VARCHAR(20) COMMENT 'E.164';\n");
        assertThat(sql(SQLITE, phone)).isEqualTo("ALTER TABLE user ADD COLUMN phone VARCHAR(20);\n");
    }

    @Test
    void sqliteRefusesANotNullColumnWithoutDefault() {
        AddColumn code =
                new AddColumn("user", Column.of("code", Types.string(8)).notNull());
        assertThatThrownBy(() -> SQLITE.render(code))
                .isInstanceOf(OperationNotSupportedException.class)
                .hasMessage("SQLite cannot add NOT NULL column user.code without a server default;"
                        + " give it serverDefault(...)");
        assertThat(SQLITE.requiresTableRebuild(code)).isTrue();
        assertThat(sql(POSTGRESQL, code)).isEqualTo("ALTER TABLE \"user\" ADD COLUMN code VARCHAR(8) NOT NULL;\n");
    }

    @Test
    void dropColumn() {
        DropColumn drop = DropColumn.of("user", "last_login");
        assertThat(sql(POSTGRESQL, drop)).isEqualTo("ALTER TABLE \"user\" DROP COLUMN last_login;\n");
        assertThat(sql(SQLITE, drop)).isEqualTo("ALTER TABLE user DROP COLUMN last_login;\n");
        assertThat(sql(MYSQL, DropColumn.of("user", "group"))).isEqualTo("ALTER TABLE user DROP COLUMN `group`;\n");
        assertThat(sql(H2, DropColumn.of("Users", "Name"))).isEqualTo("ALTER TABLE \"Users\" DROP COLUMN \"Name\";\n");
    }
}
