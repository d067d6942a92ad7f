package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SQL revisions split for each database's syntax run there as written. */
class SqlRevisionDatabaseTest {
    private static final String HEADER =
            """
            -- Tricky statements
            -- revision: t1
            -- revises:

            -- +retort upgrade
            CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(200));
            CREATE TABLE log (body VARCHAR(200));
            INSERT INTO notes VALUES (1, 'semi;colon'), (2, 'it''s -- not a comment /* nor this */');
            """;

    private static final String FOOTER =
            """
            -- +retort downgrade
            DROP TABLE log;
            DROP TABLE notes
            """;

    @TempDir
    Path dir;

    private static String body(DatabaseKind kind) {
        return switch (kind) {
            case SQLITE ->
                """
                    -- +retort statement-begin
                    CREATE TRIGGER notes_ai AFTER INSERT ON notes WHEN NEW.id = 3
                    BEGIN
                      INSERT INTO log VALUES ('from trigger; ok');
                    END;
                    -- +retort statement-end
                    INSERT INTO notes VALUES (3, 'fires "quoted;" text');
                    """;
            case H2 ->
                """
                    CREATE TABLE "odd;name" (x INT); /* a; comment */
                    INSERT INTO notes VALUES (3, $$dollar; 'quoted'$$);
                    INSERT INTO log VALUES ('from trigger; ok')
                    ;
                    """;
            case POSTGRESQL ->
                """
                    /* outer /* nested; */ comment; */
                    CREATE FUNCTION log_three() RETURNS trigger AS $fn$
                    BEGIN
                      IF NEW.id = 3 THEN INSERT INTO log VALUES ('from trigger; ok'); END IF;
                      RETURN NEW; -- a $$ in a comment
                    END;
                    $fn$ LANGUAGE plpgsql;
                    CREATE TRIGGER notes_ai AFTER INSERT ON notes FOR EACH ROW EXECUTE FUNCTION log_three();
                    INSERT INTO notes VALUES (3, E'fires\\'; ok');
                    """;
            case MARIADB ->
                """
                    # a hash; comment
                    -- +retort statement-begin
                    CREATE TRIGGER notes_ai AFTER INSERT ON notes FOR EACH ROW
                    BEGIN
                      IF NEW.id = 3 THEN INSERT INTO log VALUES ('from trigger; ok'); END IF;
                    END;
                    -- +retort statement-end
                    INSERT INTO notes VALUES (3, 'back\\'slash; "ok"');
                    """;
        };
    }

    private static SqlSyntax syntax(DatabaseKind kind) {
        return switch (kind) {
            case SQLITE, H2 -> SqlSyntax.STANDARD;
            case POSTGRESQL -> SqlSyntax.POSTGRESQL;
            case MARIADB -> SqlSyntax.MYSQL;
        };
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void upgradeAndDowngradeRunOnTheDatabase(DatabaseKind kind) throws IOException, SQLException {
        Files.createDirectories(dir.resolve("versions"));
        Files.writeString(dir.resolve("versions/t1_tricky.sql"), HEADER + body(kind) + "\n" + FOOTER);
        SqlRevision revision =
                SqlRevision.read(ScriptDirectory.open(dir).scripts().get(0), syntax(kind));

        try (TestDatabase db = TestDatabase.create(kind);
                Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            for (SqlStatement sql : revision.upgrade()) {
                statement.execute(sql.sql());
            }
            assertThat(column(statement, "SELECT body FROM notes ORDER BY id"))
                    .hasSize(3)
                    .startsWith("semi;colon", "it's -- not a comment /* nor this */");
            assertThat(column(statement, "SELECT body FROM log")).containsExactly("from trigger; ok");
            for (SqlStatement sql : revision.downgrade()) {
                statement.execute(sql.sql());
            }
        }
        assertThat(revision.downgrade()).extracting(SqlStatement::line).hasSize(2);
    }

    private static List<String> column(Statement statement, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
