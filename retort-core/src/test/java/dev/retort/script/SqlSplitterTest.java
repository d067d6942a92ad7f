package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {
    private static final Path FILE = Path.of("versions/a1_x.sql");

    private static List<SqlStatement> split(SqlSyntax syntax, String sql) {
        return new SqlSplitter(syntax, FILE).split(sql, 10);
    }

    private static List<String> texts(SqlSyntax syntax, String sql) {
        return split(syntax, sql).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void splitsAtSemicolonsAndKeepsStartLines() {
        List<SqlStatement> statements = split(
                SqlSyntax.STANDARD,
                """
                CREATE TABLE a (id INT);

                -- a comment between statements
                INSERT INTO a
                  VALUES (1);  INSERT INTO a VALUES (2);
                """);
        assertThat(statements)
                .containsExactly(
                        new SqlStatement("CREATE TABLE a (id INT)", 10),
                        new SqlStatement("INSERT INTO a\n  VALUES (1)", 13),
                        new SqlStatement("INSERT INTO a VALUES (2)", 14));
    }

    @Test
    void keepsALastStatementWithoutSemicolonAndDropsEmptyOnes() {
        assertThat(texts(SqlSyntax.STANDARD, ";; SELECT 1;\n ;\nSELECT 2\n-- trailing comment\n"))
                .containsExactly("SELECT 1", "SELECT 2\n-- trailing comment");
        assertThat(texts(SqlSyntax.STANDARD, "-- only a comment\n/* and another */\n"))
                .isEmpty();
    }

    @Test
    void semicolonsInsideStringsIdentifiersAndCommentsDoNotSplit() {
        String sql =
                """
                INSERT INTO t VALUES ('a;b', 'it''s; fine');
                SELECT "odd;name", `back;tick` FROM t -- a; comment
                  /* block ; comment */ WHERE x = ';';
                """;
        assertThat(texts(SqlSyntax.STANDARD, sql))
                .containsExactly(
                        "INSERT INTO t VALUES ('a;b', 'it''s; fine')",
                        "SELECT \"odd;name\", `back;tick` FROM t -- a; comment\n"
                                + "  /* block ; comment */ WHERE x = ';'");
    }

    @Test
    void postgresDollarQuotesWithAndWithoutTags() {
        String sql =
                """
                CREATE FUNCTION f() RETURNS trigger AS $body$
                BEGIN
                  NEW.x := 'a;b'; -- $$ inside is fine
                  RETURN NEW;
                END;
                $body$ LANGUAGE plpgsql;
                DO $$ BEGIN PERFORM 1; END $$;
                SELECT $1, a$b$ FROM t;
                """;
        List<SqlStatement> statements = split(SqlSyntax.POSTGRESQL, sql);
        assertThat(statements).extracting(SqlStatement::line).containsExactly(10, 16, 17);
        assertThat(statements.get(0).sql()).startsWith("CREATE FUNCTION").endsWith("$body$ LANGUAGE plpgsql");
        assertThat(statements.get(1).sql()).isEqualTo("DO $$ BEGIN PERFORM 1; END $$");
        assertThat(statements.get(2).sql()).isEqualTo("SELECT $1, a$b$ FROM t");
    }

    @Test
    void postgresEscapeStringsAndNestedComments() {
        String sql = "SELECT E'it\\'s; ok', 'C:\\';\n/* outer /* inner; */ still; comment */ SELECT 2;";
        assertThat(texts(SqlSyntax.POSTGRESQL, sql)).containsExactly("SELECT E'it\\'s; ok', 'C:\\'", "SELECT 2");
        // standard syntax does not nest: the first */ ends the comment
        assertThat(texts(SqlSyntax.STANDARD, "/* a /* b */ SELECT 1; */")).containsExactly("SELECT 1", "*/");
    }

    @Test
    void mysqlBackslashEscapesHashCommentsAndDashDashRules() {
        String sql =
                """
                INSERT INTO t VALUES ('it\\'s; ok', "say \\"hi;\\"");  # a; comment
                SELECT 1--1;
                /*!40101 SET NAMES utf8mb4 */;
                """;
        assertThat(texts(SqlSyntax.MYSQL, sql))
                .containsExactly(
                        "INSERT INTO t VALUES ('it\\'s; ok', \"say \\\"hi;\\\"\")",
                        "SELECT 1--1",
                        "/*!40101 SET NAMES utf8mb4 */");
    }

    @Test
    void unterminatedQuotesAndCommentsNameTheLineWhereTheyStart() {
        assertThatThrownBy(() -> split(SqlSyntax.STANDARD, "SELECT 1;\nSELECT 'abc;\nSELECT 3;"))
                .isInstanceOf(RevisionFileException.class)
                .hasMessage("versions/a1_x.sql:11: unterminated string literal opened here;"
                        + " close the ' (a ' inside is written '')");
        assertThatThrownBy(() -> split(SqlSyntax.STANDARD, "SELECT \"abc FROM t;"))
                .hasMessage("versions/a1_x.sql:10: unterminated quoted identifier opened here;"
                        + " close the \" (a \" inside is written \"\")");
        assertThatThrownBy(() -> split(SqlSyntax.POSTGRESQL, "\n\nDO $fn$ BEGIN END $$;"))
                .hasMessage(
                        "versions/a1_x.sql:12: unterminated dollar-quoted string opened here;" + " close it with $fn$");
        assertThatThrownBy(() -> split(SqlSyntax.POSTGRESQL, "SELECT 1; /* a /* b */\nSELECT 2;"))
                .hasMessage("versions/a1_x.sql:10: unterminated block comment opened here; close it with */");
    }

    @Test
    void aBackslashEndsAStringOnlyWhereTheDatabaseSaysSo() {
        assertThat(texts(SqlSyntax.STANDARD, "SELECT 'C:\\'; SELECT 2;")).containsExactly("SELECT 'C:\\'", "SELECT 2");
        assertThatThrownBy(() -> split(SqlSyntax.MYSQL, "SELECT 'C:\\'; SELECT 2;"))
                .hasMessageContaining("unterminated string literal");
    }

    @Test
    void delimiterCommandsPointToTheMarkers() {
        assertThatThrownBy(() -> split(SqlSyntax.MYSQL, "SELECT 1;\nDELIMITER $$\nCREATE TRIGGER t BEGIN END$$\n"))
                .hasMessage("versions/a1_x.sql:11: DELIMITER is a mysql client command, not SQL; wrap the statement"
                        + " in \"-- +retort statement-begin\" and \"-- +retort statement-end\" instead");
        assertThat(texts(SqlSyntax.MYSQL, "SELECT delimiter_x FROM t")).containsExactly("SELECT delimiter_x FROM t");
    }
}
