package dev.retort.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A per-row batch: reads the window's rows (locked with {@code FOR UPDATE} where the database has
 * it, so that a concurrent update cannot be lost between the read and the write), runs the Java
 * transform on each, and writes the changed rows back with JDBC batching, one {@code UPDATE} per
 * distinct set of changed columns.
 */
final class TransformBatch implements BatchWork {
    private final Keyset keyset;
    private final String table;
    private final List<String> read;
    private final RowTransform transform;
    private final boolean lock;

    TransformBatch(Keyset keyset, String table, List<String> read, RowTransform transform, String dialect) {
        this.keyset = keyset;
        this.table = table;
        this.read = read;
        this.transform = transform;
        this.lock = !dialect.equals("sqlite");
    }

    @Override
    public long run(Connection connection, List<Object> lo, List<Object> hi) throws SQLException {
        List<Row> rows = new ArrayList<>();
        List<List<Object>> keys = new ArrayList<>();
        SqlText select = keyset.rows(read, lo, hi, lock);
        try (PreparedStatement statement = connection.prepareStatement(select.sql())) {
            Queries.bind(statement, select.params());
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        values.put(meta.getColumnLabel(i), rs.getObject(i));
                    }
                    List<Object> key = new ArrayList<>();
                    keyset.key().forEach(k -> key.add(values.get(k)));
                    keys.add(key);
                    rows.add(new Row(table, values));
                }
            }
        }
        Map<List<String>, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            apply(rows.get(i));
            List<String> changed = List.copyOf(rows.get(i).changes().keySet());
            if (!changed.isEmpty()) {
                groups.computeIfAbsent(changed, c -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<List<String>, List<Integer>> group : groups.entrySet()) {
            write(connection, group.getKey(), group.getValue(), rows, keys);
        }
        return rows.size();
    }

    private void apply(Row row) {
        try {
            transform.apply(row);
        } catch (RuntimeException e) {
            throw new BackfillException(
                    "backfill of " + table + ": the row transform threw "
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    e);
        }
    }

    private void write(
            Connection connection, List<String> columns, List<Integer> indexes, List<Row> rows, List<List<Object>> keys)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(keyset.rowUpdate(columns))) {
            for (int i : indexes) {
                List<Object> params = new ArrayList<>(rows.get(i).changes().values());
                params.addAll(keys.get(i));
                Queries.bind(statement, params);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
