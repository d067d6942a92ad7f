package dev.retort.dialect;

import static dev.retort.dialect.Golden.H2;
import static dev.retort.dialect.Golden.MARIADB;
import static dev.retort.dialect.Golden.MYSQL;
import static dev.retort.dialect.Golden.POSTGRESQL;
import static dev.retort.dialect.Golden.SQLITE;
import static dev.retort.dialect.Golden.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropIndex;
import org.junit.jupiter.api.Test;

class IndexSqlTest {
    private static final CreateIndex BY_USER = CreateIndex.builder("ix_user_roles_user_id", "user_roles")
            .columns("user_id")
            .build();
    private static final CreateIndex EMAIL_LOWER = CreateIndex.builder("idx_user_email_lower", "user")
            .expression("lower(email)")
            .concurrently()
            .build();
    private static final CreateIndex ACTIVE_EMAIL = CreateIndex.builder("uq_user_active_email", "user")
            .columns("email")
            .unique()
            .where("is_active")
            .build();

    @Test
    void plainIndexIsTheSameEverywhere() {
        for (Dialect d : new Dialect[] {SQLITE, POSTGRESQL, MYSQL, H2}) {
            assertThat(sql(d, BY_USER)).isEqualTo("CREATE INDEX ix_user_roles_user_id ON user_roles (user_id);\n");
        }
    }

    @Test
    void expressionIndexConcurrentlyOnPostgresqlRunsOutsideTheTransaction() {
        assertThat(sql(POSTGRESQL, EMAIL_LOWER))
                .isEqualTo("CREATE INDEX CONCURRENTLY idx_user_email_lower ON \"user\" (lower(email));\n");
        assertThat(POSTGRESQL.requiresAutocommit(EMAIL_LOWER)).isTrue();
        assertThat(POSTGRESQL.requiresAutocommit(BY_USER)).isFalse();
    }

    @Test
    void concurrentlyDegradesToAPlainIndexElsewhere() {
        assertThat(sql(SQLITE, EMAIL_LOWER)).isEqualTo("CREATE INDEX idx_user_email_lower ON user (lower(email));\n");
        assertThat(sql(MYSQL, EMAIL_LOWER)).isEqualTo("CREATE INDEX idx_user_email_lower ON user ((lower(email)));\n");
        assertThat(SQLITE.requiresAutocommit(EMAIL_LOWER)).isFalse();
    }

    @Test
    void expressionsThatAreNotOneCallAreParenthesised() {
        CreateIndex sum = CreateIndex.builder("ix_sum", "t")
                .expression("a + b")
                .columns("c")
                .expression("(d)")
                .build();
        assertThat(sql(POSTGRESQL, sum)).isEqualTo("CREATE INDEX ix_sum ON t ((a + b), c, (d));\n");
        CreateIndex concat = CreateIndex.builder("ix_concat", "t")
                .expression("lower(a) || lower(b)")
                .build();
        assertThat(sql(SQLITE, concat)).isEqualTo("CREATE INDEX ix_concat ON t ((lower(a) || lower(b)));\n");
    }

    @Test
    void expressionIndexesAreRefusedWhereUnsupported() {
        assertThatThrownBy(() -> MARIADB.render(EMAIL_LOWER))
                .isInstanceOf(OperationNotSupportedException.class)
                .hasMessage("MariaDB cannot index expressions: createIndex idx_user_email_lower on user"
                        + " has expression(...); index a (generated) column instead");
        assertThatThrownBy(() -> H2.render(EMAIL_LOWER))
                .isInstanceOf(OperationNotSupportedException.class)
                .hasMessageStartingWith("H2 cannot index expressions");
    }

    @Test
    void partialIndexes() {
        assertThat(sql(POSTGRESQL, ACTIVE_EMAIL))
                .isEqualTo("CREATE UNIQUE INDEX uq_user_active_email ON \"user\" (email) WHERE is_active;\n");
        assertThat(sql(SQLITE, ACTIVE_EMAIL))
                .isEqualTo("CREATE UNIQUE INDEX uq_user_active_email ON user (email) WHERE is_active;\n");
        assertThatThrownBy(() -> MYSQL.render(ACTIVE_EMAIL))
                .isInstanceOf(OperationNotSupportedException.class)
                .hasMessage("MySQL has no partial indexes: createIndex uq_user_active_email on user has where(...);"
                        + " remove the condition");
        assertThatThrownBy(() -> H2.render(ACTIVE_EMAIL)).hasMessageStartingWith("H2 has no partial indexes");
    }

    @Test
    void dropIndex() {
        DropIndex drop = DropIndex.builder("idx_user_email_lower").table("user").build();
        assertThat(sql(POSTGRESQL, drop)).isEqualTo("DROP INDEX idx_user_email_lower;\n");
        assertThat(sql(SQLITE, drop)).isEqualTo("DROP INDEX idx_user_email_lower;\n");
        assertThat(sql(H2, drop)).isEqualTo("DROP INDEX idx_user_email_lower;\n");
        assertThat(sql(MYSQL, drop)).isEqualTo("DROP INDEX idx_user_email_lower ON user;\n");
        DropIndex concurrently = EMAIL_LOWER.reverse();
        assertThat(sql(POSTGRESQL, concurrently)).isEqualTo("DROP INDEX CONCURRENTLY idx_user_email_lower;\n");
        assertThat(POSTGRESQL.requiresAutocommit(concurrently)).isTrue();
        assertThat(sql(SQLITE, concurrently)).isEqualTo("DROP INDEX idx_user_email_lower;\n");
    }

    @Test
    void mysqlNeedsTheTableToDropAnIndex() {
        assertThatThrownBy(() -> MYSQL.render(DropIndex.builder("ix_a").build()))
                .isInstanceOf(MissingHintException.class)
                .hasMessage("MySQL drops an index through its table: dropIndex ix_a needs it;"
                        + " use op.dropIndex(\"ix_a\", \"<table>\")");
    }
}
