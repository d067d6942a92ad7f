package dev.retort.data;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Finds the primary key a backfill walks, through JDBC metadata. */
final class KeyColumns {
    private KeyColumns() {}

    /**
     * The primary key columns of {@code table} in key order. The name is tried as given and folded
     * to both cases, as databases store unquoted names differently (PostgreSQL lower, H2 upper). A
     * SQLite table without a declared key is walked by its {@code rowid}.
     */
    static List<String> primaryKey(Connection connection, String dialect, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String candidate : new LinkedHashSet<>(List.of(table, table.toLowerCase(), table.toUpperCase()))) {
            Map<Integer, String> columns = new TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(connection.getCatalog(), schema(connection), candidate)) {
                while (rs.next()) {
                    columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
            if (!columns.isEmpty()) {
                return List.copyOf(columns.values());
            }
        }
        if (dialect.equals("sqlite")) {
            return List.of("rowid");
        }
        throw new BackfillException(
                "op.backfill(\"" + table + "\"): table " + table + " has no primary key (or does not"
                        + " exist); name a unique, not-null key to walk with b.key(\"column\", ...)");
    }

    private static String schema(Connection connection) {
        try {
            return connection.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }
}
