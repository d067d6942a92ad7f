package dev.retort.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs setup statements in tests. */
final class Ddl {
    private Ddl() {}

    static void run(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
