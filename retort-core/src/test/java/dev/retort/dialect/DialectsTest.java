package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DialectsTest {
    @Test
    void urlsSelectTheirDialect() {
        assertThat(Dialects.forUrl("jdbc:sqlite:retort.db").name()).isEqualTo("sqlite");
        assertThat(Dialects.forUrl("jdbc:postgresql://localhost:5432/app").name())
                .isEqualTo("postgresql");
        assertThat(Dialects.forUrl("jdbc:mysql://localhost/app").name()).isEqualTo("mysql");
        assertThat(Dialects.forUrl("jdbc:mariadb://localhost/app").name()).isEqualTo("mariadb");
        assertThat(Dialects.forUrl("jdbc:h2:mem:test").name()).isEqualTo("h2");
    }

    @Test
    void namesSelectTheirDialect() {
        assertThat(Dialects.named("PostgreSQL").name()).isEqualTo("postgresql");
        assertThat(Dialects.named("mariadb").supportsExpressionIndexes()).isFalse();
        assertThat(Dialects.named("mysql").supportsExpressionIndexes()).isTrue();
    }

    @Test
    void anUnknownUrlIsNamedByItsSchemeOnlySoNoPasswordLeaks() {
        assertThatThrownBy(() -> Dialects.forUrl("jdbc:oracle:thin:scott/tiger@host:1521:orcl"))
                .isInstanceOf(UnknownDialectException.class)
                .hasMessage("no dialect for JDBC URL jdbc:oracle:...; known dialects: h2, mariadb, mysql, postgresql,"
                        + " sqlite (add one through META-INF/services/dev.retort.dialect.Dialect)");
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Dialects.named("oracle"))
                .isInstanceOf(UnknownDialectException.class)
                .hasMessage("unknown dialect 'oracle'; known dialects: h2, mariadb, mysql, postgresql, sqlite");
    }
}
