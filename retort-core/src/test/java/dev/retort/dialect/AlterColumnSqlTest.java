package dev.retort.dialect;

import static dev.retort.dialect.Golden.H2;
import static dev.retort.dialect.Golden.MARIADB;
import static dev.retort.dialect.Golden.MYSQL;
import static dev.retort.dialect.Golden.POSTGRESQL;
import static dev.retort.dialect.Golden.SQLITE;
import static dev.retort.dialect.Golden.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ops.AlterColumn;
import dev.retort.ops.ServerDefault;
import dev.retort.ops.Types;
import org.junit.jupiter.api.Test;

class AlterColumnSqlTest {
    private static final AlterColumn RENAME = AlterColumn.builder("user", "old_field_name")
            .rename("new_field_name")
            .build();
    private static final AlterColumn PRICE = AlterColumn.builder("product", "price")
            .type(Types.numeric(10, 2))
            .existingType(Types.floatType())
            .using("price::numeric(10,2)")
            .existingNullable(true)
            .build();

    @Test
    void renameColumn() {
        String expected = "ALTER TABLE %s RENAME COLUMN old_field_name TO new_field_name;\n";
        assertThat(sql(POSTGRESQL, RENAME)).isEqualTo(expected.formatted("\"user\""));
        assertThat(sql(H2, RENAME)).isEqualTo(expected.formatted("\"user\""));
        assertThat(sql(SQLITE, RENAME)).isEqualTo(expected.formatted("user"));
        assertThat(sql(MYSQL, RENAME)).isEqualTo(expected.formatted("user"));
    }

    @Test
    void typeChangeUsesUsingOnPostgresqlOnly() {
        assertThat(sql(POSTGRESQL, PRICE))
                .isEqualTo("ALTER TABLE product ALTER COLUMN price TYPE NUMERIC(10, 2) USING price::numeric(10,2);\n");
        assertThat(sql(H2, PRICE)).isEqualTo("ALTER TABLE product ALTER COLUMN price SET DATA TYPE NUMERIC(10, 2);\n");
        assertThat(sql(MYSQL, PRICE)).isEqualTo("ALTER TABLE product MODIFY COLUMN price DECIMAL(10, 2) NULL;\n");
    }

    @Test
    void sqliteRefusesInPlaceTypeChanges() {
        assertThatThrownBy(() -> SQLITE.render(PRICE))
                .isInstanceOf(OperationNotSupportedException.class)
                .hasMessage("SQLite cannot ALTER COLUMN price type in place; use op.batchAlterTable(\"product\", ...)");
        AlterColumn two = AlterColumn.builder("user", "email")
                .nullable(false)
                .serverDefault("")
                .build();
        assertThatThrownBy(() -> SQLITE.render(two))
                .hasMessage("SQLite cannot ALTER COLUMN email nullability and server default in place;"
                        + " use op.batchAlterTable(\"user\", ...)");
        assertThat(SQLITE.requiresTableRebuild(PRICE)).isTrue();
        assertThat(SQLITE.requiresTableRebuild(RENAME)).isFalse();
    }

    @Test
    void nullabilityDefaultAndCommentOnPostgresql() {
        AlterColumn all = AlterColumn.builder("user", "status")
                .nullable(false)
                .serverDefault("active")
                .comment("lifecycle")
                .rename("state")
                .build();
        assertThat(sql(POSTGRESQL, all))
                .isEqualTo(
                        """
                ALTER TABLE "user" ALTER COLUMN status SET NOT NULL;
                ALTER TABLE "user" ALTER COLUMN status SET DEFAULT 'active';
                COMMENT ON COLUMN "user".status IS 'lifecycle';
                ALTER TABLE "user" RENAME COLUMN status TO state;
                """);
        AlterColumn undo = AlterColumn.builder("user", "status")
                .nullable(true)
                .dropServerDefault()
                .dropComment()
                .build();
        assertThat(sql(H2, undo))
                .isEqualTo(
                        """
                ALTER TABLE "user" ALTER COLUMN status DROP NOT NULL;
                ALTER TABLE "user" ALTER COLUMN status DROP DEFAULT;
                COMMENT ON COLUMN "user".status IS NULL;
                """);
    }

    @Test
    void mysqlChangesADefaultAloneWithoutHints() {
        AlterColumn setDefault =
                AlterColumn.builder("user", "is_verified").serverDefault(true).build();
        assertThat(sql(MYSQL, setDefault)).isEqualTo("ALTER TABLE user ALTER COLUMN is_verified SET DEFAULT 1;\n");
        AlterColumn dropDefault =
                AlterColumn.builder("user", "is_verified").dropServerDefault().build();
        assertThat(sql(MARIADB, dropDefault)).isEqualTo("ALTER TABLE user ALTER COLUMN is_verified DROP DEFAULT;\n");
    }

    @Test
    void mysqlRestatesTheWholeColumnFromTheHints() {
        AlterColumn notNull = AlterColumn.builder("user", "status")
                .nullable(false)
                .existingType(Types.string(20))
                .existingServerDefault("active")
                .existingComment("lifecycle")
                .build();
        assertThat(sql(MYSQL, notNull))
                .isEqualTo(
                        "ALTER TABLE user MODIFY COLUMN status VARCHAR(20) NOT NULL DEFAULT 'active' COMMENT 'lifecycle';\n");
        AlterColumn renameAndRetype = AlterColumn.builder("user", "id")
                .rename("user_id")
                .type(Types.bigint())
                .existingNullable(false)
                .existingAutoIncrement(true)
                .build();
        assertThat(sql(MYSQL, renameAndRetype))
                .isEqualTo("ALTER TABLE user CHANGE COLUMN id user_id BIGINT NOT NULL AUTO_INCREMENT;\n");
        AlterColumn comment = AlterColumn.builder("user", "status")
                .comment("it's")
                .existingType(Types.raw("varchar(20)"))
                .existingNullable(true)
                .existingServerDefault(ServerDefault.expression("'active'"))
                .build();
        assertThat(sql(MARIADB, comment))
                .isEqualTo(
                        "ALTER TABLE user MODIFY COLUMN status varchar(20) NULL DEFAULT 'active' COMMENT 'it''s';\n");
    }

    @Test
    void mysqlNamesTheMissingHint() {
        AlterColumn noType =
                AlterColumn.builder("user", "status").nullable(false).build();
        assertThatThrownBy(() -> MYSQL.render(noType))
                .isInstanceOf(MissingHintException.class)
                .hasMessage("MySQL restates the whole column to alter it: alterColumn user.status needs the"
                        + " existingType(...) hint offline; add it");
        AlterColumn noNullable = AlterColumn.builder("product", "price")
                .type(Types.numeric(10, 2))
                .build();
        assertThatThrownBy(() -> MARIADB.render(noNullable))
                .isInstanceOf(MissingHintException.class)
                .hasMessage("MariaDB restates the whole column to alter it: alterColumn product.price needs the"
                        + " existingNullable(...) hint offline; add it");
    }
}
