package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** A fresh database with a connection, its reflected schema and the {@link ExecutingOps} that run on it. */
final class LiveDatabase implements AutoCloseable {
    final TestDatabase database;
    final Connection connection;
    final Dialect dialect;
    final ExecutingOps op;
    final ReflectedSchema schema;

    LiveDatabase(DatabaseKind kind) throws SQLException {
        database = TestDatabase.create(kind);
        connection = database.connect();
        if (kind == DatabaseKind.SQLITE) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
        }
        dialect = Dialects.forUrl(database.url());
        op = new ExecutingOps(dialect, new JdbcSqlSink(connection), Map.of());
        schema = new ReflectedSchema(connection);
    }

    DatabaseKind kind() {
        return database.kind();
    }

    /** Runs SQL directly on the connection (test setup and probes, not through the operations). */
    void sql(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** Whether running the SQL directly fails (a constraint refusing a row). */
    boolean refuses(String sql) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
            return false;
        } catch (SQLException e) {
            return true;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.close();
        } finally {
            database.close();
        }
    }
}
