package dev.retort.runtime;

import dev.retort.dialect.Dialects;
import dev.retort.schema.TableSchema;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * A fresh SQLite database for rebuild tests: a connection, a {@link StatementCapturingSink} and the {@link
 * ExecutingOps} over it. {@link #beginRevision()} switches autocommit off, as the migrator does
 * around each revision.
 */
final class SqliteDatabase implements AutoCloseable {
    final TestDatabase database;
    final Connection connection;
    final StatementCapturingSink sink;
    final ExecutingOps op;

    SqliteDatabase(boolean foreignKeys) throws SQLException {
        database = TestDatabase.create(DatabaseKind.SQLITE);
        connection = database.connect();
        sql("PRAGMA foreign_keys = " + (foreignKeys ? "ON" : "OFF"));
        sink = new StatementCapturingSink(connection);
        op = new ExecutingOps(Dialects.named("sqlite"), sink, Map.of());
    }

    void sql(String... statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** Opens the revision's transaction: autocommit off. */
    void beginRevision() throws SQLException {
        connection.setAutoCommit(false);
    }

    TableSchema schema(String table) {
        return SqliteTable.schema(connection, table);
    }

    List<List<Object>> rows(String table) throws SQLException {
        return SqliteTable.rows(connection, table);
    }

    List<List<Object>> query(String sql) throws SQLException {
        return SqliteTable.query(connection, sql);
    }

    long count(String sql) throws SQLException {
        return ((Number) query(sql).get(0).get(0)).longValue();
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
