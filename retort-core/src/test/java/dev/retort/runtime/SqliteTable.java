package dev.retort.runtime;

import dev.retort.schema.SchemaReflector;
import dev.retort.schema.TableSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a SQLite table back for assertions: its reflected schema and every row with its rowid and storage classes. */
final class SqliteTable {
    private SqliteTable() {}

    static TableSchema schema(Connection connection, String table) {
        return SchemaReflector.forConnection(connection).table(table).orElseThrow();
    }

    /**
     * Each row as its rowid (where the table has one) and values, followed by their storage classes
     * ({@code typeof}), in rowid or primary-key order.
     */
    static List<List<Object>> rows(Connection connection, String table) throws SQLException {
        TableSchema schema = schema(connection, table);
        boolean rowid = !schema.options().contains("WITHOUT ROWID");
        List<String> columns = new ArrayList<>();
        if (rowid) {
            columns.add("_rowid_");
        }
        schema.columns().forEach(c -> columns.add(quote(c.name())));
        String order = rowid
                ? "_rowid_"
                : String.join(
                        ", ",
                        schema.primaryKey().orElseThrow().columns().stream()
                                .map(SqliteTable::quote)
                                .toList());
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", columns));
        columns.forEach(c -> sql.append(", typeof(").append(c).append(')'));
        sql.append(" FROM ").append(quote(table)).append(" ORDER BY ").append(order);
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql.toString())) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object value = rs.getObject(i);
                    row.add(value instanceof byte[] ? java.util.HexFormat.of().formatHex((byte[]) value) : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** The rows of a query, each as a list of values. */
    static List<List<Object>> query(Connection connection, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
