package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqliteTableParserTest {

    @Test
    void cutsTypesDefaultsAndChecksOutVerbatim() {
        SqliteTableSyntax table = SqliteTableParser.parse(
                """
                CREATE TABLE "t ""1""\" (
                    [a b] VARCHAR ( 20 ) /* c, ) */ NOT NULL DEFAULT ('x,' || ")") COLLATE "NOCASE",
                    `c` DOUBLE PRECISION CONSTRAINT ck CHECK (c > (0)) -- , ( '
                    , d AS (c * 2) STORED
                ) WITHOUT ROWID;""");

        assertThat(table.name()).isEqualTo("t \"1\"");
        assertThat(table.columns())
                .containsExactly(
                        new SqliteTableSyntax.Column(
                                "a b",
                                "VARCHAR ( 20 )",
                                Optional.of("('x,' || \")\")"),
                                Optional.of("NOCASE"),
                                false,
                                Optional.empty()),
                        new SqliteTableSyntax.Column(
                                "c", "DOUBLE PRECISION", Optional.empty(), Optional.empty(), false, Optional.empty()),
                        new SqliteTableSyntax.Column(
                                "d",
                                "",
                                Optional.empty(),
                                Optional.empty(),
                                false,
                                Optional.of(new Computed("c * 2", true))));
        assertThat(table.checkConstraints()).containsExactly(CheckConstraint.named("ck", "c > (0)"));
        assertThat(table.options()).containsExactly("WITHOUT ROWID");
    }

    @Test
    void readsForeignKeyClausesWithActionsAndDeferrability() {
        SqliteTableSyntax table = SqliteTableParser.parse("CREATE TABLE t (a REFERENCES p ON UPDATE CASCADE"
                + " DEFERRABLE, b, c, CONSTRAINT fk FOREIGN KEY (b, c) REFERENCES q (x, y) MATCH FULL"
                + " ON DELETE SET NULL NOT DEFERRABLE)");

        assertThat(table.foreignKeys())
                .containsExactly(
                        ForeignKey.builder(List.of("a"), "p", List.of())
                                .onUpdate(ReferentialAction.CASCADE)
                                .deferrable()
                                .build(),
                        ForeignKey.builder(List.of("b", "c"), "q", List.of("x", "y"))
                                .name("fk")
                                .onDelete(ReferentialAction.SET_NULL)
                                .build());
    }

    @Test
    void reportsWhereTheStatementStopsMakingSense() {
        assertThatThrownBy(() -> SqliteTableParser.parse("CREATE TABLE t (a INT DEFAULT)"))
                .isInstanceOf(SqliteSyntaxException.class)
                .hasMessage("expected a default value but found ')' at offset 29");
        assertThatThrownBy(() -> SqliteTableParser.parse("CREATE TABLE t (a TEXT DEFAULT 'x)"))
                .isInstanceOf(SqliteSyntaxException.class)
                .hasMessage("unterminated ' quote starting at offset 31");
        assertThatThrownBy(() -> SqliteTableParser.parse("CREATE TABLE t (a INT) WITH ROWID"))
                .isInstanceOf(SqliteSyntaxException.class)
                .hasMessage("expected a table option or the end of the statement but found 'WITH' at offset 23");
    }

    @Test
    void readsIndexKeysAndPredicates() {
        SqliteIndexSyntax index = SqliteIndexSyntax.parse(
                "CREATE UNIQUE INDEX IF NOT EXISTS main.ix ON t (lower(a) COLLATE NOCASE DESC, b ASC, (c + 1))"
                        + " WHERE a IS NOT NULL AND b > ','");

        assertThat(index.keys()).containsExactly("lower(a)", "b", "(c + 1)");
        assertThat(index.where()).contains("a IS NOT NULL AND b > ','");
    }
}
