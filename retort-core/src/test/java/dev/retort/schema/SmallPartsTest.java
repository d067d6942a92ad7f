package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void stripsOnlyParenthesesThatEncloseTheWholeExpression() {
        assertThat(Parentheses.strip("(a + 1)")).isEqualTo("a + 1");
        assertThat(Parentheses.strip(" ((a)) ")).isEqualTo("(a)");
        assertThat(Parentheses.strip("(a) + (b)")).isEqualTo("(a) + (b)");
        assertThat(Parentheses.strip("(a = ')(')")).isEqualTo("a = ')('");
        assertThat(Parentheses.strip("a")).isEqualTo("a");
    }

    @Test
    void normalizesOnlyNamesH2UpperCased() {
        assertThat(H2Names.normalize("USERS")).isEqualTo("users");
        assertThat(H2Names.normalize("CONSTRAINT_4A")).isEqualTo("constraint_4a");
        assertThat(H2Names.normalize("Users")).isEqualTo("Users");
        assertThat(H2Names.normalize("MY TABLE")).isEqualTo("MY TABLE");
        assertThat(H2Names.denormalize("users")).isEqualTo("USERS");
        assertThat(H2Names.denormalize("Users")).isEqualTo("Users");
    }

    @Test
    void quotesSqliteNamesOnlyWhenNeeded() {
        assertThat(SqliteNames.quote("plain_name1")).isEqualTo("plain_name1");
        assertThat(SqliteNames.quote("order")).isEqualTo("\"order\"");
        assertThat(SqliteNames.quote("my \"col\"")).isEqualTo("\"my \"\"col\"\"\"");
        assertThat(SqliteNames.quote("1st")).isEqualTo("\"1st\"");
    }

    @Test
    void keepsSqliteDefaultsThatNeedNoParentheses() {
        assertThat(SqliteDefaults.render("'a, b'")).isEqualTo("'a, b'");
        assertThat(SqliteDefaults.render("-1.5e-3")).isEqualTo("-1.5e-3");
        assertThat(SqliteDefaults.render("CURRENT_TIMESTAMP")).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(SqliteDefaults.render("(1 + 2)")).isEqualTo("(1 + 2)");
        assertThat(SqliteDefaults.render("(1) + (2)")).isEqualTo("((1) + (2))");
        assertThat(SqliteDefaults.render("datetime('now')")).isEqualTo("(datetime('now'))");
    }
}
