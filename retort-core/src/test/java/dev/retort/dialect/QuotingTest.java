package dev.retort.dialect;

import static dev.retort.dialect.Golden.H2;
import static dev.retort.dialect.Golden.MARIADB;
import static dev.retort.dialect.Golden.MYSQL;
import static dev.retort.dialect.Golden.POSTGRESQL;
import static dev.retort.dialect.Golden.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import org.junit.jupiter.api.Test;

class QuotingTest {
    @Test
    void plainLowerCaseNamesAreNeverQuoted() {
        for (Dialect d : new Dialect[] {SQLITE, POSTGRESQL, MYSQL, MARIADB, H2}) {
            assertThat(d.quote("user_roles")).isEqualTo("user_roles");
            assertThat(d.quote("_private2")).isEqualTo("_private2");
        }
    }

    @Test
    void reservedWordsAreQuotedWhereTheDatabaseReservesThem() {
        assertThat(POSTGRESQL.quote("user")).isEqualTo("\"user\"");
        assertThat(H2.quote("user")).isEqualTo("\"user\"");
        assertThat(SQLITE.quote("user")).isEqualTo("user");
        assertThat(MYSQL.quote("user")).isEqualTo("user");

        for (String word : new String[] {"order", "group", "select"}) {
            assertThat(POSTGRESQL.quote(word)).isEqualTo("\"" + word + "\"");
            assertThat(H2.quote(word)).isEqualTo("\"" + word + "\"");
            assertThat(SQLITE.quote(word)).isEqualTo("\"" + word + "\"");
            assertThat(MYSQL.quote(word)).isEqualTo("`" + word + "`");
            assertThat(MARIADB.quote(word)).isEqualTo("`" + word + "`");
        }
        assertThat(H2.quote("value")).isEqualTo("\"value\"");
        assertThat(POSTGRESQL.quote("value")).isEqualTo("value");
        assertThat(MYSQL.quote("key")).isEqualTo("`key`");
        assertThat(SQLITE.quote("Order")).isEqualTo("\"Order\"");
    }

    @Test
    void upperCaseIsQuotedWhereTheDatabaseFoldsCase() {
        assertThat(POSTGRESQL.quote("userId")).isEqualTo("\"userId\"");
        assertThat(H2.quote("userId")).isEqualTo("\"userId\"");
        assertThat(H2.quote("PRODUCT")).isEqualTo("\"PRODUCT\"");
        assertThat(SQLITE.quote("userId")).isEqualTo("userId");
        assertThat(MYSQL.quote("userId")).isEqualTo("userId");
    }

    @Test
    void otherCharactersAreQuotedAndEmbeddedQuotesDoubled() {
        assertThat(POSTGRESQL.quote("my table")).isEqualTo("\"my table\"");
        assertThat(POSTGRESQL.quote("2fa")).isEqualTo("\"2fa\"");
        assertThat(POSTGRESQL.quote("a\"; DROP TABLE x; --")).isEqualTo("\"a\"\"; DROP TABLE x; --\"");
        assertThat(SQLITE.quote("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(MYSQL.quote("a`; DROP TABLE x; --")).isEqualTo("`a``; DROP TABLE x; --`");
        assertThat(MYSQL.quote("a\"b")).isEqualTo("`a\"b`");
        assertThat(H2.quote("naïve")).isEqualTo("\"naïve\"");
        assertThat(MARIADB.quote("日本")).isEqualTo("`日本`");
    }

    @Test
    void emptyOrNulNamesAreRefused() {
        assertThatThrownBy(() -> POSTGRESQL.quote(""))
                .isInstanceOf(RetortException.class)
                .hasMessage("an identifier must not be empty");
        assertThatThrownBy(() -> MYSQL.quote("a\0"))
                .isInstanceOf(RetortException.class)
                .hasMessage("an identifier must not contain a NUL character");
    }
}
