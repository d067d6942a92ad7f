package dev.retort.dialect;

import static dev.retort.dialect.Golden.H2;
import static dev.retort.dialect.Golden.MARIADB;
import static dev.retort.dialect.Golden.MYSQL;
import static dev.retort.dialect.Golden.POSTGRESQL;
import static dev.retort.dialect.Golden.SQLITE;
import static dev.retort.dialect.Golden.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ops.AddConstraint;
import dev.retort.ops.CheckConstraint;
import dev.retort.ops.ConstraintType;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.ForeignKey;
import dev.retort.ops.PrimaryKey;
import dev.retort.ops.ReferentialAction;
import dev.retort.ops.UniqueConstraint;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConstraintSqlTest {
    private static final AddConstraint UNIQUE =
            new AddConstraint("user", UniqueConstraint.of("email").named("uq_user_email"));
    private static final AddConstraint FOREIGN_KEY = new AddConstraint(
            "order",
            ForeignKey.builder()
                    .name("fk_order_user")
                    .columns("user_id")
                    .references("user", "id")
                    .onDelete(ReferentialAction.SET_NULL)
                    .onUpdate(ReferentialAction.CASCADE)
                    .build());
    private static final AddConstraint PRIMARY =
            new AddConstraint("tag", PrimaryKey.of("id").named("pk_tag"));
    private static final AddConstraint CHECK =
            new AddConstraint("product", CheckConstraint.of("price >= 0").named("ck_product_price"));

    @Test
    void addConstraintOnPostgresql() {
        assertThat(sql(POSTGRESQL, UNIQUE))
                .isEqualTo("ALTER TABLE \"user\" ADD CONSTRAINT uq_user_email UNIQUE (email);\n");
        assertThat(sql(POSTGRESQL, FOREIGN_KEY))
                .isEqualTo("ALTER TABLE \"order\" ADD CONSTRAINT fk_order_user FOREIGN KEY (user_id)"
                        + " REFERENCES \"user\" (id) ON DELETE SET NULL ON UPDATE CASCADE;\n");
        assertThat(sql(POSTGRESQL, PRIMARY)).isEqualTo("ALTER TABLE tag ADD CONSTRAINT pk_tag PRIMARY KEY (id);\n");
        assertThat(sql(POSTGRESQL, CHECK))
                .isEqualTo("ALTER TABLE product ADD CONSTRAINT ck_product_price CHECK (price >= 0);\n");
    }

    @Test
    void addConstraintOnMysqlAndH2() {
        assertThat(sql(MYSQL, FOREIGN_KEY))
                .isEqualTo("ALTER TABLE `order` ADD CONSTRAINT fk_order_user FOREIGN KEY (user_id)"
                        + " REFERENCES user (id) ON DELETE SET NULL ON UPDATE CASCADE;\n");
        assertThat(sql(H2, UNIQUE)).isEqualTo("ALTER TABLE \"user\" ADD CONSTRAINT uq_user_email UNIQUE (email);\n");
    }

    @Test
    void sqliteRefusesConstraintChangesInPlace() {
        assertThatThrownBy(() -> SQLITE.render(UNIQUE))
                .isInstanceOf(OperationNotSupportedException.class)
                .hasMessage("SQLite cannot ADD CONSTRAINT uq_user_email to user in place;"
                        + " use op.batchAlterTable(\"user\", ...)");
        assertThatThrownBy(() -> SQLITE.render(UNIQUE.reverse()))
                .isInstanceOf(OperationNotSupportedException.class)
                .hasMessage("SQLite cannot DROP CONSTRAINT uq_user_email of user in place;"
                        + " use op.batchAlterTable(\"user\", ...)");
        assertThat(SQLITE.requiresTableRebuild(UNIQUE)).isTrue();
    }

    @Test
    void dropConstraintByName() {
        DropConstraint drop = new DropConstraint("uq_user_email", "user", Optional.empty(), Optional.empty());
        assertThat(sql(POSTGRESQL, drop)).isEqualTo("ALTER TABLE \"user\" DROP CONSTRAINT uq_user_email;\n");
        assertThat(sql(H2, drop)).isEqualTo("ALTER TABLE \"user\" DROP CONSTRAINT uq_user_email;\n");
        assertThat(sql(MYSQL, drop)).isEqualTo("ALTER TABLE user DROP CONSTRAINT uq_user_email;\n");
    }

    @Test
    void mysqlDropsEachKindOfConstraintItsOwnWay() {
        assertThat(sql(MYSQL, FOREIGN_KEY.reverse()))
                .isEqualTo("ALTER TABLE `order` DROP FOREIGN KEY fk_order_user;\n");
        assertThat(sql(MYSQL, UNIQUE.reverse())).isEqualTo("ALTER TABLE user DROP INDEX uq_user_email;\n");
        assertThat(sql(MYSQL, PRIMARY.reverse())).isEqualTo("ALTER TABLE tag DROP PRIMARY KEY;\n");
        assertThat(sql(MYSQL, CHECK.reverse())).isEqualTo("ALTER TABLE product DROP CHECK ck_product_price;\n");
        assertThat(sql(MARIADB, CHECK.reverse())).isEqualTo("ALTER TABLE product DROP CONSTRAINT ck_product_price;\n");
        DropConstraint typed =
                new DropConstraint("fk_x", "t", Optional.of(ConstraintType.FOREIGN_KEY), Optional.empty());
        assertThat(sql(POSTGRESQL, typed)).isEqualTo("ALTER TABLE t DROP CONSTRAINT fk_x;\n");
    }
}
