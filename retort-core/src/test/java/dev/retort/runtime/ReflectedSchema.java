package dev.retort.runtime;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What JDBC metadata says about a live schema, for asserting the effect of operations. Names are
 * matched case-insensitively (H2 stores unquoted names in upper case) but reported as stored.
 */
final class ReflectedSchema {
    record ColumnInfo(
            String name,
            String typeName,
            int jdbcType,
            int size,
            int decimalDigits,
            boolean nullable,
            String defaultValue,
            String remarks) {}

    record IndexInfo(String name, boolean unique, List<String> columns) {}

    record ForeignKeyInfo(
            String name,
            List<String> columns,
            String referredTable,
            List<String> referredColumns,
            int deleteRule,
            int updateRule) {}

    /** Index names the database makes up, and may remake when it rebuilds a table (H2). */
    private static final Pattern GENERATED_INDEX =
            Pattern.compile("(?i)primary_key_\\w+|constraint_index_\\w+|sqlite_autoindex_.*|fki?_index_\\w+");

    private final Connection connection;

    ReflectedSchema(Connection connection) {
        this.connection = connection;
    }

    private DatabaseMetaData meta() throws SQLException {
        return connection.getMetaData();
    }

    private String catalog() throws SQLException {
        return connection.getCatalog();
    }

    private String schema() throws SQLException {
        return connection.getSchema();
    }

    /** The stored names of the tables, keyed by their lower-case form. */
    Map<String, String> tables() throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (ResultSet rs = meta().getTables(catalog(), schema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                tables.put(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return tables;
    }

    boolean hasTable(String name) throws SQLException {
        return tables().containsKey(name.toLowerCase(Locale.ROOT));
    }

    private String stored(String table) throws SQLException {
        String name = tables().get(table.toLowerCase(Locale.ROOT));
        if (name == null) {
            throw new AssertionError("no table " + table + " among " + tables().values());
        }
        return name;
    }

    Optional<String> tableRemarks(String table) throws SQLException {
        try (ResultSet rs = meta().getTables(catalog(), schema(), stored(table), new String[] {"TABLE"})) {
            return rs.next() ? Optional.ofNullable(blankToNull(rs.getString("REMARKS"))) : Optional.empty();
        }
    }

    /** The columns in order, keyed by lower-case name. */
    Map<String, ColumnInfo> columns(String table) throws SQLException {
        Map<String, ColumnInfo> columns = new LinkedHashMap<>();
        try (ResultSet rs = meta().getColumns(catalog(), schema(), stored(table), "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                columns.put(
                        name.toLowerCase(Locale.ROOT),
                        new ColumnInfo(
                                name,
                                rs.getString("TYPE_NAME"),
                                rs.getInt("DATA_TYPE"),
                                rs.getInt("COLUMN_SIZE"),
                                rs.getInt("DECIMAL_DIGITS"),
                                rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable,
                                rs.getString("COLUMN_DEF"),
                                blankToNull(rs.getString("REMARKS"))));
            }
        }
        return columns;
    }

    ColumnInfo column(String table, String column) throws SQLException {
        ColumnInfo info = columns(table).get(column.toLowerCase(Locale.ROOT));
        if (info == null) {
            throw new AssertionError("no column " + table + "." + column + " among "
                    + columns(table).keySet());
        }
        return info;
    }

    List<String> primaryKey(String table) throws SQLException {
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = meta().getPrimaryKeys(catalog(), schema(), stored(table))) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(key.values());
    }

    /** Indexes keyed by lower-case name; expression elements appear as whatever the driver reports. */
    Map<String, IndexInfo> indexes(String table) throws SQLException {
        Map<String, IndexInfo> indexes = new TreeMap<>();
        try (ResultSet rs = meta().getIndexInfo(catalog(), schema(), stored(table), false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null) {
                    continue;
                }
                String column = rs.getString("COLUMN_NAME");
                IndexInfo info = indexes.computeIfAbsent(
                        name.toLowerCase(Locale.ROOT),
                        k -> new IndexInfo(name, !getBoolean(rs, "NON_UNIQUE"), new ArrayList<>()));
                info.columns().add(column == null ? "(expression)" : column.toLowerCase(Locale.ROOT));
            }
        }
        return indexes;
    }

    List<ForeignKeyInfo> foreignKeys(String table) throws SQLException {
        Map<String, ForeignKeyInfo> keys = new LinkedHashMap<>();
        try (ResultSet rs = meta().getImportedKeys(catalog(), schema(), stored(table))) {
            while (rs.next()) {
                String name = String.valueOf(rs.getString("FK_NAME"));
                ForeignKeyInfo info = keys.computeIfAbsent(name + "/" + rs.getString("PKTABLE_NAME"), k -> {
                    try {
                        return new ForeignKeyInfo(
                                name,
                                new ArrayList<>(),
                                rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT),
                                new ArrayList<>(),
                                rs.getInt("DELETE_RULE"),
                                rs.getInt("UPDATE_RULE"));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                info.columns().add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                info.referredColumns().add(rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(keys.values());
    }

    /** The rows of a query, each as a list of column values (strings as the driver renders them). */
    List<List<Object>> rows(String sql) throws SQLException {
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

    /** A comparable picture of every table: columns, primary key, indexes and foreign keys. */
    Map<String, String> snapshot() throws SQLException {
        Map<String, String> snapshot = new TreeMap<>();
        for (String table : tables().keySet()) {
            List<String> indexes = new ArrayList<>();
            indexes(table)
                    .forEach((name, info) ->
                            indexes.add((GENERATED_INDEX.matcher(name).matches() ? "*" : name)
                                    + (info.unique() ? " unique " : " ")
                                    + info.columns()));
            indexes.sort(null);
            // Column order is not compared: a dropped column comes back last.
            snapshot.put(
                    table,
                    new TreeMap<>(columns(table)) + " pk=" + primaryKey(table) + " ix=" + indexes + " fk="
                            + foreignKeys(table));
        }
        return snapshot;
    }

    private static boolean getBoolean(ResultSet rs, String column) {
        try {
            return rs.getBoolean(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
