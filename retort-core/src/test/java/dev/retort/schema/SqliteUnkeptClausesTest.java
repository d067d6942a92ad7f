package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqliteUnkeptClausesTest {

    @Test
    void namesClausesATableSchemaDoesNotModel() {
        assertThat(
                        SqliteTableDefinition.unkeptClauses(
                                """
                        CREATE TABLE t (
                            id INTEGER PRIMARY KEY DESC ON CONFLICT FAIL,
                            a TEXT NOT NULL ON CONFLICT IGNORE UNIQUE ON CONFLICT REPLACE,
                            b TEXT, c TEXT,
                            UNIQUE (b COLLATE NOCASE, c) ON CONFLICT ABORT,
                            CONSTRAINT k UNIQUE (c DESC)
                        )"""))
                .containsExactly(
                        "INTEGER PRIMARY KEY DESC on column id",
                        "ON CONFLICT FAIL on PRIMARY KEY of column id",
                        "ON CONFLICT IGNORE on NOT NULL of column a",
                        "ON CONFLICT REPLACE on UNIQUE of column a",
                        "b COLLATE NOCASE in UNIQUE [b, c]",
                        "ON CONFLICT ABORT on UNIQUE [b, c]");
    }

    @Test
    void tablesRetortWritesHaveNone() {
        assertThat(SqliteTableDefinition.unkeptClauses(
                        "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT COLLATE NOCASE UNIQUE,"
                                + " code TEXT, UNIQUE (code DESC))"))
                .isEmpty();
        assertThat(SqliteTableDefinition.unkeptClauses("CREATE TABLE u (x TEXT PRIMARY KEY DESC)"))
                .isEmpty();
    }

    @Test
    void expressionsMentionNamesBareOrQuotedButNotInStrings() {
        assertThat(SqliteExpressions.mentions("lower(\"Email\") || 'email'", "email"))
                .isTrue();
        assertThat(SqliteExpressions.mentions("[my col] > 0", "MY COL")).isTrue();
        assertThat(SqliteExpressions.mentions("'email' = x", "email")).isFalse();
        assertThat(SqliteExpressions.mentions("emails > 0", "email")).isFalse();
    }
}
